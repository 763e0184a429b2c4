/**
 * The /search/ page: the form's fields are the URL's parameters, so the same state drives a
 * shareable link, the back button, and a no-script GET submit. Results and the status line update
 * as the reader types (the status line is a polite live region); the facet counts follow once typing
 * pauses, from the facet table (`loadFacetTable`, src/lib/search/facets.ts), and only while the filters are open.
 *
 * Tab order is the query, then the results, then the filters; a link above the query jumps to the
 * filters, which fold behind one control (open by default on a wide screen) that says how many are
 * chosen. Long facet lists show their top values and a button for the rest.
 */
import {
  ANY_OF,
  FILTER_KEYS,
  pagefindFilters,
  dateDirection,
  parseSearchState,
  searchStateToParams,
  typeCounts,
  type FilterKey,
  type PagefindFilter,
  type SearchState,
} from '../lib/search/url.ts';
import { readRange } from '../lib/search/chronology.ts';
import { type FacetTable, pagesOf } from '../lib/search/facets.ts';
import { statusLine, unknownValueLines } from '../lib/search/said.ts';
import { PAGE_KINDS } from '../lib/site/page-kinds.ts';
import { articlesFirst } from '../lib/search/order.ts';
import {
  MIN_QUERY,
  el,
  errorText,
  failureText,
  latestOnly,
  loadDateOrder,
  loadFacetTable,
  loadPagefind,
  queryMessage,
  renderNotes,
  renderResult,
  searchArchive,
  arrangement,
  type Outcome,
  type Result,
} from './search-core.ts';
import { chosenStates, derivedNoteElement, problemsBox, rangeFields } from './search-chronology.ts';
import { setUpTakeaway } from './search-takeaway.ts';

const PAGE_SIZE = 10;
/** Values shown per facet before its "Show all" button. */
const FACET_LIMIT = 8;
const LABELS: Record<FilterKey, string> = {
  type: 'Type',
  actor: 'Actor',
  kind: 'Kind of actor',
  state: 'State involved',
  acting: 'Acting for a state',
  place: 'Place',
  outlet: 'Outlet',
  author: 'Author',
  year: 'Year',
};
const TYPE_ORDER: readonly string[] = PAGE_KINDS.filter((k) => k.searched).map((k) => k.searchType);

const app = document.getElementById('search-app') as HTMLElement;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const range = rangeFields(
  document.getElementById('search-from') as HTMLInputElement,
  document.getElementById('search-to') as HTMLInputElement,
);
const showProblems = problemsBox(document.getElementById('search-problems') as HTMLElement);
const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
const activeCount = document.getElementById('search-active') as HTMLElement;
const skip = document.getElementById('search-skip') as HTMLAnchorElement;
const skipCount = document.getElementById('search-skip-count') as HTMLElement;
const facetsBox = document.getElementById('search-facets') as HTMLElement;
const message = document.getElementById('search-message') as HTMLElement;
const status = document.getElementById('search-status') as HTMLElement;
const notesBox = document.getElementById('search-notes') as HTMLElement;
const elsewhere = document.getElementById('search-elsewhere') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const base = app.dataset['base'] ?? '/';
const bundle = app.dataset['bundle'] ?? `${base}pagefind/`;
const vocabularyUrl = app.dataset['vocabulary'] ?? `${base}search/vocabulary/`;
const methodUrl = app.dataset['method'] ?? `${base}about/method/`;

app.hidden = false;
document.getElementById('search-nojs')?.remove();
// A wide screen has room for the filters beside the results; a phone keeps them folded.
filtersBox.open = window.matchMedia('(min-width: 48.01rem)').matches;
let state = parseSearchState(new URLSearchParams(location.search));
function showState(s: SearchState): void {
  input.value = s.q;
  sortSelect.value = s.sort;
  range.show(s);
}
showState(state);

/** The state as the form now says it (typing a new query leaves "exact" mode). */
function formState(): SearchState {
  const s = parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  return { ...s, ...range.read(s, state), exact: state.exact && s.q === state.q };
}

/** A link to this page searching `q` (exactly as written when `exact`), keeping the filters and order. */
function searchLink(q: string, exact: boolean): string {
  const params = searchStateToParams({ ...state, q, exact });
  return `${location.pathname}?${params}`;
}

let shown: readonly Result[] = [];
/** The query the shown results answer, whose words their excerpts mark. */
let shownQuery = '';
let shownCount = 0;
let dataOf: (r: Result) => ReturnType<Result['data']> = (r) => r.data();
const expanded = new Set<FilterKey>();

async function showMore(): Promise<void> {
  const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
  const chosen = chosenStates(state);
  const items = await Promise.all(
    next.map(async (r) => {
      const data = await dataOf(r);
      const item = renderResult(data, 'h2', shownQuery);
      const note = derivedNoteElement(data, chosen, methodUrl);
      if (note) item.append(note);
      return item;
    }),
  );
  list.append(...items);
  shownCount += next.length;
  // The status counts every result; the button says how many of them are not listed yet.
  const left = shown.length - shownCount;
  more.hidden = left <= 0;
  more.dataset['left'] = String(left);
  more.textContent = `More results (${left} more)`;
}

