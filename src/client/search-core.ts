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
import { excerptHtml, locateHit, type HitFragment, type HitGroup } from '../lib/search/hits.ts';
import { cleanQuery, queryTerms } from '../lib/search/query.ts';
import { resolveQuery, type Note, type Resolved, type VocabularyPart } from '../lib/search/resolve.ts';
import { byDate, DATE_ORDER_FILE, DateRank } from '../lib/search/dates.ts';
import { FACETS_FILE, FacetTable } from '../lib/search/facets.ts';
import type { MonthRange } from '../lib/search/chronology.ts';
import { type Arrangement, articlesFirst } from '../lib/search/order.ts';
import { resultHref, type PagefindFilter } from '../lib/search/url.ts';
import { joinVocabularies, parseVocabulary, shardKey, tailKeys, type Vocabulary } from '../lib/search/vocabulary.ts';

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

/** An error's message, for a reader. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a reader is told when a search could not run (a file of the index did not load). */
export function failureText(error: unknown): string {
  return `The search could not run (${errorText(error)}). Check the connection and reload the page to try again.`;
}

/** Shorter queries match too many words to be worth the index chunks and fragments they fetch. */
export const MIN_QUERY = 2;

/**
 * Runs `task` for the latest request only: while one search runs, newer requests replace each
 * other, and the last one runs when it ends. Typing fast never queues stale searches.
 */
