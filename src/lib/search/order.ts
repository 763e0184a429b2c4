/**
 * The order search lists results in: articles first, then the actor, place and event pages, unless
 * the reader chose a type. Pure but for the search function it is given, so it is tested with a
 * stand-in index in `order.test.ts` and runs unchanged in the browser (src/client/search-core.ts).
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

/**
 * The results of one search, articles before actor, place and event pages unless a type is chosen.
 * A result's id says which it is (`isTaggedResult`, result-ids.ts), so one search does it, without
 * the type filter's file. Relevance does not depend on the filters, so both lists keep Pagefind's
 * order; `arrange` (a date order, `byDate` in dates.ts) reorders each list.
 */
export async function articlesFirst<R extends { readonly id: string }>(
  search: Search<R>,
  query: string | null,
  filters: Record<string, PagefindFilter>,
  arrange: (results: readonly R[]) => R[] = (results) => [...results],
): Promise<R[]> {
  const results = (await search(query, { filters }))?.results ?? [];
  if (filters['type'] !== undefined) return arrange(results);
  return [...arrange(results.filter((r) => !isTaggedResult(r.id))), ...arrange(results.filter((r) => isTaggedResult(r.id)))];
}
