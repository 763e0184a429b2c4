/**
 * A result's derived states as the search page reads them (written by involvement-facets.ts): kept
 * apart from it so the page's script carries none of the schema that module reads (zod among it).
 */
import type { ShownName } from '../i18n/names.ts';
import { listPartsIn, type SaidPart, type Speaker } from './words.ts';

/** The result field (`data-pagefind-meta`) naming each derived state and the actors it comes through. */
export const DERIVED_META = 'derived';

/** A derived state and the actors it comes through, as the `derived` field holds them. */
export interface Derived {
  readonly state: string;
  readonly via: readonly string[];
}

/** The `derived` field's text: JSON, so any name survives it. */
export function derivedText(derived: readonly Derived[]): string {
  return JSON.stringify(derived.map((d) => [d.state, d.via]));
}

/** Reads the `derived` field; a field that is not what `derivedText` writes reads as no derived state. */
export function readDerived(text: string | undefined): Derived[] {
  if (text === undefined || text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((d: unknown) =>
      Array.isArray(d) && typeof d[0] === 'string' && Array.isArray(d[1]) ? [{ state: d[0], via: d[1].map(String) }] : [],
    );
  } catch {
    return [];
  }
}

const ACTING = ' acting for ';

/** The state an `acting` value names ("People acting for Russia" → "Russia"). */
export function stateOfActing(value: string): string | undefined {
  const at = value.lastIndexOf(ACTING);
  return at < 0 ? undefined : value.slice(at + ACTING.length);
}

/** A part of a note: text in the page's language, or a name with the language it is in. */
export type NotePart = string | ShownName;

/** The parts of a said sentence with each slot filled by its parts. */
function filled(parts: readonly SaidPart[], slots: Readonly<Record<string, readonly NotePart[]>>): NotePart[] {
  return parts.flatMap((p) => (typeof p === 'string' ? [p] : (slots[p.slot] ?? [])));
}

/**
 * What a result says when a chosen state is there only by derivation ("Involves Russia by derivation,
 * not by a tag: Dmitry Medvedev acts for it."), in parts: each state and actor by its facet label in
 * the page's language (the field holds the index's values), with the language it is in. Undefined
 * when no chosen state is derived.
 */
export function derivedNoteParts(sp: Speaker, derived: readonly Derived[], chosen: ReadonlySet<string>): NotePart[] | undefined {
  const hits = derived.filter((d) => chosen.has(d.state));
  if (hits.length === 0) return undefined;
  const state = (name: string) => sp.label('state', name);
  const acts = hits.flatMap((d, i) => [
    ...(i > 0 ? ['; '] : []),
    ...filled(sp.parts('searchJs.derivedActs', { count: d.via.length }, ['names', 'state']), {
      names: listPartsIn(
        sp,
        d.via.map((name) => sp.label('actor', name)),
      ),
      state: [state(d.state)],
    }),
  ]);
  return filled(sp.parts('searchJs.derived', {}, ['states', 'parts']), {
    states: listPartsIn(
      sp,
      hits.map((d) => state(d.state)),
    ),
    parts: acts,
  });
}

/** The note of {@link derivedNoteParts} as plain text. */
export function derivedNote(sp: Speaker, derived: readonly Derived[], chosen: ReadonlySet<string>): string | undefined {
  return derivedNoteParts(sp, derived, chosen)
    ?.map((p) => (typeof p === 'string' ? p : p.text))
    .join('');
}
