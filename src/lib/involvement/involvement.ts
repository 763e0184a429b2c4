/**
 * Who an event or an article involves, by the rule written on /about/method/: it involves the
 * actors it is tagged with (explicit), a tagged state itself (explicit), and the state each tagged
 * person or body acts for on its date (derived), unless an editor overrode that derivation for
 * the event (override, with the reason). Pure: pages, downloads and the search data all call it,
 * so they can never disagree about who is involved or on what basis.
 */
import type { ActorKind, Relation } from '../actors/schema.ts';
import { bounds, type DateSpec } from '../dates/dates.ts';

export type Basis = 'explicit' | 'derived' | 'override';

/** What the rule needs to know of an actor. */
export interface ActorFacts {
  readonly kind: ActorKind;
  readonly affiliations: ReadonlyArray<{
    readonly state: string;
    readonly relation: Relation;
    readonly role?: string | undefined;
    readonly from?: string | undefined;
    readonly to?: string | undefined;
  }>;
}

/** An event or an article, as the rule sees it: tagged actor ids, a date, and any overrides. */
export interface Involving {
  readonly actors: readonly string[];
  readonly when: DateSpec;
  readonly involvement?: ReadonlyArray<{ readonly state: string; readonly why: string }> | undefined;
}

/** A state an actor brings into the entry, and on what basis. */
export interface StateBasis {
  readonly state: string;
  readonly basis: Basis;
  /** The role through which the actor acts for the state (derived and overridden only). */
  readonly role?: string | undefined;
  /** The editor's reason (override only). */
  readonly why?: string | undefined;
}

/** One tagged actor, its kind, and the states it brings in. */
export interface ActorInvolvement {
  readonly actor: string;
  readonly kind: ActorKind;
  readonly states: readonly StateBasis[];
}

/** Whether an affiliation from `from` to `to` (either open) overlaps the entry's date, by the timeline's rule for spans. */
export function holdsOn(affiliation: { from?: string | undefined; to?: string | undefined }, when: DateSpec): boolean {
  const at = bounds(when);
  if (affiliation.from !== undefined && bounds({ date: affiliation.from }).start > at.end) return false;
  if (affiliation.to !== undefined && bounds({ date: affiliation.to }).end < at.start) return false;
  return true;
}

/**
 * Each tagged actor of the entry with the states it brings in. An actor id the registry lacks is
 * a programming error here: the reader refuses such a tag before anything calls this.
 */
export function involvementOf(entry: Involving, actors: ReadonlyMap<string, ActorFacts>): ActorInvolvement[] {
  const overridden = new Map((entry.involvement ?? []).map((o) => [o.state, o.why]));
  return [...new Set(entry.actors)].map((id) => {
    const facts = actors.get(id);
    if (facts === undefined) throw new Error(`involvementOf: no actor "${id}" in the registry`);
    if (facts.kind === 'state') return { actor: id, kind: facts.kind, states: [{ state: id, basis: 'explicit' as const }] };
    const states: StateBasis[] = [];
    for (const a of facts.affiliations) {
      if (a.relation !== 'acts-for' || !holdsOn(a, entry.when) || states.some((s) => s.state === a.state)) continue;
      const why = overridden.get(a.state);
      states.push(
        why === undefined ? { state: a.state, basis: 'derived', role: a.role } : { state: a.state, basis: 'override', role: a.role, why },
      );
    }
    return { actor: id, kind: facts.kind, states };
  });
}

/** One state the entry involves (or would, but for an override), with its basis and the actors it comes through. */
export interface StateInvolvement {
  readonly state: string;
  /** explicit: the state is tagged; derived: a tagged actor acts for it; override: derived, but an editor said no. */
  readonly basis: Basis;
  /** The tagged actors that act for it (empty for a state tagged and derived from no one). */
  readonly via: readonly string[];
  readonly why?: string | undefined;
}

const rank: Readonly<Record<Basis, number>> = { explicit: 0, derived: 1, override: 2 };

/** The states of `involvementOf`'s answer, each once, explicit before derived before overridden, then by first mention. */
export function statesOf(involvements: readonly ActorInvolvement[]): StateInvolvement[] {
  const out = new Map<string, { state: string; basis: Basis; via: string[]; why?: string | undefined; order: number }>();
  for (const inv of involvements) {
    for (const s of inv.states) {
      const hit = out.get(s.state) ?? { state: s.state, basis: s.basis, via: [], why: s.why, order: out.size };
      if (s.basis !== 'explicit') hit.via.push(inv.actor);
      if (rank[s.basis] < rank[hit.basis]) hit.basis = s.basis;
      out.set(s.state, hit);
    }
  }
  return [...out.values()]
    .sort((a, b) => rank[a.basis] - rank[b.basis] || a.order - b.order)
    .map(({ state, basis, via, why }) => (basis === 'override' ? { state, basis, via, why } : { state, basis, via }));
}

/** The states the entry involves (explicit or derived; an overridden one is not involved). */
export function involvedStates(involvements: readonly ActorInvolvement[]): string[] {
  return statesOf(involvements)
    .filter((s) => s.basis !== 'override')
    .map((s) => s.state);
}

/** A tag as the reader gives it (an id) or as Astro's collections give it (`{ collection, id }`). */
type Tag = string | { readonly id: string };
const idOf = (t: Tag) => (typeof t === 'string' ? t : t.id);

/** The registry the rule reads, from actor entries (the reader's or Astro's). */
export function actorRegistry(actors: ReadonlyArray<{ readonly id: string; readonly data: ActorFacts }>): Map<string, ActorFacts> {
  return new Map(actors.map((a) => [a.id, a.data]));
}

/** An event as the rule sees it: its tagged actors, its date and its overrides. */
export function eventInvolving(e: {
  readonly data: { readonly actors: readonly Tag[]; readonly when: DateSpec; readonly involvement?: Involving['involvement'] };
}): Involving {
  return { actors: e.data.actors.map(idOf), when: e.data.when, involvement: e.data.involvement };
}

/** An article as the rule sees it: the actors it is tagged with (those it mentions), at its publication date. */
export function articleInvolving(a: { readonly data: { readonly actors: readonly Tag[]; readonly published: DateSpec } }): Involving {
  return { actors: a.data.actors.map(idOf), when: a.data.published };
}
