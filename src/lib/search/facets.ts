/**
 * The facet counts of the search page, from a table of our own instead of Pagefind's filter files.
 *
 * To count facets, Pagefind loads every filter's file, which lists each value's pages as CBOR
 * numbers, on every wide search page, and then counts each value against each result. The same
 * memberships, written as the gaps between a value's page numbers, are less than half the size
 * (`facets.txt`, written by src/postbuild/search-index.ts from the fragments; bench/README.md
 * compares the two), and a result's id gives its page number (result-ids.ts), so the page counts
 * with a pass over the results.
 * Pagefind's filters still do the filtering itself, when a reader chooses a value.
 *
 * The file: a header line (`facets 2 <build> <pages>`), then for each facet a line `=<facet>` and a
 * line per value, `<value>\t<pages>`. A value's pages are the gaps between them (pages skipped since
 * the previous one) in a Rice code, the posting-list code of search engines: each gap `g` is
 * `g >> k` one-bits, a zero, and the low `k` bits of `g`, with the `k` that makes the value's line
 * shortest; the bits are written six to a base-64 digit, after a digit for `k`. Gzipped, that is
 * smaller than the same gaps as base-64 VLQ digits, binary varints or base-36 numbers
 * (bench/README.md). No npm package writes Rice codes as text; the two functions below are all it takes.
 */
import { resultPage } from './result-ids.ts';
import type { PagefindFilter } from './url.ts';

/** Name of the file, in the search index's folder. */
export const FACETS_FILE = 'facets.txt';

const HEADER = 'facets 2';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));
/** Bits a digit carries. */
const DIGIT_BITS = 6;
/** The largest Rice parameter tried: gaps of a million pages cost about 21 bits each. */
const MAX_K = 20;

/** The gaps before each of ascending page numbers (the first counted from -1). */
function gapsOf(pages: readonly number[]): number[] {
  let previous = -1;
  return pages.map((page) => {
    if (!Number.isInteger(page) || page <= previous) {
      throw new Error(`facet table: expected ascending whole page numbers, found ${page} after ${previous}`);
    }
    const gap = page - previous - 1;
    previous = page;
    return gap;
  });
}

/** The length in bits of the gaps' Rice code with parameter `k`. */
const riceBits = (gaps: readonly number[], k: number) => gaps.reduce((n, g) => n + Math.floor(g / 2 ** k) + 1 + k, 0);

/** Ascending page numbers as a Rice code of their gaps (see above). */
export function encodePages(pages: readonly number[]): string {
  const gaps = gapsOf(pages);
  let k = 0;
  for (let j = 1; j <= MAX_K; j++) if (riceBits(gaps, j) < riceBits(gaps, k)) k = j;
  let out = DIGITS[k] ?? '';
  let digit = 0;
  let bits = 0;
  const put = (bit: number) => {
    digit = digit * 2 + bit;
    if (++bits === DIGIT_BITS) {
      out += DIGITS[digit];
      digit = 0;
      bits = 0;
    }
  };
  for (const gap of gaps) {
    for (let q = Math.floor(gap / 2 ** k); q > 0; q--) put(1);
    put(0);
    for (let b = k - 1; b >= 0; b--) put(Math.floor(gap / 2 ** b) % 2);
  }
  // Padded with one-bits: a run of them that the text ends inside is no gap.
  while (bits !== 0) put(1);
  return out;
}

/** The page numbers `encodePages` wrote. */
export function decodePages(text: string): number[] {
  const k = DIGIT_VALUE.get(text[0] ?? '');
  if (k === undefined || k > MAX_K) throw new Error(`facet table: "${text.slice(0, 1)}" is not a Rice parameter`);
  const pages: number[] = [];
  let previous = -1;
  let ones = 0;
  /** Low bits still to read for the current gap, or -1 while reading its one-bits. */
  let low = -1;
  let rest = 0;
  const emit = () => {
    previous += ones * 2 ** k + rest + 1;
    pages.push(previous);
    ones = 0;
    rest = 0;
    low = -1;
  };
  for (const c of text.slice(1)) {
    const d = DIGIT_VALUE.get(c);
    if (d === undefined) throw new Error(`facet table: "${c}" is not a page digit`);
    for (let b = DIGIT_BITS - 1; b >= 0; b--) {
      const bit = Math.floor(d / 2 ** b) % 2;
      if (low < 0) {
        if (bit === 1) ones++;
        else if (k === 0) emit();
        else low = k;
      } else {
        rest = rest * 2 + bit;
        if (--low === 0) emit();
      }
    }
  }
  if (low > 0 || ones >= DIGIT_BITS) throw new Error('facet table: a page number is cut short');
  return pages;
}

/** Each facet's values and, for each, the numbers of the pages that have it. */
export type Memberships = ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;

/** The memberships of pages given in page-number order, each by its filter values (a fragment's `filters`). */
export function membershipsOf(pages: ReadonlyArray<Readonly<Record<string, readonly string[]>>>): Memberships {
  const facets = new Map<string, Map<string, number[]>>();
  pages.forEach((filters, page) => {
    for (const [name, values] of Object.entries(filters)) {
      const facet = facets.get(name) ?? new Map<string, number[]>();
      facets.set(name, facet);
      for (const value of new Set(values)) {
        const listed = facet.get(value);
        if (listed) listed.push(page);
        else facet.set(value, [page]);
      }
    }
  });
  return facets;
}

