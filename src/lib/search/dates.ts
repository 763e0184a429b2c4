/**
 * Search results in date order, without Pagefind's `data-pagefind-sort`.
 *
 * Pagefind keeps each sort key's page order in its metadata file, which every first query loads,
 * date order or not: at 10,000 articles and 4,000 events the metadata is 103 KB gzipped without that
 * list and was 137 KB with it (bench/README.md). So pages carry their sort key as a result field instead
 * (`data-pagefind-meta="datekey"`), the build lists the dated results' ids in date order in a file of
 * its own (`date-order.txt`, written by src/postbuild/search-index.ts from Pagefind's fragments), and
 * the search page loads that file only when a reader asks for a date order.
 *
 * The order is Pagefind's own: pages without the key (actor and place pages) are left out, ties
 * keep one fixed order, and newest first is oldest first reversed. Pagefind placed each result by
 * a linear search of its sort list (pagefind_web `search`); a map does it in constant time.
 * The measurements are in bench/README.md.
 */
import { resultKey } from './result-ids.ts';

/** The result field (`data-pagefind-meta`) holding a page's sort key, `sortKey()` of src/lib/dates/dates.ts. */
export const DATE_KEY = 'datekey';

/** Name of the file, in the search index's folder, that lists the dated results oldest first (`dateOrderText`). */
export const DATE_ORDER_FILE = 'date-order.txt';

/** A page of the index by its result id (result-ids.ts) and its sort key, if it has one. */
export interface DatedResult {
  readonly id: string;
  readonly key: string | undefined;
}

/**
 * The ids of the results that have a date key, oldest first: by key (the keys are ISO dates, so
 * string order is date order), then by id, so that a rebuild of the same pages gives the same file.
 */
export function dateOrder(results: readonly DatedResult[]): string[] {
  return results
    .filter((r): r is DatedResult & { key: string } => r.key !== undefined && r.key !== '')
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => r.id);
}

/**
 * The file's text: for each of `ordered`, one a line, its id's part after the build's folder (a
 * page number in hex, `resultKey` in result-ids.ts). At 10,000 articles and 4,000 events the file
 * is 70 KB, 35 KB gzipped; with Pagefind's hash ids it was 154 KB, 66 KB gzipped whole, and 73 KB,
 * 38 KB gzipped cut to the shortest start no other hash shares.
 */
export function dateOrderText(ordered: readonly string[]): string {
  return ordered.map((id) => `${resultKey(id)}\n`).join('');
}

/** The results' places in the date order file, found by their ids' keys. */
export class DateRank {
  readonly #rank = new Map<string, number>();

  constructor(text: string) {
    for (const line of text.split('\n')) {
      const key = line.trim();
      if (key !== '' && !this.#rank.has(key)) this.#rank.set(key, this.#rank.size);
    }
  }

  /** How many results the file orders. */
  get size(): number {
    return this.#rank.size;
  }

  /** A result's place (0 for the oldest), or undefined for a result without a date. */
  of(id: string): number | undefined {
    return this.#rank.get(resultKey(id));
  }
}

/**
 * `results` in date order (`asc`: oldest first), keeping only those the order lists, as Pagefind's
 * sort keeps only pages with the sort key.
 */
export function byDate<R extends { readonly id: string }>(results: readonly R[], rank: DateRank, direction: 'asc' | 'desc'): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return results
    .flatMap((r) => {
      const at = rank.of(r.id);
      return at === undefined ? [] : [{ r, at }];
    })
    .sort((a, b) => sign * (a.at - b.at))
    .map(({ r }) => r);
}
