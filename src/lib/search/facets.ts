/**
 * The facet counts of the search page, from a table of our own instead of Pagefind's filter files.
 *
 * To count facets, Pagefind loads every filter's file, which lists each value's pages as CBOR
 * numbers: at 10,000 articles the six files are 185 KB gzipped, loaded by every wide search page,
 * and Pagefind then counts each value against each result (hundreds of milliseconds for a broad
 * query, bench/README.md). The same memberships, written as the gaps between a value's page numbers,
 * are 85 KB gzipped (`facets.txt`, written by src/postbuild/search-index.ts from the fragments), and a
 * result's id gives its page number (result-ids.ts), so the page counts with a pass over the results.
 * Pagefind's filters still do the filtering itself, when a reader chooses a value.
 *
 * The file: a header line (`facets 1 <build> <pages>`), then for each facet a line `=<facet>` and a
 * line per value, `<value>\t<gaps>`, each gap (pages skipped since the previous page of the value)
 * in unsigned base-64 VLQ. Source maps' VLQ (the `vlq` package) carries a sign bit these gaps do
 * not need: a gap under 32 is one character here, under 16 there.
 */
import { resultPage } from './result-ids.ts';
import type { PagefindFilter } from './url.ts';

/** Name of the file, in the search index's folder. */
export const FACETS_FILE = 'facets.txt';

const HEADER = 'facets 1';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));
/** A digit's bit that says more digits of the same number follow. */
const MORE = 32;

/** The gaps between ascending page numbers, in VLQ. */
export function encodePages(pages: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const page of pages) {
    if (!Number.isInteger(page) || page <= previous) {
      throw new Error(`facet table: expected ascending whole page numbers, found ${page} after ${previous}`);
    }
    let gap = page - previous - 1;
    previous = page;
    while (gap >= MORE) {
      out += DIGITS[(gap % MORE) | MORE];
      gap = Math.floor(gap / MORE);
    }
    out += DIGITS[gap];
  }
  return out;
}

/** The page numbers `encodePages` wrote. */
export function decodePages(text: string): number[] {
  const pages: number[] = [];
  let previous = -1;
  let gap = 0;
  let scale = 1;
  for (const c of text) {
    const d = DIGIT_VALUE.get(c);
    if (d === undefined) throw new Error(`facet table: "${c}" is not a page digit`);
    gap += (d % MORE) * scale;
    if (d >= MORE) {
      scale *= MORE;
      continue;
    }
    previous += gap + 1;
    pages.push(previous);
    gap = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error('facet table: a page number is cut short');
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
    const head = /^facets 1 ([0-9a-f]+) (\d+)$/.exec(lines[0]?.trim() ?? '');
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
