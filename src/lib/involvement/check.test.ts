import { describe, expect, it } from 'vitest';
import { affiliationProblems, overrideProblems } from './check.ts';
import type { ActorFacts } from './involvement.ts';

const actor = (id: string, data: ActorFacts) => ({ id, file: `actors/${id}.yaml`, data });
const actors = [
  actor('russia', { kind: 'state', affiliations: [] }),
  actor('kazakhstan', { kind: 'state', affiliations: [] }),
  actor('csto', { kind: 'international-organisation', affiliations: [] }),
  actor('putin', { kind: 'person', affiliations: [{ state: 'russia', relation: 'acts-for' }] }),
  actor('nazarbayev', { kind: 'person', affiliations: [{ state: 'kazakhstan', relation: 'acts-for', to: '2022-01-05' }] }),
];
const event = (tags: string[], date: string, overrides: string[]) => ({
  file: 'events/e.yaml',
  data: { actors: tags, when: { date }, involvement: overrides.map((state) => ({ state, why: 'Because.' })) },
});

describe('affiliationProblems', () => {
  it('accepts registered states', () => {
    expect(affiliationProblems(actors)).toEqual([]);
  });

  it.each([
    ['atlantis', '"atlantis", no actor in content/actors/'],
    ['csto', '"csto", an actor that is not a state'],
  ])('refuses %s', (state, found) => {
    const bad = actor('x', {
      kind: 'person',
      affiliations: [
        { state: 'russia', relation: 'acts-for' },
        { state, relation: 'acts-for' },
      ],
    });
    expect(affiliationProblems([...actors, bad])).toEqual([
      { file: 'actors/x.yaml', field: 'affiliations[1].state', found, expected: 'the id of a registered state (russia, kazakhstan)' },
    ]);
  });

  it('refuses a state affiliated with itself', () => {
    const self = actor('belarus', { kind: 'state', affiliations: [{ state: 'belarus', relation: 'acts-for' }] });
    expect(affiliationProblems([...actors, self])[0]?.found).toBe('"belarus", the actor itself');
  });
});

describe('overrideProblems', () => {
  it('accepts an override of a state the rule derives', () => {
    expect(overrideProblems([event(['putin'], '2022-01-07', ['russia'])], actors)).toEqual([]);
  });

  it.each([
    [
      'a state no tagged actor acts for',
      ['putin'],
      '2022-01-07',
      'kazakhstan',
      /^"kazakhstan", which no tagged person or body acts for on 7 January 2022$/,
    ],
    ['a state whose person no longer acts for it', ['nazarbayev'], '2022-01-07', 'kazakhstan', /which no tagged person or body acts for/],
    ['a state tagged outright', ['putin', 'russia'], '2022-01-07', 'russia', /^"russia", which the event tags \(untag it instead\)$/],
    ['something that is not a state', ['putin'], '2022-01-07', 'csto', /^"csto", which no tagged person/],
  ])('refuses %s', (_, tags, date, state, found) => {
    const problems = overrideProblems([event(tags, date, [state])], actors);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('involvement[0].state');
    expect(problems[0]?.found).toMatch(found);
    expect(problems[0]?.expected).toMatch(/^a state the event involves by derivation \(/);
  });
});
