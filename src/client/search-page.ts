/**
 * The /search/ page: the form and its address (search-form.ts), the results (search-results.ts) and
 * the filters (search-facets.ts), run here as one loop. Results and the status line update as the
 * reader types (the status line is a polite live region; a query ending in a word of one or two
 * letters waits for a pause, prefix-wait.ts); the facet counts follow, only while the filters are open.
 *
 * Tab order is the query, then the results, then the filters; a link above the query jumps to the
 * filters, which fold behind one control (open by default on a wide screen) that says how many are
 * chosen.
 */
import { type ReadRange, readRange } from '../lib/search/chronology.ts';
import { unknownValues } from '../lib/search/facet-groups.ts';
import { latestOnly } from '../lib/search/latest-only.ts';
import { articlesFirst } from '../lib/search/order.ts';
import { waitBeforeSearch } from '../lib/search/prefix-wait.ts';
import { MIN_QUERY } from '../lib/search/query.ts';
import { errorText, failureText, queryMessage, statusLine } from '../lib/search/said.ts';
import { readWords, speaker, WORDS_ELEMENT } from '../lib/search/words.ts';
import { dateDirection, FILTER_KEYS, filtersWithoutWords, pagefindFilters, type SearchState } from '../lib/search/url.ts';
import { el } from './dom.ts';
import { arrangement, loadFacetTable, loadPagefind, type Result } from './index-files.ts';
import { problemsBox, rangeFields } from './search-chronology.ts';
import { type Outcome, searchArchive } from './search-core.ts';
import { facetCounts, facetGroups } from './search-facets.ts';
import { searchAddress } from './search-form.ts';
import { resultList } from './search-results.ts';
import { setUpTakeaway } from './search-takeaway.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = byId('search-app');
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const range = rangeFields(byId<HTMLInputElement>('search-from'), byId<HTMLInputElement>('search-to'));
const showProblems = problemsBox(byId('search-problems'));
const filtersBox = byId<HTMLDetailsElement>('search-filters');
const skip = byId<HTMLAnchorElement>('search-skip');
const facetsBox = byId('search-facets');
const message = byId('search-message');
const status = byId('search-status');
const base = app.dataset['base'] ?? '/';
const bundle = app.dataset['bundle'] ?? `${base}pagefind/`;
const vocabularyUrl = app.dataset['vocabulary'] ?? `${base}search/vocabulary/`;
const methodUrl = app.dataset['method'] ?? `${base}about/method/`;
// What the scripts say, in the page's language, given by the page (src/lib/search/words.ts).
const sp = speaker(readWords(document.getElementById(WORDS_ELEMENT)?.textContent));

app.hidden = false;
document.getElementById('search-nojs')?.remove();
// A wide screen has room for the filters beside the results; a phone keeps them folded.
filtersBox.open = window.matchMedia('(min-width: 48.01rem)').matches;
const address = searchAddress({ form, input, sort: byId<HTMLSelectElement>('search-sort'), range });
const renderFacets = facetGroups(sp, facetsBox, [byId('search-active'), byId('search-skip-count')]);
const takeaway = setUpTakeaway(sp, byId('search-takeaway'), () => location.href);
const results = resultList(
  { sp, base },
  {
    list: byId<HTMLOListElement>('search-results'),
    more: byId<HTMLButtonElement>('search-more'),
    notes: byId('search-notes'),
    elsewhere: byId('search-elsewhere'),
    takeaway,
  },
  address.state,
  methodUrl,
);

/**
 * With a facet chosen, counting waits until the reader has stopped typing for this long: it means a
 * search of its own without the filters (to count the other values) and a pass over thousands of
 * results, on the main thread, which would hold up the results of the next keystroke. With none
 * chosen, the shown results are the pages to count (`found`): one pass over them, right after the
 * results are on screen. The results themselves never wait.
 */
const COUNT_AFTER_MS = 200;
let countTimer: ReturnType<typeof setTimeout> | undefined;
/** The shown search, while its facets are not counted yet, with its results when they are the pages to count. */
interface Uncounted {
  readonly s: SearchState;
  readonly term: string | null;
  readonly found: readonly Result[] | undefined;
}
let uncounted: Uncounted | undefined;

/** Counts the facets of the shown search, after its results: a newer search makes the counts wait for it. */
const count = latestOnly(
  async ({ s, term, found }: Uncounted, stale) => {
    // A key typed since this search started: its own search will be counted instead.
    if (s !== address.state()) return;
    const counts = await facetCounts({ bundle, base }, s, term, found);
    if (stale() || s !== address.state()) return;
    showProblems('values', unknownValues(sp, s, await loadFacetTable(bundle)));
    renderFacets(s, counts);
    facetsBox.removeAttribute('aria-busy');
  },
  (error) => {
    // The chosen values stay in the form, without counts; the next search counts again.
    renderFacets(address.state(), undefined);
    facetsBox.removeAttribute('aria-busy');
    facetsBox.append(el('p', { class: 'meta' }, sp.say('searchJs.countFailed', { error: errorText(error) })));
  },
);

