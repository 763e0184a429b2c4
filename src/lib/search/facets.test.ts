import { describe, expect, it } from 'vitest';
import { decodePages, encodePages, FacetTable, facetTableText, type Memberships, membershipsOf, pagesOf } from './facets.ts';
import { resultId } from './result-ids.ts';
import type { PagefindFilter } from './url.ts';

describe('page numbers in VLQ', () => {
  it.each([
    ['none', [], ''],
    ['page 0', [0], 'A'],
    ['consecutive pages are one digit each', [0, 1, 2], 'AAA'],
    ['a gap of 31 is one digit', [31], 'f'],
    ['a gap of 32 takes two', [32], 'gB'],
    ['a gap of 14,551 takes three (23 + 32 × (6 + 32 × 14))', [14551], '3mO'],
  ] as const)('%s', (_, pages, text) => {
    expect(encodePages(pages)).toBe(text);
    expect(decodePages(text)).toEqual(pages);
  });

  it('reads back what it writes, for gaps of every size', () => {
    const pages: number[] = [];
    for (let p = 0, step = 1; p < 2_000_000; p += step, step = step * 3 + 1) pages.push(p);
    expect(decodePages(encodePages(pages))).toEqual(pages);
  });

  it.each([
    ['pages out of order', () => encodePages([3, 2]), /ascending whole page numbers, found 2 after 3/],
    ['a repeated page', () => encodePages([3, 3]), /found 3 after 3/],
    ['a character that is no digit', () => decodePages('A*'), /"\*" is not a page digit/],
    ['a number cut short', () => decodePages('Ag'), /cut short/],
  ] as const)('refuses %s', (_, f, message) => {
    expect(f).toThrow(message);
  });
});

/** Pages 0–5: articles 0–3 (outlet, year, actors), events 4–5 (type, actors). */
const memberships: Memberships = new Map([
  [
    'actor',
    new Map([
      ['Putin', [0, 1, 4]],
      ['Tokayev', [1, 2, 4, 5]],
    ]),
  ],
  [
    'outlet',
    new Map([
      ['TASS', [0, 1]],
      ['Vlast', [2, 3]],
    ]),
  ],
  ['type', new Map([['Event', [4, 5]]])],
  [
    'year',
    new Map([
      ['2021', [0, 2]],
      ['2022', [1, 3, 4, 5]],
    ]),
  ],
]);
const text = facetTableText('c0ffee', 6, memberships);
const table = new FacetTable(text);

/** The counts by brute force, from `memberships` and Pagefind's reading of a filter. */
function oracle(pages: readonly number[], filters: Record<string, PagefindFilter>) {
  const has = (facet: string, value: string, p: number) => memberships.get(facet)?.get(value)?.includes(p) ?? false;
  const passes = (p: number) =>
    Object.entries(filters).every(([facet, f]) => {
      if (Array.isArray(f)) return f.every((v) => has(facet, v, p));
      if ('any' in f) return f.any.some((v) => has(facet, v, p));
      return !f.none.some((v) => has(facet, v, p));
    });
  const kept = pages.filter(passes);
  const counts: Record<string, Record<string, number>> = {};
  for (const [facet, values] of memberships) {
    counts[facet] = Object.fromEntries([...values].map(([v, ps]) => [v, kept.filter((p) => ps.includes(p)).length]));
  }
  return { counts, total: kept.length };
}

describe('the facet table', () => {
  it('writes facets and values sorted, each value its pages', () => {
    expect(text).toBe(
      [
        'facets 1 c0ffee 6',
        '=actor',
        'Putin\tAAC',
        'Tokayev\tBABA',
        '=outlet',
        'TASS\tAA',
        'Vlast\tCA',
        '=type',
        'Event\tEA',
        '=year',
        '2021\tAB',
        '2022\tBBAA',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, readonly number[], Record<string, PagefindFilter>]>([
    ['all results, no filter', [0, 1, 2, 3, 4, 5], {}],
    ['some results', [1, 4, 5], {}],
    ['actors: both of two', [0, 1, 2, 3, 4, 5], { actor: ['Putin', 'Tokayev'] }],
    ['outlets: any of two', [0, 1, 2, 3, 4, 5], { outlet: { any: ['TASS', 'Vlast'] } }],
    ['articles only: none of the tagged types', [0, 1, 2, 3, 4, 5], { type: { none: ['Event'] } }],
    ['two facets at once', [0, 1, 2, 3, 4, 5], { actor: ['Tokayev'], year: { any: ['2022'] } }],
    ['a value no page has', [0, 1, 2, 3, 4, 5], { actor: ['Nobody'] }],
    ['no results', [], { year: { any: ['2021'] } }],
  ])('counts as Pagefind would: %s', (_, pages, filters) => {
    expect(table.count(pages, filters)).toEqual(oracle(pages, filters));
  });

  it('gives every page of the build for a search with no words', () => {
    expect(table.allPages()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(table.count(table.allPages(), { type: ['Event'] }).total).toBe(2);
  });

  it('finds the pages of results by their ids, and refuses a result of another build', () => {
    expect(pagesOf([{ id: resultId('c0ffee', 5, true) }, { id: resultId('c0ffee', 2, false) }], table)).toEqual([5, 2]);
    expect(() => pagesOf([{ id: resultId('beef', 2, false) }], table)).toThrow(/the search index changed/);
  });

  it.each([
    ['no header', 'Putin\tA\n', /expected a first line "facets 1 <build> <pages>"/],
    ['a value before any facet', 'facets 1 ab 3\nPutin\tA\n', /line 2 is neither/],
    ['a line without a tab', 'facets 1 ab 3\n=actor\nPutin A\n', /line 3 is neither/],
    ['a page past the last', 'facets 1 ab 3\n=actor\nPutin\tD\n', /line 3 names page 3 of 3/],
  ] as const)('refuses %s', (_, bad, message) => {
    expect(() => new FacetTable(bad)).toThrow(message);
  });

  it.each([
    ['a value with a tab', new Map([['actor', new Map([['a\tb', [0]]])]]), /the actor value "a\\tb" cannot be written/],
    ['a page past the count', new Map([['actor', new Map([['a', [6]]])]]), /names a page past 6/],
  ] as const)('will not write %s', (_, bad, message) => {
    expect(() => facetTableText('ab', 6, bad)).toThrow(message);
  });
});

describe('membershipsOf', () => {
  it('lists each value’s pages in page order, a repeated value once, pages without filters nowhere', () => {
    const got = membershipsOf([{ actor: ['Putin', 'Tokayev'], year: ['2021'] }, {}, { actor: ['Tokayev', 'Tokayev'], type: ['Event'] }]);
    expect(got).toEqual(
      new Map([
        [
          'actor',
          new Map([
            ['Putin', [0]],
            ['Tokayev', [0, 2]],
          ]),
        ],
        ['year', new Map([['2021', [0]]])],
        ['type', new Map([['Event', [2]]])],
      ]),
    );
  });
});
