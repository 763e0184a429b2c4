import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, expand } from './facets-derived.ts';
import { BASE_FACET, decodePages, encodePages, FacetTable, facetTableText, type Memberships } from './facets.ts';
import type { PagefindFilter } from './url.ts';

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator), so a failure repeats. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('a value derived from the first facet', () => {
  const base = [
    [0, 1, 2],
    [2, 3, 7],
    [4, 5],
    [8, 9],
  ];
  it.each<[string, number[], number[], number[]]>([
    ['the union of two values', [0, 1, 2, 4, 5], [0, 2], []],
    ['a union missing a page and with one more', [0, 1, 2, 3, 6, 7], [0, 1], [6]],
    ['a value no base value mostly has', [6], [], [6]],
    ['a value more than half of a base value has', [2, 3], [1], [7]],
  ])('%s', (_, pages, from, flip) => {
    const d = derive(pages, base, 10);
    expect(d).toEqual({ from, flip });
    expect(expand(d, base, 10)).toEqual(pages);
  });

  it('gives back any set of pages, whatever the base', () => {
    const next = random(27);
    const pageCount = 400;
    const some = (p: number) => Array.from({ length: pageCount }, (_, i) => i).filter(() => next() < p);
    const bases = Array.from({ length: 30 }, (_, i) => some(0.02 + (i % 5) * 0.05));
    for (let trial = 0; trial < 50; trial++) {
      const chosen = bases.filter(() => next() < 0.2);
      const union = [...new Set(chosen.flat())].sort((a, b) => a - b);
      const pages = union
        .filter(() => next() < 0.9)
        .concat(some(0.01))
        .sort((a, b) => a - b);
      const unique = [...new Set(pages)];
      expect(expand(derive(unique, bases, pageCount), bases, pageCount)).toEqual(unique);
    }
  });

  it.each([
    ['a base value that does not exist', { from: [4], flip: [] }, /names value 4 of the first facet, which has 4/],
    ['a page past the last', { from: [], flip: [10] }, /names page 10 of 10/],
  ])('refuses %s', (_, d, message) => {
    expect(() => expand(d, base, 10)).toThrow(message);
  });
});

/** The memberships of a table in the format before derived values (`facets 2`): every value's pages listed. */
function readPlainTable(text: string): { pageCount: number; memberships: Memberships } {
  const [head = '', ...lines] = text.trimEnd().split('\n');
  const pageCount = Number(head.split(' ')[3]);
  const memberships = new Map<string, Map<string, number[]>>();
  let facet = new Map<string, number[]>();
  for (const line of lines) {
    if (line.startsWith('=')) {
      facet = new Map();
      memberships.set(line.slice(1), facet);
    } else {
      const [value = '', code = ''] = line.split('\t');
      facet.set(value, decodePages(code));
    }
  }
  return { pageCount, memberships };
}

/** The counts by brute force from `memberships`, as Pagefind reads a filter: what the table counted before. */
function oracle(m: Memberships, pages: readonly number[], filters: Record<string, PagefindFilter>) {
  const has = (facet: string, value: string, p: number) => m.get(facet)?.get(value)?.includes(p) ?? false;
  const kept = pages.filter((p) =>
    Object.entries(filters).every(([facet, f]) => {
      if (Array.isArray(f)) return f.every((v) => has(facet, v, p));
      if ('any' in f) return f.any.some((v) => has(facet, v, p));
      return !f.none.some((v) => has(facet, v, p));
    }),
  );
  const counts: Record<string, Record<string, number>> = {};
  for (const [facet, values] of m)
    counts[facet] = Object.fromEntries([...values].map(([v, ps]) => [v, kept.filter((p) => ps.includes(p)).length]));
  return { counts, total: kept.length };
}

describe('the table of the test build, written with derived values', () => {
  const before = readPlainTable(readFileSync(new URL('../../../tests/fixtures/facets/test-build-v2.txt', import.meta.url), 'utf8'));
  const text = facetTableText('ec0622e0', before.pageCount, before.memberships);
  const table = new FacetTable(text);
  const all = table.allPages();
  const next = random(2027);
  const subsets = Array.from({ length: 20 }, () => all.filter(() => next() < 0.4));
  const filters: Array<Record<string, PagefindFilter>> = [{}];
  for (const [facet, values] of before.memberships) {
    for (const value of values.keys()) filters.push({ [facet]: [value] }, { [facet]: { none: [value] } });
    filters.push({ [facet]: { any: [...values.keys()].slice(0, 2) } });
  }

  it('has the facets of the involvement rule, and derives some of their values from the actors', () => {
    expect([...before.memberships.keys()]).toEqual(expect.arrayContaining([BASE_FACET, 'kind', 'state', 'acting']));
    const derivedLines = text.split('\n').filter((l) => l.split('\t').length === 3);
    expect(derivedLines.length).toBeGreaterThan(0);
  });

  it('gives every value the same pages, so every count is the same as before', () => {
    for (const pages of [all, ...subsets]) {
      for (const f of filters) expect(table.count(pages, f), JSON.stringify(f)).toEqual(oracle(before.memberships, pages, f));
    }
  });
});

describe('a table with derived values', () => {
  it.each([
    ['a derived value in the first facet', `facets 3 ab 3\n=actor\nPutin\tA\tA\n`, /line 3 derives a value of the first facet from itself/],
    [
      'a derived value naming a missing actor',
      `facets 3 ab 3\n=actor\nPutin\t${encodePages([0])}\n=kind\nPerson\t${encodePages([1])}\tA\n`,
      /line 5 names value 1 of the first facet, which has 1/,
    ],
    ['a line with four fields', `facets 3 ab 3\n=actor\nPutin\tA\tA\tA\n`, /line 3 is neither/],
    ['a page past the last', `facets 3 ab 3\n=actor\nPutin\t${encodePages([3])}\n`, /line 3 names page 3 of 3/],
  ])('refuses %s', (_, bad, message) => {
    expect(() => new FacetTable(bad)).toThrow(message);
  });

  it('writes a kind as the actors of that kind when that is shorter, and reads back its pages', () => {
    const next = random(5);
    const pageCount = 3000;
    const actors = new Map<string, number[]>();
    const people = new Set<number>();
    for (let a = 0; a < 40; a++) {
      const pages = Array.from({ length: pageCount }, (_, i) => i).filter(() => next() < 0.03);
      actors.set(`actor ${String(a).padStart(2, '0')}`, pages);
      if (a % 2 === 0) for (const p of pages) people.add(p);
    }
    const person = [...people].sort((a, b) => a - b);
    const m: Memberships = new Map([
      ['actor', actors],
      ['kind', new Map([['Person', person]])],
    ]);
    const text = facetTableText('ab', pageCount, m);
    const line = text.split('\n').find((l) => l.startsWith('Person\t')) ?? '';
    expect(line.split('\t')).toHaveLength(3);
    expect(line.length).toBeLessThan(`Person\t${encodePages(person)}`.length / 10);
    expect(
      new FacetTable(text).count(
        Array.from({ length: pageCount }, (_, i) => i),
        {},
      ).counts['kind'],
    ).toEqual({ Person: person.length });
  });
});
