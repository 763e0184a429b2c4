/**
 * The search page's state lives in its URL (`/search/?q=tokayev&actor=Vladimir+Putin&sort=newest`)
 * so a search can be bookmarked, cited and shared, and the back button works. This module is the
 * one place that reads and writes that URL and turns it into Pagefind's filters and the date order.
 */
import { cleanQuery } from './query.ts';
import { type TaggedType, taggedTypes, untaggedType } from '../site/page-kinds.ts';

/**
 * The facets, in the order the page shows them; each is a `data-pagefind-filter` name. `kind`,
 * `state` and `acting` are who a page involves (involvement-facets.ts).
 */
export const FILTER_KEYS = ['type', 'actor', 'kind', 'state', 'acting', 'place', 'outlet', 'author', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Facets where an article has one value (one outlet, one year): choosing two means "either".
 * Actors and places are many per article: choosing two means "both", which is what narrows a search.
 */
export const ANY_OF: ReadonlySet<FilterKey> = new Set(['type', 'outlet', 'author', 'year']);

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortKey = (typeof SORTS)[number];

export interface SearchState {
  readonly q: string;
  /** Search the words exactly as typed: no typo correction, no transliteration (`exact=1`). */
  readonly exact: boolean;
  readonly filters: Readonly<Record<FilterKey, readonly string[]>>;
  /** A range of months as written in the address or the form (`2022-03`), read by `readRange` (chronology.ts). */
  readonly from: string;
  readonly to: string;
  readonly sort: SortKey;
}

/** Number of values kept from a URL per facet; the query's length is bounded by `cleanQuery` (query.ts), which says so. */
const MAX_VALUES = 20;

/** Reads a search from a URL's parameters, ignoring what it does not know. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = {} as Record<FilterKey, string[]>;
  for (const key of FILTER_KEYS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      ),
    ].slice(0, MAX_VALUES);
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 4000),
    exact: params.get('exact') === '1',
    filters,
    from: (params.get('from') ?? '').trim().slice(0, 40),
    to: (params.get('to') ?? '').trim().slice(0, 40),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'relevance',
  };
}

/** Writes a search as URL parameters, omitting defaults so shared links stay short. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.exact) params.set('exact', '1');
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) params.append(key, v);
  if (state.from !== '') params.set('from', state.from);
  if (state.to !== '') params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The query string (without "?") of a plain search for `q`, no filters, default sort: `q=Putin+Tokayev`. */
export function queryString(q: string): string {
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) as unknown as Record<FilterKey, readonly string[]>;
  return searchStateToParams({ q: cleanQuery(q).q, exact: false, filters, from: '', to: '', sort: 'relevance' }).toString();
}

/** The `type` facet's value for article pages (src/lib/site/page-kinds.ts). */
export const ARTICLE_TYPE = untaggedType();

/**
 * The `type` values pages carry: only actor, place and event pages are tagged (`data-pagefind-filter="type"`);
 * an article is a page with none of them. Pagefind counts every loaded filter value against every result by
 * a linear scan, so an article tag would cost each search as much as all the other tags together, and list
 * every article in the type filter's file (bench/README.md).
 */
export const TAGGED_TYPES = taggedTypes() as readonly TaggedType[];

/** Pagefind's filter value for one facet's selection. */
export type PagefindFilter = string[] | { any: string[] } | { none: string[] };

/**
 * The selection as Pagefind's `filters` option. `omit` leaves one facet out, to count that facet's
 * values as if it were not chosen (so choosing one outlet does not hide the others' counts).
 * A type selection with "Article" becomes "none of the tagged types not chosen".
 */
export function pagefindFilters(state: SearchState, omit?: FilterKey): Record<string, PagefindFilter> {
  const out: Record<string, PagefindFilter> = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (key === omit || values.length === 0) continue;
    if (key === 'type' && values.includes(ARTICLE_TYPE)) {
      const excluded = TAGGED_TYPES.filter((t) => !values.includes(t));
      // Every type chosen: no filter at all.
      if (excluded.length > 0) out[key] = { none: excluded };
      continue;
    }
    out[key] = ANY_OF.has(key) ? { any: [...values] } : [...values];
  }
  return out;
}

/**
 * The filters of a search without words: Pagefind lists every page for a filter and nothing for
 * none, so a range alone asks for every page that is not of a type no page has.
 */
export function filtersWithoutWords(state: SearchState): Record<string, PagefindFilter> {
  const filters = pagefindFilters(state);
  return Object.keys(filters).length > 0 ? filters : { type: { none: ['-'] } };
}

/**
 * The type facet's counts from Pagefind's counts of the tagged types and the number of results the same
 * search found: the articles are the results with no tag. Zero counts are kept, so a chosen type stays listed.
 */
export function typeCounts(tagged: Readonly<Record<string, number>> | undefined, results: number): Record<string, number> {
  const counts: Record<string, number> = {};
  let taggedTotal = 0;
  for (const t of TAGGED_TYPES) {
    const n = tagged?.[t] ?? 0;
    counts[t] = n;
    taggedTotal += n;
  }
  return { [ARTICLE_TYPE]: Math.max(0, results - taggedTotal), ...counts };
}

/** The date order a sort asks for (`byDate` in dates.ts), or undefined for relevance, Pagefind's own order. */
export function dateDirection(sort: SortKey): 'asc' | 'desc' | undefined {
  if (sort === 'newest') return 'desc';
  if (sort === 'oldest') return 'asc';
  return undefined;
}

/**
 * The link from a result to the article, opened at the matching paragraph with the words to
 * highlight: `/articles/x/?highlight=Lukashenka#p4`.
 */
export function resultHref(url: string, paragraph: string | undefined, terms: readonly string[]): string {
  const [path = url] = url.split('#');
  const params = new URLSearchParams();
  for (const t of terms.slice(0, 10)) params.append('highlight', t);
  const query = params.size > 0 ? `?${params}` : '';
  return `${path}${query}${paragraph ? `#${paragraph}` : ''}`;
}
