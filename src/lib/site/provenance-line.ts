/**
 * Provenance at a glance: the one line beside an article's byline that says what a reader must
 * know before quoting it (translated, from which language and through whom; re-translated;
 * republished; unsigned; a date that is approximate, imprecise or inferred). The full record is
 * the page's provenance box, which the line links to.
 */
import { formatDateSpec, isExactDay, type DateSpec } from '../dates/dates.ts';
import { joinNames, languageName } from './format.ts';

/** What the line reads, with outlet ids already resolved to names. */
export interface ProvenanceFacts {
  readonly original: string;
  readonly archived: string;
  /** Translation steps in order; `by` is null for an unidentified translator. */
  readonly translations: ReadonlyArray<{
    readonly from: string;
    readonly to: string;
    readonly by: string | null;
    readonly confidence: string;
  }>;
  /** The site whose copy was collected when it is not the first publisher; null name for an unidentified site. */
  readonly republishedBy?: { readonly name: string | null } | undefined;
  readonly signed: boolean;
  readonly published: DateSpec & { readonly confidence: string };
}

/** The line's statements, in the order a reader weighs them; an original, signed, exactly dated text gets one plain statement. */
export function provenanceAtAGlance(f: ProvenanceFacts): string[] {
  const out: string[] = [];
  const steps = f.translations;
  if (steps.length > 0) {
    const via = steps.slice(0, -1).map((s) => languageName(s.to));
    const hands = joinNames(steps.map((s) => s.by ?? 'an unidentified translator'));
    const guessed = steps.some((s) => s.confidence !== 'confirmed') ? ', inferred' : '';
    const verb = steps.length > 1 ? 'Re-translated' : 'Translated';
    out.push(
      `${verb} from ${languageName(f.original)}${via.length > 0 ? ` via ${joinNames(via)}` : ''} ` +
        `into ${languageName(f.archived)} by ${hands}${guessed}`,
    );
  } else if (f.original !== f.archived) {
    out.push(`Translated from ${languageName(f.original)}, translator unknown`);
  }
  if (f.republishedBy !== undefined) out.push(`Republished copy (${f.republishedBy.name ?? 'an unidentified site'})`);
  if (!f.signed) out.push('Unsigned');
  if (f.published.approximate) out.push(`Date approximate: ${formatDateSpec({ ...f.published, approximate: false })}`);
  else if (!isExactDay(f.published)) out.push(`Date known only as ${formatDateSpec(f.published)}`);
  if (f.published.confidence !== 'confirmed') out.push(`Date ${f.published.confidence === 'inferred' ? 'inferred' : 'unknown'}`);
  if (out.length === 0) out.push(`Original ${languageName(f.original)} text as first published, signed and dated`);
  return out;
}