/**
 * Counts the shown search's facets once typing pauses, if the filters are open; folded (a phone's
 * default), they are counted when opened, so a reader who never opens them never loads the facet
 * table, which grows with the archive, nor waits for their counting.
 */
function countSoon(): void {
  clearTimeout(countTimer);
  const pending = uncounted;
  if (pending === undefined) return;
  countTimer = setTimeout(
    () => {
      if (pending !== uncounted) return;
      uncounted = undefined;
      count(pending);
    },
    pending.found === undefined ? COUNT_AFTER_MS : 0,
  );
}

/** What the page says with nothing to search: no words long enough and no filter. */
function showIdle(changed: string | undefined, q: string): void {
  results.clear();
  uncounted = undefined;
  facetsBox.replaceChildren();
  facetsBox.removeAttribute('aria-busy');
  status.textContent = changed !== undefined && q === '' ? sp.say('searchJs.noSearch') : sp.say('searchJs.idle');
}

/** The results of a search: by its words `q`, or, with none, every page its filters and range keep. */
async function find(s: SearchState, q: string, read: ReadRange): Promise<Outcome> {
  const pf = await loadPagefind(bundle, base);
  const arrange = await arrangement(bundle, dateDirection(s.sort), read.active ? read.range : undefined);
  if (q.length < MIN_QUERY) {
    const found = await articlesFirst((t, opts) => pf.search(t, opts), null, filtersWithoutWords(s), arrange);
    return { q: '', results: found, notes: [], data: new Map() };
  }
  return searchArchive(pf, q, { exact: s.exact, filters: pagefindFilters(s), arrange, vocabularyUrl });
}

/**
 * The chosen values no page has, when a search with chosen values finds nothing; from the facet
 * table, loaded for this only then (otherwise when the facets are counted), so folded filters still
 * cost no table.
 */
async function unknownIn(s: SearchState, outcome: Outcome): Promise<string[]> {
  if (outcome.results.length > 0 || !FILTER_KEYS.some((k) => s.filters[k].length > 0)) return [];
  return loadFacetTable(bundle).then(
    (t) => unknownValues(sp, s, t),
    () => [],
  );
}

/** Shows a search's results, its status line and the download, then has its facets counted. */
async function showOutcome(s: SearchState, q: string, read: ReadRange, outcome: Outcome): Promise<void> {
  await results.show(outcome, address.link);
  // The facets still count the previous search until `count` has run.
  facetsBox.setAttribute('aria-busy', 'true');
  status.textContent = statusLine(
    sp,
    outcome.results.length,
    outcome.q === '' ? undefined : outcome.q,
    read.active ? read.range : undefined,
    s.sort,
    outcome.q === '' && q !== '' ? q : undefined,
  );
  results.offer();
  const term = outcome.q === '' ? null : outcome.q;
  // No facet chosen: Pagefind searched without filters, so the results (in the range, if one applies) are the pages to count.
  const found = Object.keys(pagefindFilters(s)).length === 0 ? outcome.results : undefined;
  uncounted = { s, term, found };
  if (filtersBox.open) countSoon();
  else renderFacets(s, undefined);
}

const run = latestOnly(
  async (s: SearchState, stale) => {
    clearTimeout(countTimer);
    const read = readRange(s.from, s.to);
    const { q, message: changed } = queryMessage(sp, s.q);
    message.hidden = changed === undefined;
    message.textContent = changed ?? '';
    showProblems(
      'range',
      [...read.problems, ...read.notes].map((said) => said(sp)),
    );
    const hasFilters = FILTER_KEYS.some((k) => s.filters[k].length > 0) || read.active;
    if (q.length < MIN_QUERY && !hasFilters) return showIdle(changed, q);
    const outcome = await find(s, q, read);
    const unknown = await unknownIn(s, outcome);
    if (stale()) return; // superseded: a newer search is waiting
    showProblems('values', unknown);
    await showOutcome(s, q, read, outcome);
  },
  (error) => {
    status.textContent = failureText(sp, error);
  },
);

filtersBox.addEventListener('toggle', () => {
  if (filtersBox.open) countSoon();
});
let typing: ReturnType<typeof setTimeout> | undefined;
/** Runs the form's search: at once, or, while the last word typed is a short prefix, once typing pauses (prefix-wait.ts). */
const update = (now = false) => {
  clearTimeout(typing);
  const s = address.fromForm();
  const wait = now ? 0 : waitBeforeSearch(s.q);
  if (wait === 0) run(s);
  else typing = setTimeout(() => run(s), wait);
};
form.addEventListener('input', (e) => update(e.target !== input));
form.addEventListener('change', (e) => {
  if (e.target !== input) update(true);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update(true);
});
// The index's first files, and the facet table when the filters are open, load while the first
// letters are typed rather than after them; a failure here is reported by the search that needs them.
input.addEventListener(
  'keydown',
  () => {
    loadPagefind(bundle, base).catch(() => undefined);
    if (filtersBox.open) loadFacetTable(bundle).catch(() => undefined);
  },
  { once: true },
);
skip.addEventListener('click', (e) => {
  e.preventDefault();
  filtersBox.open = true;
  filtersBox.querySelector('summary')?.focus();
});
window.addEventListener('popstate', () => run(address.fromAddress()));
run(address.state());
