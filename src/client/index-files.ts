/**
 * The search index in the browser: Pagefind's JS API, and the index folder's own files (the facet
 * table, the date order), each loaded once per page and only when first needed.
 */
import type { HitFragment } from '../lib/search/hits.ts';
import { byDate, DATE_ORDER_FILE, DateRank } from '../lib/search/dates.ts';
import { FACETS_FILE, FacetTable } from '../lib/search/facets.ts';
import type { MonthRange } from '../lib/search/chronology.ts';
import type { Arrangement } from '../lib/search/order.ts';

/** The part of Pagefind's JS API (pagefind.js) this site uses. */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse | null>;
}
export interface PagefindResponse {
  results: Array<{ id: string; data: () => Promise<PagefindData> }>;
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindData extends HitFragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
export type Result = PagefindResponse['results'][number];

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page; `bundle` is the base-aware URL of the `pagefind/` folder. */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // The main thread is fast enough for this archive, and skipping the worker saves a request for its script.
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  })();
  return loading;
}

/**
 * A loader of one text file of the index folder, read with `read`: fetched once per page, and only
 * when first asked for. A failed fetch is not remembered, so the next call tries again.
 */
function loadOnce<T>(name: string, read: (text: string) => T): (bundle: string) => Promise<T> {
  let pending: Promise<T> | undefined;
  return (bundle) => {
    pending ??= (async () => {
      const response = await fetch(`${bundle}${name}`);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return read(await response.text());
    })().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * The table the search page counts its facets with (src/lib/search/facets.ts), loaded when facets
 * are first counted. Pagefind's own counting loads every filter's file, larger than the table, and
 * counts each loaded value against each result (bench/README.md compares the two).
 */
export const loadFacetTable = loadOnce(FACETS_FILE, (text) => new FacetTable(text));

/** The dated results' places in date order (src/lib/search/dates.ts), loaded when a reader first asks for a date order. */
export const loadDateOrder = loadOnce(DATE_ORDER_FILE, (text) => new DateRank(text));

/**
 * What is done to the results after Pagefind (src/lib/search/order.ts): kept only if their date may
 * fall in `range` (when one applies), and ordered by Pagefind's relevance or as one chronology
 * (`asc`: oldest first). The date order file is loaded only for a range or a date order.
 */
export async function arrangement(
  bundle: string,
  direction: 'asc' | 'desc' | undefined,
  range: MonthRange | undefined,
): Promise<Arrangement<Result>> {
  if (direction === undefined && range === undefined) return {};
  const rank = await loadDateOrder(bundle);
  return {
    keep: range === undefined ? undefined : (r) => rank.inRange(r.id, range),
    sort: direction === undefined ? undefined : (rs) => byDate(rs, rank, direction),
  };
}
