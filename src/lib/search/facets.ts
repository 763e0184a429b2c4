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
 * The file: a header line (`facets 3 <build> <pages>`), then for each facet a line `=<facet>` and a
 * line per value: `<value>\t<pages>`, the value's pages in a Rice code (facets-rice.ts), or
 * `<value>\t<values>\t<pages>`, a value derived from the first facet's (facets-derived.ts): the
 * union of the pages of those of its values (their indexes, in the same code), with the listed
 * pages toggled. The first facet is the actor facet, so the kind, state and acting facets are
 * written as the actors they follow from; any value is written the shorter way.
 */
import { type Derivation, derive, expand } from './facets-derived.ts';
import { decodePages, encodePages } from './facets-rice.ts';
import { resultPage } from './result-ids.ts';
import type { PagefindFilter } from './url.ts';

export { decodePages, encodePages } from './facets-rice.ts';

/** Name of the file, in the search index's folder. */
export const FACETS_FILE = 'facets.txt';

const HEADER = 'facets 3';

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

/** The facet whose values others are derived from (facets-derived.ts), written first. */
export const BASE_FACET = 'actor';

const byName = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** A value's pages as the file writes them: plain, or derived from `base` when that is shorter. */
function valueCode(pages: readonly number[], base: ReadonlyArray<readonly number[]> | undefined, pageCount: number): string {
  const plain = encodePages(pages);
  if (base === undefined) return plain;
  const d = derive(pages, base, pageCount);
  const derived = `${encodePages(d.from)}\t${encodePages(d.flip)}`;
  return derived.length < plain.length ? derived : plain;
}

/**
 * The file's text for a build's `pageCount` pages. The base facet comes first, then the others;
 * facets and values are sorted, so a rebuild writes the same file.
 */
export function facetTableText(build: string, pageCount: number, facets: Memberships): string {
  const lines = [`${HEADER} ${build} ${pageCount}`];
  const baseValues = facets.get(BASE_FACET);
  const base = baseValues && byName(baseValues).map(([, pages]) => [...pages].sort((a, b) => a - b));
  const ordered = byName(facets).sort(([a], [b]) => Number(b === BASE_FACET) - Number(a === BASE_FACET));
  for (const [facet, values] of ordered) {
    lines.push(`=${facet}`);
    for (const [value, pages] of byName(values)) {
      if (/[\t\n\r]/.test(value) || value === '')
        throw new Error(`facet table: the ${facet} value ${JSON.stringify(value)} cannot be written`);
      if (pages.some((p) => p >= pageCount)) throw new Error(`facet table: the ${facet} value "${value}" names a page past ${pageCount}`);
      const sorted = [...pages].sort((a, b) => a - b);
      lines.push(`${value}\t${facet === BASE_FACET ? encodePages(sorted) : valueCode(sorted, base, pageCount)}`);
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
    const head = /^facets 3 ([0-9a-f]+) (\d+)$/.exec(lines[0]?.trim() ?? '');
    if (!head) throw new Error(`facet table: expected a first line "${HEADER} <build> <pages>"`);
    this.build = head[1] ?? '';
    this.pageCount = Number(head[2]);
    let facet: Facet | undefined;
    /** The first facet's values' pages, which derived values are unions of. */
    const base: number[][] = [];
    let inFirst = false;
    for (const [i, line] of lines.slice(1).entries()) {
      if (line === '') continue;
      if (line.startsWith('=')) {
        inFirst = facet === undefined;
        facet = { values: [], index: new Map(), ofPage: new Array(this.pageCount) };
        this.#facets.set(line.slice(1), facet);
        continue;
      }
      const fields = line.split('\t');
      if (facet === undefined || fields.length < 2 || fields.length > 3 || fields[0] === '')
        throw new Error(`facet table: line ${i + 2} is neither "=<facet>" nor "<value>\\t<pages>" nor "<value>\\t<values>\\t<pages>"`);
      const pages = this.#pagesOf(fields, i + 2, inFirst ? undefined : base);
      if (inFirst) base.push(pages);
      this.#add(facet, fields[0] ?? '', pages);
    }
  }

  /** The pages of a value's line, split at its tabs: listed, or derived from the first facet's `base`. */
  #pagesOf(fields: readonly string[], line: number, base: number[][] | undefined): number[] {
    try {
      if (fields.length === 2) {
        const pages = decodePages(fields[1] ?? '');
        const past = pages.find((p) => p >= this.pageCount);
        if (past !== undefined) throw new Error(`names page ${past} of ${this.pageCount}`);
        return pages;
      }
      if (base === undefined) throw new Error('derives a value of the first facet from itself');
      const d: Derivation = { from: decodePages(fields[1] ?? ''), flip: decodePages(fields[2] ?? '') };
      return expand(d, base, this.pageCount);
    } catch (error) {
      throw new Error(`facet table: line ${line} ${(error as Error).message.replace(/^facet table: /, '')}`);
    }
  }

  /** Records that `pages` have `value` in `facet`. */
  #add(facet: Facet, value: string, pages: readonly number[]): void {
    const index = facet.values.length;
    facet.values.push(value);
    facet.index.set(value, index);
    for (const p of pages) {
      const values = facet.ofPage[p];
      if (values) values.push(index);
      else facet.ofPage[p] = [index];
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