export function latestOnly<T>(
  task: (arg: T, stale: () => boolean) => Promise<void>,
  failed: (error: unknown) => void = () => undefined,
): (arg: T) => void {
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
        failed(error);
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
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** What a group's link says: "¶ 4", "Standfirst", "Dateline", "Title". */
function groupLabel(g: HitGroup): string {
  const n = /^p(\d+)$/.exec(g.anchor ?? '')?.[1];
  if (n !== undefined) return `¶ ${n}`;
  return { standfirst: 'Standfirst', dateline: 'Dateline', title: 'Title' }[g.anchor ?? ''] ?? 'Page';
}

/**
 * One result as a list item, the same in the header's live results and on the search page: the
 * linked title; kind (for actor, place and event pages), date, outlet and author; then up to three
 * excerpts from different paragraphs, each linked to its paragraph with the words to highlight: the
 * words of the query `q` and their forms (src/lib/search/marks.ts).
 */
export function renderResult(data: PagefindData, headingLevel: 'h2' | 'h3', q: string): HTMLLIElement {
  const hit = locateHit(data, queryTerms(q));
  const entity = data.meta['kind'] !== undefined;
  // Actor, place and event pages have no paragraphs to point at nor words to highlight.
  const link = el('a', { href: entity ? data.url : resultHref(data.url, hit.paragraph, hit.terms) }, data.meta['title'] ?? data.url);
  const meta = [data.meta['kind'], data.meta['date'], data.meta['outlet'], data.meta['author']].filter((x): x is string => !!x).join(' · ');
  const item = el('li', { class: 'search-result' }, el(headingLevel, {}, link), el('p', { class: 'meta' }, meta));
  // A match in the title is shown by the title itself; excerpts come from the other places it matched.
  const groups = entity ? [] : hit.groups.filter((g) => g.anchor !== 'title' && g.anchor !== undefined);
  const excerpts = groups.length > 0 ? groups : [undefined];
  const list = el('ul', { class: 'search-excerpts' });
  for (const g of excerpts) {
    const excerpt = el('span', { class: 'search-excerpt' });
    // excerptHtml escapes every word; its only markup is <mark>.
    excerpt.innerHTML = excerptHtml(hit, groups.length > 1 ? 24 : 32, g);
    const li = el('li', {});
    if (g !== undefined) {
      const terms = [...new Set(g.locations.map((l) => (hit.words[l] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))];
      const where = el('span', { class: 'visually-hidden' }, ` of ${data.meta['title'] ?? ''}`);
      li.append(el('a', { class: 'search-para', href: resultHref(data.url, g.anchor, terms) }, groupLabel(g), where), ' ');
    }
    li.append(excerpt);
    list.append(li);
  }
  item.append(list);
  if (hit.via !== undefined) item.append(el('p', { class: 'meta search-via' }, `Found as a spelling of ${hit.via}`));
  return item;
}

/** "3 results", "1 result". */
export function countText(n: number): string {
  return `${n} result${n === 1 ? '' : 's'}`;
}

let vocabularyIndex: Promise<ReadonlySet<string>> | undefined;
const vocabularyFiles = new Map<string, Promise<Vocabulary>>();

/**
 * One file of the archive's words, for typo suggestions, fetched at most once (src/pages/search/vocabulary/).
 * The index of files is read first, so a file that does not exist costs no failed request.
 */
function loadVocabularyFile(folder: string, key: string): Promise<Vocabulary> {
  vocabularyIndex ??= fetch(`${folder}index.json`).then(async (r) => {
    if (!r.ok) throw new Error(`The search vocabulary did not load (${r.status} ${folder}index.json)`);
    return new Set(((await r.json()) as { shards: string[] }).shards);
  });
  let file = vocabularyFiles.get(key);
  if (!file) {
    file = vocabularyIndex.then(async (keys) => {
      if (!keys.has(key)) return parseVocabulary('');
      const r = await fetch(`${folder}${key}.txt`);
      if (!r.ok) throw new Error(`The search vocabulary did not load (${r.status} ${folder}${key}.txt)`);
      return parseVocabulary(await r.text());
    });
    vocabularyFiles.set(key, file);
  }
  return file;
}

/**
 * The archive's words near a word, fetched only when a query word finds nothing
 * (src/lib/search/vocabulary.ts): those with its first letter, or the one to three second files
 * where a word with another first letter can be.
 */
async function loadVocabulary(folder: string, word: string, part: VocabularyPart): Promise<Vocabulary> {
  if (part === 'first') return loadVocabularyFile(folder, shardKey(word));
  return joinVocabularies(await Promise.all(tailKeys(word).map((key) => loadVocabularyFile(folder, key))));
}

export type Result = PagefindResponse['results'][number];

/** A search as the page shows it: the results (articles first unless a type is chosen) and what was done to the query. */
export interface Outcome extends Resolved<Result> {
  /** Loaded result data, by result id, so showing a result does not fetch it twice. */
  readonly data: Map<string, Promise<PagefindData>>;
}

/**
 * Runs a query the way both search interfaces do: tidy it, search it with the filters and order,
 * list articles before actor, place and event pages (unless a type is chosen), and repair it with
 * `resolveQuery` (transliteration, typo correction, no fallback hits).
 */
export async function searchArchive(
  pf: Pagefind,
  q: string,
  o: {
    exact: boolean;
    filters: Record<string, PagefindFilter>;
    arrange?: Arrangement<Result> | undefined;
    vocabularyUrl: string;
  },
): Promise<Outcome> {
  // Result data belongs to one query (its match locations differ from query to query): one cache per query.
  const dataByQuery = new Map<string, Map<string, Promise<PagefindData>>>();
  const dataOf = (query: string, r: Result) => {
    let cache = dataByQuery.get(query);
    if (!cache) {
      cache = new Map();
      dataByQuery.set(query, cache);
    }
    let d = cache.get(r.id);
    if (!d) {
      d = r.data();
      cache.set(r.id, d);
    }
    return d;
  };
  const run = async (query: string) => {
    const results = await articlesFirst((t, opts) => pf.search(t, opts), query, o.filters, o.arrange);
    const first = results[0];
    const matchedWords = first ? locateHit(await dataOf(query, first)).matchedWords : [];
    return { results, matchedWords };
  };
  const resolved = await resolveQuery(q, o.exact, run, (word, part) => loadVocabulary(o.vocabularyUrl, word, part));
  return { ...resolved, data: dataByQuery.get(resolved.q) ?? new Map() };
}

/** Why a query was not searched, or what was changed in it, in words; undefined when it is searched as typed. */
export function queryMessage(raw: string): { q: string; message: string | undefined } {
  const clean = cleanQuery(raw);
  if (clean.empty === 'blank') return { q: '', message: undefined };
  if (clean.empty === 'no-words') {
    return { q: '', message: 'Nothing to search: the query has no letters or digits. Type a word, a name or a "quoted phrase".' };
  }
  const said = { shortened: 'it was shortened to its first 200 characters', 'unpaired-quote': 'an unpaired quotation mark was left out' };
  const changes = clean.changes.map((c) => said[c]);
  return { q: clean.q, message: changes.length > 0 ? `Query tidied: ${changes.join('; ')}.` : undefined };
}

/**
 * The notes of an outcome as a paragraph with links (built from text nodes only):
 * "Showing results for Kazakhstan; search instead for Kazakstan".
 */
export function renderNotes(notes: readonly Note[], link: (q: string, exact: boolean) => string): HTMLElement | undefined {
  if (notes.length === 0) return undefined;
  const p = el('p', { class: 'search-note' });
  for (const n of notes) {
    if (n.kind === 'transliterated') {
      p.append(
        'No registered name or word matches “',
        el('bdi', {}, n.from),
        '”; showing results for its Latin transliteration ',
        el('a', { href: link(n.to, true) }, n.to),
        '. ',
      );
    } else if (n.kind === 'corrected') {
      const instead = el('a', { href: link(n.from, true) }, el('bdi', {}, n.from));
      p.append('Showing results for ', el('a', { href: link(n.to, true) }, n.to), '; search instead for ', instead, '.');
      if (n.alternatives.length > 0) {
        p.append(' Other near words: ');
        n.alternatives.forEach((a, i) => p.append(i > 0 ? ', ' : '', el('a', { href: link(a, true) }, a)));
        p.append('.');
      }
    } else if (n.kind === 'dropped') {
      p.append(`No text in the archive has the word${n.terms.length === 1 ? '' : 's'} `);
      n.terms.forEach((t, i) => p.append(i > 0 ? ', ' : '', '“', el('bdi', {}, t), '”'));
      p.append('; showing results for ', el('a', { href: link(n.to, true) }, el('bdi', {}, n.to)), '. ');
    } else {
      p.append(`No text in the archive has the word${n.terms.length === 1 ? '' : 's'} `);
      n.terms.forEach((t, i) => p.append(i > 0 ? ', ' : '', '“', el('bdi', {}, t), '”'));
      if (n.suggestions.length > 0) {
        p.append('. Near words in the archive: ');
        n.suggestions.forEach((a, i) => p.append(i > 0 ? ', ' : '', el('a', { href: link(a, true) }, a)));
        p.append('.');
      } else {
        p.append(`, and no word in the archive is close to ${n.terms.length === 1 ? 'it' : 'them'}.`);
      }
    }
  }
  return p;
}
