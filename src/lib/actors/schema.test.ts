import { describe, expect, it } from 'vitest';
import { actorKinds, actorTypes, affiliation, typeOfKind } from './schema.ts';

const page = { date: '2026-12-07', basis: 'page', note: 'Page: "words".' } as const;
const base = { state: 'russia', relation: 'acts-for', source: 'https://example.org/p', checked: page };

describe('affiliation', () => {
  it.each([
    ['a day after a month', { from: '2020-01', to: '2022-01-05' }],
    ['the same day', { from: '2022-01-05', to: '2022-01-05' }],
    ['a month containing the start day', { from: '2022-01-05', to: '2022-01' }],
    ['no dates', {}],
  ])('accepts dates that run forwards: %s', (_, dates) => {
    expect(affiliation.safeParse({ ...base, ...dates }).success).toBe(true);
  });

  it.each([
    ['a year before', { from: '2022-01-05', to: '2021' }, 'to'],
    ['a day before', { from: '2022-01-05', to: '2022-01-04' }, 'to'],
  ])('refuses dates that run backwards: %s', (_, dates, field) => {
    const r = affiliation.safeParse({ ...base, ...dates });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
    expect(r.error?.issues[0]?.message).toMatch(/no earlier than "from"/);
  });

  it('refuses a check resting on knowledge alone: an affiliation no page attests is not entered', () => {
    const r = affiliation.safeParse({ ...base, checked: { ...page, basis: 'knowledge' } });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['checked.basis']);
  });

  it.each([
    ['an unknown relation', { relation: 'citizen' }, 'relation'],
    ['a state that is not an id', { state: 'Russia' }, 'state'],
    ['an impossible day', { from: '2021-02-30' }, 'from'],
  ])('refuses %s', (_, change, field) => {
    const r = affiliation.safeParse({ ...base, ...change });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('typeOfKind', () => {
  it.each([
    ['person', 'person'],
    ['state', 'state'],
    ['outlet', 'media'],
    ['international-organisation', 'organisation'],
    ['company', 'organisation'],
    ['think-tank', 'organisation'],
  ] as const)('%s is grouped as %s', (kind, type) => {
    expect(typeOfKind(kind)).toBe(type);
  });

  it('gives every kind a type of the coarse vocabulary', () => {
    for (const k of actorKinds) expect(actorTypes).toContain(typeOfKind(k));
  });
});
