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
import { type ActorFacts, type ActorInvolvement, statesOf } from '../involvement/involvement.ts';
import { DERIVED_META, derivedText } from './derived.ts';

export { DERIVED_META, derivedNote, derivedText, readDerived, stateOfActing } from './derived.ts';

/** The facets this module fills, each a `data-pagefind-filter` name (src/lib/search/url.ts lists them with the others). */
export const INVOLVEMENT_KEYS = ['kind', 'state', 'acting'] as const;

/** What the rule needs of an actor, with the name search shows. */
export type NamedActor = { readonly id: string; readonly data: ActorFacts & { readonly name: string } };

/** "People acting for Russia": the `acting` facet's value. */
export function actingValue(kind: ActorKind, state: string): string {
  return `${kindNames[kind].many} acting for ${state}`;
}

const registries = new WeakMap<readonly NamedActor[], ReadonlyMap<string, NamedActor['data']>>();

/** The actors by id, for their names, built once per list of actors. */
function registryOf(actors: readonly NamedActor[]): ReadonlyMap<string, NamedActor['data']> {
  let registry = registries.get(actors);
  if (registry === undefined) {
    registry = new Map(actors.map((a) => [a.id, a.data]));
    registries.set(actors, registry);
  }
  return registry;
}

/**
 * A page's involvement facets and its `derived` field (absent when no state is derived), from
 * `involvementOf`'s answer, which an entry's view holds.
 */
export function involvementFacets(actors: readonly NamedActor[], involvements: readonly ActorInvolvement[]) {
  const registry = registryOf(actors);
  const name = (id: string) => registry.get(id)?.name ?? id;
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
