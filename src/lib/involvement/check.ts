/**
 * The cross-entry rules of who acts for whom: an affiliation names a registered state, and an
 * event's override names a state the event would otherwise involve by derivation. Each entry alone
 * is checked by its schema; these need the whole registry. The reader runs them with the other
 * cross-entry checks, so `check:content` and the build stop on the same lines.
 */
import type { Problem } from '../content/integrity.ts';
import { type ActorFacts, involvementOf, statesOf } from './involvement.ts';
import type { DateSpec } from '../dates/dates.ts';
import { formatDateSpec } from '../dates/dates.ts';

interface ActorLike {
  readonly id: string;
  readonly file: string;
  readonly data: ActorFacts;
}
interface EventLike {
  readonly file: string;
  readonly data: {
    readonly actors: readonly string[];
    readonly when: DateSpec;
    readonly involvement: ReadonlyArray<{ readonly state: string; readonly why: string }>;
  };
}

/** The registered states, listed for a message. */
const listOf = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));

/** Affiliations that name something other than a registered state, or the actor itself. */
export function affiliationProblems(actors: readonly ActorLike[]): Problem[] {
  const states = actors.filter((a) => a.data.kind === 'state').map((a) => a.id);
  const known = new Set(states);
  return actors.flatMap((a) =>
    a.data.affiliations.flatMap((aff, i): Problem[] => {
      if (known.has(aff.state) && aff.state !== a.id) return [];
      const found =
        aff.state === a.id
          ? `"${aff.state}", the actor itself`
          : `"${aff.state}", ${actors.some((x) => x.id === aff.state) ? 'an actor that is not a state' : 'no actor in content/actors/'}`;
      return [{ file: a.file, field: `affiliations[${i}].state`, found, expected: `the id of a registered state (${listOf(states)})` }];
    }),
  );
}

/**
 * Overrides naming a state the event cannot involve by derivation: not a registered state, tagged
 * outright, or one no tagged person or body acts for on the event's date.
 */
export function overrideProblems(events: readonly EventLike[], actors: readonly ActorLike[]): Problem[] {
  const registry = new Map(actors.map((a) => [a.id, a.data]));
  return events.flatMap((e) => {
    const overrides = e.data.involvement;
    if (overrides.length === 0) return [];
    // What the rule derives without the overrides: the states an override may name.
    const tagged = e.data.actors.filter((id) => registry.has(id));
    const derived = statesOf(involvementOf({ actors: tagged, when: e.data.when }, registry));
    const candidates = derived.filter((s) => s.basis === 'derived').map((s) => s.state);
    return overrides.flatMap((o, i): Problem[] => {
      if (candidates.includes(o.state)) return [];
      const reason = e.data.actors.includes(o.state)
        ? 'which the event tags (untag it instead)'
        : `which no tagged person or body acts for on ${formatDateSpec(e.data.when)}`;
      return [
        {
          file: e.file,
          field: `involvement[${i}].state`,
          found: `"${o.state}", ${reason}`,
          expected: `a state the event involves by derivation (${listOf(candidates)})`,
        },
      ];
    });
  });
}
