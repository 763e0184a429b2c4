/**
 * The order search lists results in: articles first, then the actor, place and event pages, unless
 * the reader chose a type. Pure but for the search function it is given, so it is tested with a
 * stand-in index in `order.test.ts` and runs unchanged in the browser (src/scripts/search-core.ts).
 */
import { TAGGED_TYPES, type PagefindFilter } from './url.ts';

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
 * Only those pages carry a `type` tag: a second search with the tag finds which of the results they
 * are, and is skipped when the first one's type counts (known once the tag's filter is loaded) say
 * there are none. Relevance does not depend on the filters, so both lists keep Pagefind's order;
 * `arrange` (a date order, `byDate` in dates.ts) reorders each list.
 */
export async function articlesFirst<R extends { readonly id: string }>(
  search: Search<R>,
  query: string | null,
  filters: Record<string, PagefindFilter>,
  arrange: (results: readonly R[]) => R[] = (results) => [...results],
): Promise<R[]> {
  const all = await search(query, { filters });
  const results = arrange(all?.results ?? []);
  if (results.length === 0 || filters['type'] !== undefined) return results;
  const tagged = all?.filters['type'];
  if (tagged && TAGGED_TYPES.every((t) => (tagged[t] ?? 0) === 0)) return results;
  const pages = arrange((await search(query, { filters: { ...filters, type: { any: [...TAGGED_TYPES] } } }))?.results ?? []);
  if (pages.length === 0) return results;
  const ids = new Set(pages.map((r) => r.id));
  return [...results.filter((r) => !ids.has(r.id)), ...pages];
}
