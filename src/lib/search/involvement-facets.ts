/**
 * The search's facets for who a page involves (issue 27): the kinds of the actors it is tagged with,
 * the states it involves, and "People acting for Russia" — a tagged actor of a kind acting for a
 * state, which is what an analyst asks of a text ("what did Russian commentators say"). All three
 * come from `involvementOf` (src/lib/involvement/involvement.ts), the one rule the pages and the
 * downloads follow, so search cannot disagree with them. A state that is there by derivation (a
 * tagged person acts for it) rather than by a tag is named in the result field `derived`, so the
 * search page can say which results are there by a derived state; an overridden derivation
 * involves nothing and is left out.
 */
import { type ActorKind, kindNames } from '../actors/schema.ts';
import { type ActorFacts, type Involving, involvementOf, statesOf } from '../involvement/involvement.ts';

/** The facets this module fills, each a `data-pagefind-filter` name (src/lib/search/url.ts lists them with the others). */
export const INVOLVEMENT_KEYS = ['kind', 'state', 'acting'] as const;

/** The result field (`data-pagefind-meta`) naming each derived state and the actors it comes through. */
export const DERIVED_META = 'derived';

/** What the rule needs of an actor, with the name search shows. */
export type NamedActor = { readonly id: string; readonly data: ActorFacts & { readonly name: string } };

/** "People acting for Russia": the `acting` facet's value. */
export function actingValue(kind: ActorKind, state: string): string {
  return `${kindNames[kind].many} acting for ${state}`;
}

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

const registries = new WeakMap<readonly NamedActor[], ReadonlyMap<string, NamedActor['data']>>();

/** The registry `involvementOf` reads, built once per list of actors. */
function registryOf(actors: readonly NamedActor[]): ReadonlyMap<string, NamedActor['data']> {
  let registry = registries.get(actors);
  if (registry === undefined) {
    registry = new Map(actors.map((a) => [a.id, a.data]));
    registries.set(actors, registry);
  }
  return registry;
}

/** A page's involvement facets and its `derived` field (absent when no state is derived). */
export function involvementSearchData(actors: readonly NamedActor[], entry: Involving) {
  const registry = registryOf(actors);
  const name = (id: string) => registry.get(id)?.name ?? id;
  const involvements = involvementOf(entry, registry);
  const states = statesOf(involvements).filter((s) => s.basis !== 'override');
  const acting = involvements.flatMap((inv) =>
    inv.kind === 'state' ? [] : inv.states.filter((s) => s.basis === 'derived').map((s) => actingValue(inv.kind, name(s.state))),
  );
  const derived = states.filter((s) => s.basis === 'derived').map((s) => ({ state: name(s.state), via: s.via.map(name) }));
  return {
    filters: {
      kind: [...new Set(involvements.map((inv) => kindNames[inv.kind].one))],
      state: states.map((s) => name(s.state)),
      acting: [...new Set(acting)],
    },
    meta: derived.length > 0 ? { [DERIVED_META]: derivedText(derived) } : {},
  };
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
 */
export function derivedNote(derived: readonly Derived[], chosen: ReadonlySet<string>): string | undefined {
  const hits = derived.filter((d) => chosen.has(d.state));
  if (hits.length === 0) return undefined;
  const list = (names: readonly string[]) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const parts = hits.map((d) => `${d.via.length === 1 ? `${list(d.via)} acts` : `${list(d.via)} act`} for ${d.state}`);
  return `Involves ${list(hits.map((d) => d.state))} by derivation, not by a tag: ${parts.join('; ')}.`;
}
