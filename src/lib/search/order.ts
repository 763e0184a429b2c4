/**
 * The order search lists results in: by relevance, articles first, then the actor, place and event
 * pages, unless the reader chose a type; by date, one chronology of them all (dates.ts). Pure but
 * for the search function it is given, so it is tested with a stand-in index in `order.test.ts` and
 * runs unchanged in the browser (src/client/search-core.ts).
 */
import { isTaggedResult } from './result-ids.ts';
import type { PagefindFilter } from './url.ts';

/** The part of a Pagefind search response this needs: the results' ids and the loaded filters' counts. */
export interface Found<R extends { readonly id: string }> {
  readonly results: readonly R[];
  readonly filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Pagefind's `search(term, { filters })`. */
export type Search<R extends { readonly id: string }> = (
  term: string | null,
  options: { filters: Record<string, PagefindFilter> },
) => Promise<Found<R> | null>;

/** What is done to a search's results after Pagefind: which to keep (a date range), and a date order. */
export interface Arrangement<R> {
  readonly keep?: ((result: R) => boolean) | undefined;
  readonly sort?: ((results: readonly R[]) => R[]) | undefined;
}

/**
 * The results of one search, articles before actor, place and event pages unless a type is chosen.
 * A result's id says which it is (`isTaggedResult`, result-ids.ts), so one search does it, without
 * the type filter's file. Relevance does not depend on the filters, so both lists keep Pagefind's
 * order. A `sort` (a date order, `byDate` in dates.ts) orders all the results as one list instead:
 * a chronology of articles and events is not two lists. `keep` drops results before either.
 */
export async function articlesFirst<R extends { readonly id: string }>(
  search: Search<R>,
  query: string | null,
  filters: Record<string, PagefindFilter>,
  arrange: Arrangement<R> = {},
): Promise<R[]> {
  const found = (await search(query, { filters }))?.results ?? [];
  const results = arrange.keep ? found.filter(arrange.keep) : [...found];
  if (arrange.sort) return arrange.sort(results);
  if (filters['type'] !== undefined) return results;
  return [...results.filter((r) => !isTaggedResult(r.id)), ...results.filter((r) => isTaggedResult(r.id))];
}
