/**
 * Search results in date order, without Pagefind's `data-pagefind-sort`.
 *
 * Pagefind keeps each sort key's page order in its metadata file, which every first query loads,
 * date order or not: at 10,000 articles and 4,000 events that list was 24 KB of the 137 KB metadata
 * (gzipped; bench/README.md). So pages carry their sort key as a result field instead
 * (`data-pagefind-meta="datekey"`), the build lists the dated results' ids in date order in a file of
 * its own (`date-order.txt`, written by src/postbuild/search-index.ts from Pagefind's fragments), and
 * the search page loads that file only when a reader asks for a date order.
 *
 * The order is Pagefind's own: pages without the key (actor and place pages) are left out, ties
 * keep one fixed order, and newest first is oldest first reversed. Pagefind placed each result by
 * a linear search of its sort list (pagefind_web `search`); a map does it in constant time.
 */

/** The result field (`data-pagefind-meta`) holding a page's sort key, `sortKey()` of src/lib/dates/dates.ts. */
export const DATE_KEY = 'datekey';

/** Name of the file, in the search index's folder, that lists the dated results' ids, oldest first. */
export const DATE_ORDER_FILE = 'date-order.txt';

/** A page of the index by its result id (Pagefind's fragment hash) and its sort key, if it has one. */
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

/** The file's text: one id a line. */
export function dateOrderText(ids: readonly string[]): string {
  return ids.map((id) => `${id}\n`).join('');
}

/** Each id's place in the file (0 for the oldest). */
export function parseDateOrder(text: string): Map<string, number> {
  const rank = new Map<string, number>();
  for (const line of text.split('\n')) {
    const id = line.trim();
    if (id !== '' && !rank.has(id)) rank.set(id, rank.size);
  }
  return rank;
}

/**
 * `results` in date order (`asc`: oldest first), keeping only those the order lists, as Pagefind's
 * sort keeps only pages with the sort key.
 */
export function byDate<R extends { readonly id: string }>(
  results: readonly R[],
  rank: ReadonlyMap<string, number>,
  direction: 'asc' | 'desc',
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return results
    .flatMap((r) => {
      const at = rank.get(r.id);
      return at === undefined ? [] : [{ r, at }];
    })
    .sort((a, b) => sign * (a.at - b.at))
    .map(({ r }) => r);
}
