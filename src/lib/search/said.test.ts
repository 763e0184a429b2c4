import { describe, expect, it } from 'vitest';
import { monthOf } from './chronology.ts';
import { statusLine, unknownValueLines } from './said.ts';
import { FILTER_KEYS, type FilterKey } from './url.ts';

describe('the status line', () => {
  it.each([
    [1, 'Tokayev', undefined, 'relevance', '1 result for “Tokayev”.'],
    [0, undefined, undefined, 'newest', '0 results for the chosen filters, newest first.'],
    [
      12,
      'Kazakhstan',
      { from: monthOf(2022, 3), to: monthOf(2022, 12) },
      'oldest',
      '12 results for “Kazakhstan”, dated March 2022 to December 2022 (actor and place pages have no date), oldest first.',
    ],
  ] as const)('%i results for %s', (count, query, range, sort, line) => {
    expect(statusLine(count, query, range, sort)).toBe(line);
  });
});

describe('chosen values no page has', () => {
  const filters = (chosen: Partial<Record<FilterKey, string[]>>) =>
    Object.fromEntries(FILTER_KEYS.map((k) => [k, chosen[k] ?? []])) as unknown as Record<FilterKey, string[]>;
  const known = new Set(['year:2022', 'actor:Vladimir Putin']);
  const exists = (key: FilterKey, value: string) => known.has(`${key}:${value}`);
  const label = (key: FilterKey) => ({ year: 'Year', actor: 'Actor' })[key as 'year'] ?? key;

  it('says each, in the order of the facets, and how to undo it', () => {
    expect(unknownValueLines(filters({ year: ['2022', '1899'], actor: ['Nobody', 'Vladimir Putin'] }), exists, label)).toEqual([
      'No page of the archive has the actor “Nobody”, so no result can have it: untick it under Actor to see the results without it.',
      'No page of the archive has the year “1899”, so no result can have it: untick it under Year to see the results without it.',
    ]);
  });

  it('says nothing when every value exists', () => {
    expect(unknownValueLines(filters({ year: ['2022'] }), exists, label)).toEqual([]);
  });
});