/** The file's text for a build's `pageCount` pages. Facets and values are sorted, so a rebuild writes the same file. */
export function facetTableText(build: string, pageCount: number, facets: Memberships): string {
  const lines = [`${HEADER} ${build} ${pageCount}`];
  const sorted = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [facet, values] of sorted(facets)) {
    lines.push(`=${facet}`);
    for (const [value, pages] of sorted(values)) {
      if (/[\t\n\r]/.test(value) || value === '')
        throw new Error(`facet table: the ${facet} value ${JSON.stringify(value)} cannot be written`);
      if (pages.some((p) => p >= pageCount)) throw new Error(`facet table: the ${facet} value "${value}" names a page past ${pageCount}`);
      lines.push(`${value}\t${encodePages([...pages].sort((a, b) => a - b))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What `FacetTable.count` gives: each facet's counts among the matching pages, and how many matched. */
export interface Counted {
  readonly counts: Record<string, Record<string, number>>;
  readonly total: number;
}

/** One facet, read: its values, and each page's values as indexes into them. */
interface Facet {
  readonly values: string[];
  readonly index: Map<string, number>;
  readonly ofPage: Array<number[] | undefined>;
}

/** The table, read: each page's values by facet. */
export class FacetTable {
  /** The build the table belongs to (`resultId`'s folder). */
  readonly build: string;
  readonly pageCount: number;
  readonly #facets = new Map<string, Facet>();

  constructor(text: string) {
    const lines = text.split('\n');
    const head = /^facets 2 ([0-9a-f]+) (\d+)$/.exec(lines[0]?.trim() ?? '');
    if (!head) throw new Error(`facet table: expected a first line "${HEADER} <build> <pages>"`);
    this.build = head[1] ?? '';
    this.pageCount = Number(head[2]);
    let facet: Facet | undefined;
    for (const [i, line] of lines.slice(1).entries()) {
      if (line === '') continue;
      if (line.startsWith('=')) {
        facet = { values: [], index: new Map(), ofPage: new Array(this.pageCount) };
        this.#facets.set(line.slice(1), facet);
        continue;
      }
      const tab = line.indexOf('\t');
      if (facet === undefined || tab < 1) throw new Error(`facet table: line ${i + 2} is neither "=<facet>" nor "<value>\\t<pages>"`);
      const value = facet.values.length;
      facet.values.push(line.slice(0, tab));
      facet.index.set(line.slice(0, tab), value);
      for (const p of decodePages(line.slice(tab + 1))) {
        if (p >= this.pageCount) throw new Error(`facet table: line ${i + 2} names page ${p} of ${this.pageCount}`);
        const values = facet.ofPage[p];
        if (values) values.push(value);
        else facet.ofPage[p] = [value];
      }
    }
  }

  /** Whether any page has `value` in facet `name`. */
  has(name: string, value: string): boolean {
    return this.#facets.get(name)?.index.has(value) ?? false;
  }

  /** Every page number of the build, for a search with no words (filters alone). */
  allPages(): number[] {
    return Array.from({ length: this.pageCount }, (_, i) => i);
  }

  /** Whether page `p` passes one facet's filter, as Pagefind reads it: a list needs all, `any` one, `none` none. */
  #passes(p: number, name: string, filter: PagefindFilter): boolean {
    const facet = this.#facets.get(name);
    const has = (v: string) => {
      const i = facet?.index.get(v);
      return i !== undefined && (facet?.ofPage[p]?.includes(i) ?? false);
    };
    if (Array.isArray(filter)) return filter.every(has);
    if ('any' in filter) return filter.any.some(has);
    return !filter.none.some(has);
  }

  /**
   * Counts each facet's values among `pages` (a search's results, by page number) that pass
   * `filters`, as Pagefind's `filters` of a search with those filters count them. Values no page
   * has are counted 0.
   */
  count(pages: Iterable<number>, filters: Readonly<Record<string, PagefindFilter>>): Counted {
    const chosen = Object.entries(filters);
    const facets = [...this.#facets].map(([name, facet]) => ({ name, facet, tally: new Array<number>(facet.values.length).fill(0) }));
    let total = 0;
    for (const p of pages) {
      if (!chosen.every(([name, filter]) => this.#passes(p, name, filter))) continue;
      total++;
      for (const { facet, tally } of facets) for (const v of facet.ofPage[p] ?? []) tally[v] = (tally[v] ?? 0) + 1;
    }
    const counts: Record<string, Record<string, number>> = {};
    for (const { name, facet, tally } of facets) counts[name] = Object.fromEntries(facet.values.map((v, i) => [v, tally[i] ?? 0]));
    return { counts, total };
  }
}

/** The page numbers of a search's results; throws if a result is of another build than the table's. */
export function pagesOf(results: ReadonlyArray<{ readonly id: string }>, table: FacetTable): number[] {
  return results.map((r) => {
    if (!r.id.startsWith(`${table.build}/`)) throw new Error(`the search index changed (result ${r.id}, facet table ${table.build})`);
    return resultPage(r.id);
  });
}
