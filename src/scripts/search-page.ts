/**
 * The /search/ page: the form's fields are the URL's parameters, so the same state drives a
 * shareable link, the back button, and a no-script GET submit. Results, facet counts and the
 * status line update as the reader types; the status line is a polite live region.
 */
import { ANY_OF, FILTER_KEYS, pagefindFilters, pagefindSort, parseSearchState, searchStateToParams, type FilterKey, type SearchState } from '../lib/search/url.ts';
import { MIN_QUERY, countText, el, latestOnly, loadPagefind, renderResult, type PagefindResponse } from './search-core.ts';

const PAGE_SIZE = 10;
const FACET_LIMIT = 12;
const LABELS: Record<FilterKey, string> = { actor: 'Actor', place: 'Place', outlet: 'Outlet', author: 'Author', year: 'Year' };

const app = document.getElementById('search-app') as HTMLElement;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const facetsBox = document.getElementById('search-facets') as HTMLElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const base = app.dataset['base'] ?? '/';
const bundle = app.dataset['bundle'] ?? `${base}pagefind/`;

app.hidden = false;
document.getElementById('search-nojs')?.remove();
let state = parseSearchState(new URLSearchParams(location.search));
input.value = state.q;
sortSelect.value = state.sort;

/** The state as the form now says it. */
function formState(): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

let filtersLoaded: Promise<unknown> | undefined;
let shown: PagefindResponse['results'] = [];
let shownCount = 0;

async function showMore(): Promise<void> {
  const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
  const items = await Promise.all(next.map(async (r) => renderResult(await r.data(), 'h2')));
  list.append(...items);
  shownCount += next.length;
  more.hidden = shownCount >= shown.length;
}

function renderFacets(s: SearchState, counts: Record<string, Record<string, number>>): void {
  const groups: HTMLElement[] = [];
  for (const key of FILTER_KEYS) {
    const values = counts[key] ?? {};
    const chosen = new Set(s.filters[key]);
    const entries = Object.entries(values)
      .filter(([v, n]) => n > 0 || chosen.has(v))
      .sort(([a, x], [b, y]) => (key === 'year' ? b.localeCompare(a) : y - x || a.localeCompare(b)));
    const visible = entries.filter(([v], i) => i < FACET_LIMIT || chosen.has(v));
    if (visible.length === 0) continue;
    const items = visible.map(([value, n]) => {
      const box = el('input', { type: 'checkbox', name: key, value });
      box.checked = chosen.has(value);
      return el('li', {}, el('label', {}, box, ` ${value} `, el('span', { class: 'count' }, `(${n})`)));
    });
    groups.push(el('fieldset', { class: 'facet' }, el('legend', {}, LABELS[key]), el('ul', {}, ...items)));
  }
  // Keep keyboard focus on the same checkbox across the re-render.
  const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement)
    ? { name: document.activeElement.name, value: document.activeElement.value } : undefined;
  facetsBox.replaceChildren(...groups);
  if (focused) facetsBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`)?.focus();
}

const run = latestOnly(async (s: SearchState, stale) => {
  const hasFilters = FILTER_KEYS.some((k) => s.filters[k].length > 0);
  if (s.q.length < MIN_QUERY && !hasFilters) {
    list.replaceChildren();
    facetsBox.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type words to search the archived texts. Any spelling of a name finds the others.';
    return;
  }
  const pf = await loadPagefind(bundle, base);
  filtersLoaded ??= pf.filters();
  await filtersLoaded;
  const term = s.q.length < MIN_QUERY ? null : s.q;
  const sort = pagefindSort(s.sort);
  const response = await pf.search(term, { filters: pagefindFilters(s), ...(sort ? { sort } : {}) });
  if (!response || stale()) return; // superseded: a newer search is waiting
  const counts = { ...response.filters };
  // An "any of" facet counts its values as if it were not chosen, so the other outlets stay visible.
  for (const key of FILTER_KEYS) {
    if (!ANY_OF.has(key) || s.filters[key].length === 0) continue;
    const without = await pf.search(term, { filters: pagefindFilters(s, key) });
    if (without?.filters[key]) counts[key] = without.filters[key];
  }
  if (stale()) return;
  shown = response.results;
  shownCount = 0;
  list.replaceChildren();
  await showMore();
  renderFacets(s, counts);
  const what = s.q === '' ? 'for the chosen filters' : `for “${s.q}”`;
  status.textContent = `${countText(response.results.length)} ${what}${s.sort === 'relevance' ? '' : `, ${s.sort} first`}.`;
});

/** Applies the form to the URL (replacing the entry, so typing does not flood history) and searches. */
function update(): void {
  state = formState();
  const query = searchStateToParams(state).toString();
  history.replaceState(null, '', query === '' ? location.pathname : `?${query}`);
  run(state);
}

form.addEventListener('input', update);
form.addEventListener('change', (e) => { if (e.target !== input) update(); });
form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
more.addEventListener('click', () => {
  const firstNew = shownCount;
  void showMore().then(() => list.children[firstNew]?.querySelector('a')?.focus());
});
window.addEventListener('popstate', () => {
  state = parseSearchState(new URLSearchParams(location.search));
  input.value = state.q;
  sortSelect.value = state.sort;
  run(state);
});
run(state);