/** The filters chosen, a range counting as one; the order is not a filter. */
function chosenCount(s: SearchState): number {
  return FILTER_KEYS.reduce((n, k) => n + s.filters[k].length, 0) + (readRange(s.from, s.to).active ? 1 : 0);
}

/**
 * The chosen values no page has (src/lib/search/said.ts), from the facet table: loaded for this
 * only when a search with chosen values finds nothing (otherwise when the facets are counted), so
 * folded filters still cost no table.
 */
function unknownValues(s: SearchState, table: FacetTable): string[] {
  const exists = (key: FilterKey, value: string) => (key === 'type' ? TYPE_ORDER.includes(value) : table.has(key, value));
  return unknownValueLines(s.filters, exists, (key) => LABELS[key]);
}

/**
 * Draws the facets with their counts, or, before any count (`counts` undefined), only the chosen
 * values: they are the form's checkboxes, so a chosen filter stays in the form either way.
 */
function renderFacets(s: SearchState, counts: Record<string, Record<string, number>> | undefined): void {
  const groups: HTMLElement[] = [];
  for (const key of FILTER_KEYS) {
    const chosen = new Set(s.filters[key]);
    const values: Record<string, number | undefined> = { ...counts?.[key] };
    for (const v of chosen) if (!(v in values)) values[v] = counts ? 0 : undefined;
    const entries = Object.entries(values)
      .filter(([v, n]) => (n ?? 0) > 0 || chosen.has(v))
      .sort(([a, x], [b, y]) => {
        if (key === 'year') return b.localeCompare(a);
        if (key === 'type') return TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b);
        return (y ?? 0) - (x ?? 0) || a.localeCompare(b);
      });
    const all = expanded.has(key);
    const visible = entries.filter(([v], i) => all || i < FACET_LIMIT || chosen.has(v));
    if (visible.length === 0) continue;
    const items = visible.map(([value, n]) => {
      const box = el('input', { type: 'checkbox', name: key, value });
      box.checked = chosen.has(value);
      const count = n === undefined ? [] : [el('span', { class: 'count' }, `(${n})`)];
      return el('li', {}, el('label', {}, box, ` ${value} `, ...count));
    });
    const ul = el('ul', { id: `facet-${key}` }, ...items);
    const group = el('fieldset', { class: 'facet' }, el('legend', {}, LABELS[key]), ul);
    if (entries.length > FACET_LIMIT) {
      const label = all ? `Show the top ${FACET_LIMIT}` : `Show all ${entries.length} ${LABELS[key].toLowerCase()} values`;
      const attrs = { type: 'button', class: 'facet-more', 'aria-expanded': String(all), 'aria-controls': ul.id, 'data-facet': key };
      const toggle = el('button', attrs, label);
      toggle.addEventListener('click', () => {
        if (expanded.has(key)) expanded.delete(key);
        else expanded.add(key);
        renderFacets(s, counts);
        facetsBox.querySelector<HTMLButtonElement>(`button[data-facet="${key}"]`)?.focus();
      });
      group.append(toggle);
    }
    groups.push(group);
  }
  // Keep keyboard focus on the same checkbox across the re-render.
  const focused =
    document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement)
      ? { name: document.activeElement.name, value: document.activeElement.value }
      : undefined;
  facetsBox.replaceChildren(...groups);
  if (focused)
    facetsBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`)?.focus();
  const n = chosenCount(s);
  const text = n === 0 ? '(none chosen)' : `(${n} chosen)`;
  activeCount.textContent = text;
  skipCount.textContent = text;
}

function clearResults(): void {
  takeaway.show([], dataOf);
  elsewhere.hidden = true;
  list.replaceChildren();
  notesBox.replaceChildren();
  more.hidden = true;
}

/**
 * The facet counts for a search, from the facet table (`loadFacetTable`) over the pages the words
 * find (every page, for filters alone): the counts with the selection, and for each "any of" facet
 * in use its counts as if it were not chosen, as Pagefind's filter counts were read before.
 */
async function facetCounts(
  s: SearchState,
  term: string | null,
  found: readonly Result[] | undefined,
): Promise<Record<string, Record<string, number>>> {
  const [pf, table] = await Promise.all([loadPagefind(bundle, base), loadFacetTable(bundle)]);
  const filters = pagefindFilters(s);
  const { range, active } = readRange(s.from, s.to);
  let pages: number[] = [];
  if (found !== undefined) pages = pagesOf(found, table);
  else {
    const rank = active ? await loadDateOrder(bundle) : undefined;
    if (term !== null) pages = pagesOf((await pf.search(term))?.results ?? [], table);
    else if (Object.keys(filters).length > 0 || active) pages = table.allPages();
    if (rank) pages = pages.filter((p) => rank.pageInRange(p, range));
  }
  const all = table.count(pages, filters);
  const counts: Record<string, Record<string, number>> = { ...all.counts, type: typeCounts(all.counts['type'], all.total) };
  for (const key of FILTER_KEYS) {
    if (!ANY_OF.has(key) || s.filters[key].length === 0) continue;
    const without = table.count(pages, pagefindFilters(s, key));
    counts[key] = key === 'type' ? typeCounts(without.counts['type'], without.total) : (without.counts[key] ?? {});
  }
  return counts;
}

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
    const counts = await facetCounts(s, term, found);
    if (stale() || s !== state) return;
    showProblems('values', unknownValues(s, await loadFacetTable(bundle)));
    renderFacets(s, counts);
    facetsBox.removeAttribute('aria-busy');
  },
  (error) => {
    // The chosen values stay in the form, without counts; the next search counts again.
    renderFacets(state, undefined);
    facetsBox.removeAttribute('aria-busy');
    facetsBox.append(el('p', { class: 'meta' }, `The filters could not be counted (${errorText(error)}).`));
  },
);

const run = latestOnly(
  async (s: SearchState, stale) => {
    clearTimeout(countTimer);
    const read = readRange(s.from, s.to);
    const hasFilters = FILTER_KEYS.some((k) => s.filters[k].length > 0) || read.active;
    const { q, message: changed } = queryMessage(s.q);
    message.hidden = changed === undefined;
    message.textContent = changed ?? '';
    showProblems('range', [...read.problems, ...read.notes]);
    if (q.length < MIN_QUERY && !hasFilters) {
      clearResults();
      uncounted = undefined;
      facetsBox.replaceChildren();
      facetsBox.removeAttribute('aria-busy');
      status.textContent =
        changed !== undefined && q === ''
          ? 'No search was run.'
          : 'Type words to search the archived texts and the actor, place and event pages. ' +
            'Any spelling or script of a name finds the others.';
      return;
    }
    const pf = await loadPagefind(bundle, base);
    const arrange = await arrangement(bundle, dateDirection(s.sort), read.active ? read.range : undefined);
    let outcome: Outcome;
    if (q.length < MIN_QUERY) {
      const results = await articlesFirst((t, opts) => pf.search(t, opts), null, everything(s), arrange);
      outcome = { q: '', results, notes: [], data: new Map() };
    } else {
      outcome = await searchArchive(pf, q, { exact: s.exact, filters: pagefindFilters(s), arrange, vocabularyUrl });
    }
    const chosen = FILTER_KEYS.some((k) => s.filters[k].length > 0);
    const unknown =
      outcome.results.length === 0 && chosen
        ? await loadFacetTable(bundle).then(
            (t) => unknownValues(s, t),
            () => [],
          )
        : [];
    if (stale()) return; // superseded: a newer search is waiting
    showProblems('values', unknown);
    shown = outcome.results;
    shownQuery = outcome.q;
    shownCount = 0;
    dataOf = (r) => outcome.data.get(r.id) ?? r.data();
    clearResults();
    const notes = renderNotes(outcome.notes, searchLink);
    if (notes) notesBox.append(notes);
    // Where a search finds nothing, the ways to browse instead.
    elsewhere.hidden = outcome.results.length > 0;
    await showMore();
    // The facets still count the previous search until `count` has run.
    facetsBox.setAttribute('aria-busy', 'true');
    status.textContent = statusLine(
      outcome.results.length,
      s.q === '' || q === '' ? undefined : outcome.q,
      read.active ? read.range : undefined,
      s.sort,
    );
    takeaway.show(outcome.results, dataOf);
    const term = outcome.q === '' ? null : outcome.q;
    // No facet chosen: Pagefind searched without filters, so the results (in the range, if one applies) are the pages to count.
    const found = Object.keys(pagefindFilters(s)).length === 0 ? outcome.results : undefined;
    uncounted = { s, term, found };
    if (filtersBox.open) countSoon();
    else renderFacets(s, undefined);
  },
  (error) => {
    status.textContent = failureText(error);
  },
);

/**
 * The filters of a search without words: Pagefind lists every page for a filter and nothing for
 * none, so a range alone asks for every page that is not of a type no page has.
 */
function everything(s: SearchState): Record<string, PagefindFilter> {
  const filters = pagefindFilters(s);
  return Object.keys(filters).length > 0 ? filters : { type: { none: ['-'] } };
}

const takeaway = setUpTakeaway(document.getElementById('search-takeaway') as HTMLElement, () => location.href);

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
filtersBox.addEventListener('toggle', () => {
  if (filtersBox.open) countSoon();
});

/** Applies the form to the URL (replacing the entry, so typing does not flood history) and searches. */
function update(): void {
  state = formState();
  const query = searchStateToParams(state).toString();
  history.replaceState(null, '', query === '' ? location.pathname : `?${query}`);
  run(state);
}

form.addEventListener('input', update);
form.addEventListener('change', (e) => {
  if (e.target !== input) update();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update();
});
skip.addEventListener('click', (e) => {
  e.preventDefault();
  filtersBox.open = true;
  filtersBox.querySelector('summary')?.focus();
});
more.addEventListener('click', () => {
  const firstNew = shownCount;
  void showMore().then(() => list.children[firstNew]?.querySelector('a')?.focus());
});
window.addEventListener('popstate', () => {
  state = parseSearchState(new URLSearchParams(location.search));
  showState(state);
  run(state);
});
run(state);
