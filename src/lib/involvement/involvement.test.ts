import { describe, expect, it } from 'vitest';
import {
  type ActorFacts,
  actorRegistry,
  articleInvolving,
  eventInvolving,
  holdsOn,
  involvedStates,
  involvementOf,
  statesOf,
} from './involvement.ts';

const actors = new Map<string, ActorFacts>([
  ['russia', { kind: 'state', affiliations: [] }],
  ['kazakhstan', { kind: 'state', affiliations: [] }],
  ['csto', { kind: 'international-organisation', affiliations: [] }],
  ['putin', { kind: 'person', affiliations: [{ state: 'russia', relation: 'acts-for', role: 'President' }] }],
  ['tokayev', { kind: 'person', affiliations: [{ state: 'kazakhstan', relation: 'acts-for', role: 'President', from: '2019' }] }],
  // Chairman of the Security Council until 5 January 2022.
  ['nazarbayev', { kind: 'person', affiliations: [{ state: 'kazakhstan', relation: 'acts-for', to: '2022-01-05' }] }],
  ['lukyanov', { kind: 'person', affiliations: [{ state: 'russia', relation: 'belongs-to', role: 'Editor' }] }],
  ['azattyq', { kind: 'outlet', affiliations: [{ state: 'kazakhstan', relation: 'serves' }] }],
]);

describe('holdsOn', () => {
  it.each([
    [{}, { date: '2022-01-07' }, true],
    [{ to: '2022-01-05' }, { date: '2022-01-07' }, false],
    [{ to: '2022-01-05' }, { date: '2022-01' }, true], // a month overlapping the last day
    [{ to: '2022-01-05' }, { date: '2022-01-05' }, true],
    [{ from: '2019' }, { date: '2018-12-31' }, false],
    [{ from: '2019' }, { from: '2018-12', to: '2019-01' }, true], // a span overlapping the start
    [{ from: '2021-01-20' }, { date: '2021-01-19' }, false],
  ])('%o on %o: %s', (aff, when, expected) => {
    expect(holdsOn(aff, when)).toBe(expected);
  });
});

describe('involvementOf', () => {
  it('keeps tagged actors, makes a tagged state explicit and derives the state a person acts for', () => {
    const got = involvementOf({ actors: ['tokayev', 'csto'], when: { date: '2022-01-05' } }, actors);
    expect(got).toEqual([
      { actor: 'tokayev', kind: 'person', states: [{ state: 'kazakhstan', basis: 'derived', role: 'President' }] },
      { actor: 'csto', kind: 'international-organisation', states: [] },
    ]);
    expect(statesOf(got)).toEqual([{ state: 'kazakhstan', basis: 'derived', via: ['tokayev'] }]);
  });

  it('derives only while the affiliation holds on the date', () => {
    const before = involvementOf({ actors: ['nazarbayev'], when: { date: '2022-01-05' } }, actors);
    const after = involvementOf({ actors: ['nazarbayev'], when: { date: '2022-01-07' } }, actors);
    expect(involvedStates(before)).toEqual(['kazakhstan']);
    expect(involvedStates(after)).toEqual([]);
  });

  it('derives nothing from belonging to or serving a state: only acting for it', () => {
    const got = involvementOf({ actors: ['lukyanov', 'azattyq'], when: { date: '2022-01-07' } }, actors);
    expect(got.flatMap((a) => a.states)).toEqual([]);
  });

  it('puts explicit before derived, and a state both tagged and derived is explicit, through its actors', () => {
    const got = involvementOf({ actors: ['putin', 'tokayev', 'kazakhstan'], when: { date: '2022-06-17' } }, actors);
    expect(statesOf(got)).toEqual([
      { state: 'kazakhstan', basis: 'explicit', via: ['tokayev'] },
      { state: 'russia', basis: 'derived', via: ['putin'] },
    ]);
    expect(involvedStates(got)).toEqual(['kazakhstan', 'russia']);
  });

  it('marks an overridden derivation with the reason, and leaves it out of the involved states', () => {
    const entry = {
      actors: ['putin', 'tokayev'],
      when: { date: '2022-01-05' },
      involvement: [{ state: 'russia', why: 'Putin is named only as the one Tokayev phoned.' }],
    };
    const got = involvementOf(entry, actors);
    expect(got[0]?.states).toEqual([{ state: 'russia', basis: 'override', role: 'President', why: entry.involvement[0]?.why }]);
    expect(statesOf(got)).toEqual([
      { state: 'kazakhstan', basis: 'derived', via: ['tokayev'] },
      { state: 'russia', basis: 'override', via: ['putin'], why: entry.involvement[0]?.why },
    ]);
    expect(involvedStates(got)).toEqual(['kazakhstan']);
  });

  it('lists a tag given twice once', () => {
    expect(involvementOf({ actors: ['russia', 'russia'], when: { date: '2022' } }, actors)).toHaveLength(1);
  });

  it('refuses an actor the registry lacks', () => {
    expect(() => involvementOf({ actors: ['nobody'], when: { date: '2022' } }, actors)).toThrow(/no actor "nobody"/);
  });
});

describe('the entry adapters', () => {
  it('read ids from the reader and references from Astro alike', () => {
    const when = { date: '2022-01-05' };
    const plain = eventInvolving({ data: { actors: ['tokayev'], when, involvement: [] } });
    const refs = eventInvolving({ data: { actors: [{ id: 'tokayev' }], when, involvement: [] } });
    expect(refs).toEqual(plain);
    expect(involvedStates(involvementOf(refs, actors))).toEqual(['kazakhstan']);
  });

  it('read an article at its publication date', () => {
    const a = articleInvolving({ data: { actors: [{ id: 'nazarbayev' }], published: { date: '2022-02' } } });
    expect(a).toEqual({ actors: ['nazarbayev'], when: { date: '2022-02' } });
    expect(involvedStates(involvementOf(a, actors))).toEqual([]);
  });

  it('build the registry from entries', () => {
    expect(actorRegistry([{ id: 'russia', data: { kind: 'state', affiliations: [] } }]).get('russia')?.kind).toBe('state');
  });
});
