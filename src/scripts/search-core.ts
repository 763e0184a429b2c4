/**
 * The browser side of search, shared by the search page and the header's live results: loads
 * Pagefind's JS API on first use, runs one search at a time (the newest wins, none is lost), and
 * renders results as DOM built with text nodes, so nothing from the index or the URL runs.
 *
 * A small UI of our own on Pagefind's JS API rather than its Default or Component UI: those cost
 * 30–39 KB gzipped of script before the first query, cannot link a result to a `<p id="pN">`
 * paragraph (their sub-results follow headings only), would show the hidden spelling blocks in
 * excerpts, and keep their state out of the URL.
 */
import { excerptHtml, locateHit, type HitFragment } from '../lib/search/hits.ts';
import { resultHref } from '../lib/search/url.ts';

/** The part of Pagefind's JS API (pagefind.js) this site uses. */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse | null>;
  /** Loads every filter's values; search responses count only filters that are loaded. */
  filters(): Promise<Record<string, Record<string, number>>>;
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
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page; `bundle` is the base-aware URL of the `pagefind/` folder. */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // The main thread is fast enough for this archive, and skipping the worker saves a 12 KB request.
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  })();
  return loading;
}

/** Shorter queries match too many words to be worth the index chunks and fragments they fetch. */
export const MIN_QUERY = 2;

/**
 * Runs `task` for the latest request only: while one search runs, newer requests replace each
 * other, and the last one runs when it ends. Typing fast never queues stale searches.
 */
export function latestOnly<T>(task: (arg: T, stale: () => boolean) => Promise<void>): (arg: T) => void {
  let running = false;
  let next: { arg: T } | undefined;
  // A task checks `stale()` before fetching result fragments: a newer request makes them wasted bytes.
  const stale = () => next !== undefined;
  const pump = async () => {
    running = true;
    while (next) {
      const { arg } = next;
      next = undefined;
      try {
        await task(arg, stale);
      } catch (error) {
        console.error(error);
      }
    }
    running = false;
  };
  return (arg) => {
    next = { arg };
    if (!running) void pump();
  };
}

/** Builds an element with text content only. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** One result as a list item: linked title, date · outlet · author, marked excerpt. */
export function renderResult(data: PagefindData, headingLevel: 'h2' | 'h3'): HTMLLIElement {
  const hit = locateHit(data);
  const link = el('a', { href: resultHref(data.url, hit.paragraph, hit.terms) }, data.meta['title'] ?? data.url);
  const meta = [data.meta['date'], data.meta['outlet'], data.meta['author']].filter((x): x is string => !!x).join(' · ');
  const excerpt = el('p', { class: 'search-excerpt' });
  // excerptHtml escapes every word; its only markup is <mark>.
  excerpt.innerHTML = excerptHtml(hit);
  const item = el('li', { class: 'search-result' }, el(headingLevel, {}, link), el('p', { class: 'meta' }, meta), excerpt);
  if (hit.via !== undefined) item.append(el('p', { class: 'meta search-via' }, `Found as a spelling of ${hit.via}`));
  return item;
}

/** "3 results", "1 result". */
export function countText(n: number): string {
  return `${n} result${n === 1 ? '' : 's'}`;
}
