/**
 * A result's derived states as the search page reads them (written by involvement-facets.ts): kept
 * apart from it so the page's script carries none of the schema that module reads (zod among it).
 */
import { listIn, type Speaker } from './words.ts';

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

/**
 * What a result says when a chosen state is there only by derivation: "Involves Russia by
 * derivation, not by a tag: Dmitry Medvedev acts for it." Undefined when no chosen state is derived.
 * The names are the facets' labels in the page's language (the field holds the index's values).
 */
export function derivedNote(sp: Speaker, derived: readonly Derived[], chosen: ReadonlySet<string>): string | undefined {
  const hits = derived.filter((d) => chosen.has(d.state));
  if (hits.length === 0) return undefined;
  const state = (name: string) => sp.label('state', name).text;
  const parts = hits.map((d) =>
    sp.say('searchJs.derivedActs', {
      count: d.via.length,
      names: listIn(
        sp,
        d.via.map((name) => sp.label('actor', name).text),
      ),
      state: state(d.state),
    }),
  );
  return sp.say('searchJs.derived', {
    states: listIn(
      sp,
      hits.map((d) => state(d.state)),
    ),
    parts: parts.join('; '),
  });
}
