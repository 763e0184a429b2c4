import { describe, expect, it } from 'vitest';
import { decodePages, encodePages, FacetTable, facetTableText, membershipsOf, pagesOf } from './facets.ts';
import { resultId } from './result-ids.ts';
import type { PagefindFilter } from './url.ts';
import { memberships } from '../testing/facet-memberships.ts';

describe('page numbers in a Rice code', () => {
  // The first digit is k; then the gaps' bits, six to a digit, padded with ones.
  it.each([
    ['none', [], 'A'],
    ['page 0: k = 0, the bit 0, padded 011111', [0], 'Af'],
    ['consecutive pages: k = 0, 000 padded 000111', [0, 1, 2], 'AH'],
    ['a gap of 31: k = 4 (6 bits, the first of the shortest), 1 0 1111', [31], 'Ev'],
    ['gaps 2 and 0: k = 0 (4 bits, against 5 with k = 1), 110 0 padded 11', [2, 3], 'Az'],
  ] as const)('%s', (_, pages, text) => {
    expect(encodePages(pages)).toBe(text);
    expect(decodePages(text)).toEqual(pages);
  });

  it.each([
    [
      'gaps of every size',
      (() => {
        const pages: number[] = [];
        for (let p = 0, step = 1; p < 2_000_000; p += step, step = step * 3 + 1) pages.push(p);
        return pages;
      })(),
    ],
    ['dense pages', Array.from({ length: 500 }, (_, i) => i * 2)],
    ['sparse pages', Array.from({ length: 50 }, (_, i) => i * 997 + 13)],
    ['one late page', [1_048_575]],
  ])('reads back what it writes: %s', (_, pages) => {
    expect(decodePages(encodePages(pages))).toEqual(pages);
  });

  it.each([
    ['pages out of order', () => encodePages([3, 2]), /ascending whole page numbers, found 2 after 3/],
    ['a repeated page', () => encodePages([3, 3]), /found 3 after 3/],
    ['no parameter', () => decodePages(''), /"" is not a Rice parameter/],
    ['a parameter past 20', () => decodePages('Z'), /"Z" is not a Rice parameter/],
    ['a character that is no digit', () => decodePages('A*'), /"\*" is not a page digit/],
    ['low bits cut short', () => decodePages('EA'), /cut short/],
    ['one-bits longer than padding', () => decodePages('A//'), /cut short/],
  ] as const)('refuses %s', (_, f, message) => {
    expect(f).toThrow(message);
  });
});

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
    const lines = text.split('\n');
    expect(lines[0]).toBe('facets 3 c0ffee 6');
    expect(lines.filter((l) => l.startsWith('='))).toEqual(['=actor', '=outlet', '=type', '=year']);
    const values = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t') as [string, string]);
    expect(values.map(([v]) => v)).toEqual(['Putin', 'Tokayev', 'TASS', 'Vlast', 'Event', '2021', '2022']);
    const all = new Map([...memberships.values()].flatMap((m) => [...m]));
    for (const [value, code] of values) expect(decodePages(code), value).toEqual(all.get(value));
    expect(text.endsWith('\n')).toBe(true);
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

  it.each([
    ['actor', 'Putin', true],
    ['year', '2022', true],
    ['year', '1999', false],
    ['actor', 'putin', false],
    ['nofacet', 'Putin', false],
  ])('knows whether any page has the %s "%s"', (facet, value, expected) => {
    expect(table.has(facet, value)).toBe(expected);
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
    ['no header', 'Putin\tA\n', /expected a first line "facets 3 <build> <pages>"/],
    ['a value before any facet', 'facets 3 ab 3\nPutin\tA\n', /line 2 is neither/],
    ['a line without a tab', 'facets 3 ab 3\n=actor\nPutin A\n', /line 3 is neither/],
    ['a page past the last', `facets 3 ab 3\n=actor\nPutin\t${encodePages([3])}\n`, /line 3 names page 3 of 3/],
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
