import { describe, expect, it } from 'vitest';
import {
  chosenCount,
  countsOf,
  FACET_LABELS,
  FACET_LIMIT,
  facetLabel,
  facetEntries,
  TYPE_ORDER,
  typeLabel,
  unknownValues,
  visibleEntries,
} from './facet-groups.ts';
import { FacetTable, facetTableText } from './facets.ts';
import { FILTER_KEYS, parseSearchState } from './url.ts';
import { memberships } from '../testing/facet-memberships.ts';
import { speaker } from './words.ts';
import { searchWords } from './words-of.ts';

const en = speaker(searchWords('en'));
const ru = speaker(searchWords('ru'));

const state = (query: string) => parseSearchState(new URLSearchParams(query));

const table = new FacetTable(facetTableText('c0ffee', 6, memberships));

describe('the groups', () => {
  it('label every facet, and list the types searched in the page kinds’ order, articles first', () => {
    expect(Object.keys(FACET_LABELS)).toEqual([...FILTER_KEYS]);
    expect(TYPE_ORDER).toEqual(['Article', 'Actor', 'Place', 'Event']);
  });
  it.each([
    ['en', 'year', 'Year'],
    ['ru', 'year', 'Год'],
    ['ru', 'state', 'Затронутое государство'],
  ] as const)('have a legend in %s (%s)', (lang, key, label) => {
    expect(facetLabel(lang === 'en' ? en : ru, key)).toBe(label);
  });
  it('read the types in the page’s language, and any other value as it is', () => {
    expect(TYPE_ORDER.map((t) => typeLabel(ru, t))).toEqual(['Статья', 'Участник', 'Место', 'Событие']);
    expect(typeLabel(en, 'Event')).toBe('Event');
    expect(typeLabel(ru, 'Poem')).toBe('Poem');
  });
});

describe('chosenCount', () => {
  it.each([
    ['nothing chosen', 'q=tokayev', 0],
    ['the order is no filter', 'sort=newest', 0],
    ['each value counts', 'actor=Putin&actor=Tokayev&year=2022', 3],
    ['a range counts as one', 'from=2022-01&to=2022-03', 1],
    ['a range and a value', 'from=2022-01&outlet=TASS', 2],
  ])('%s', (_, query, n) => {
    expect(chosenCount(state(query))).toBe(n);
  });
});

describe('facetEntries', () => {
  const counts = {
    year: { '2021': 2, '2022': 4, '2020': 0 },
    type: { Event: 2, Article: 4, Actor: 0 },
    actor: { Tokayev: 4, Putin: 3, Aliyev: 3, Nobody: 0 },
  };

  it.each([
    [
      'years newest first, none without pages',
      'year',
      [],
      [
        ['2022', 4],
        ['2021', 2],
      ],
    ],
    [
      'types in the page kinds’ order',
      'type',
      [],
      [
        ['Article', 4],
        ['Event', 2],
      ],
    ],
    [
      'others most counted first, ties by name',
      'actor',
      [],
      [
        ['Tokayev', 4],
        ['Aliyev', 3],
        ['Putin', 3],
      ],
    ],
    [
      'a chosen value without pages kept, at 0',
      'actor',
      ['Nobody', 'Nazarbayev'],
      [
        ['Tokayev', 4],
        ['Aliyev', 3],
        ['Putin', 3],
        ['Nazarbayev', 0],
        ['Nobody', 0],
      ],
    ],
  ] as const)('%s', (_, key, chosen, entries) => {
    expect(facetEntries(key, new Set(chosen), counts)).toEqual(entries);
  });

  it('before any count, lists only the chosen values, uncounted', () => {
    expect(facetEntries('outlet', new Set(['Vlast', 'TASS']), undefined)).toEqual([
      ['TASS', undefined],
      ['Vlast', undefined],
    ]);
    expect(facetEntries('outlet', new Set(), undefined)).toEqual([]);
  });
});

describe('visibleEntries', () => {
  const entries = Array.from({ length: FACET_LIMIT + 3 }, (_, i): [string, number] => [`v${i}`, 20 - i]);

  it.each([
    ['folded: the first ones', [], false, entries.slice(0, FACET_LIMIT)],
    ['folded: and every chosen one after them', ['v10'], false, [...entries.slice(0, FACET_LIMIT), entries[10]]],
    ['expanded: all', [], true, entries],
  ] as const)('%s', (_, chosen, all, shown) => {
    expect(visibleEntries(entries, new Set(chosen), all)).toEqual(shown);
  });
});

describe('countsOf', () => {
  const all = [0, 1, 2, 3, 4, 5];

  it('counts each facet among the pages, the articles as the results with no type', () => {
    const counts = countsOf(table, all, state(''));
    expect(counts['actor']).toEqual({ Putin: 3, Tokayev: 4 });
    expect(counts['year']).toEqual({ '2021': 2, '2022': 4 });
    expect(counts['type']).toEqual({ Article: 4, Actor: 0, Place: 0, Event: 2 });
  });

  it('counts an "any of" facet in use as if it were not chosen, the others with the selection', () => {
    const counts = countsOf(table, all, state('outlet=TASS'));
    expect(counts['outlet']).toEqual({ TASS: 2, Vlast: 2 });
    expect(counts['actor']).toEqual({ Putin: 2, Tokayev: 1 });
    expect(counts['type']).toEqual({ Article: 2, Actor: 0, Place: 0, Event: 0 });
  });

  it('counts a chosen type as if no type were chosen, and an "all of" facet with its selection', () => {
    const counts = countsOf(table, all, state('type=Event&actor=Putin'));
    expect(counts['type']).toEqual({ Article: 2, Actor: 0, Place: 0, Event: 1 });
    expect(counts['actor']).toEqual({ Putin: 1, Tokayev: 1 });
  });

  it('counts only the pages given', () => {
    expect(countsOf(table, [4, 5], state(''))['actor']).toEqual({ Putin: 1, Tokayev: 2 });
  });
});

describe('unknownValues', () => {
  it('says the chosen values no page has, types known by the page kinds', () => {
    const lines = unknownValues(en, state('type=Article&type=Poem&actor=Putin&actor=Nobody'), table);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^No page of the archive has the type “Poem”/);
    expect(lines[1]).toMatch(/^No page of the archive has the actor “Nobody”, .* untick it under Actor /);
  });
  it('says them in the page’s language, naming the facet as its legend does', () => {
    const lines = unknownValues(ru, state('actor=Nobody'), table);
    expect(lines).toEqual([expect.stringMatching(/^Ни у одной страницы архива нет значения «Nobody» \(участник\)/)]);
  });
});
