/**
 * The search page's filters: each facet a group of the form's checkboxes, with its counts once they
 * are counted, and the counting itself, from the facet table over the pages a search finds. Which
 * values a group lists, in what order, and the counts are worked out in src/lib/search/facet-groups.ts.
 */
import { readRange } from '../lib/search/chronology.ts';
import {
  chosenCount,
  countsOf,
  FACET_LIMIT,
  type FacetCounts,
  facetEntries,
  facetLabel,
  labelOrder,
  valueLabel,
  visibleEntries,
} from '../lib/search/facet-groups.ts';
import { pagesOf } from '../lib/search/facets.ts';
import { FILTER_KEYS, type FilterKey, pagefindFilters, type SearchState } from '../lib/search/url.ts';
import type { Speaker } from '../lib/search/words.ts';
import { el } from './dom.ts';
import { loadDateOrder, loadFacetTable, loadPagefind, type Result } from './index-files.ts';

/**
 * The facet counts for a search, from the facet table (`loadFacetTable`) over the pages the words
 * find (every page, for filters alone), or over `found`, the shown results, when they are the pages
 * to count.
 */
export async function facetCounts(
  where: { bundle: string; base: string },
  s: SearchState,
  term: string | null,
  found: readonly Result[] | undefined,
): Promise<FacetCounts> {
  const [pf, table] = await Promise.all([loadPagefind(where.bundle, where.base), loadFacetTable(where.bundle)]);
  const { range, active } = readRange(s.from, s.to);
  let pages: number[] = [];
  if (found !== undefined) pages = pagesOf(found, table);
  else {
    const rank = active ? await loadDateOrder(where.bundle) : undefined;
    if (term !== null) pages = pagesOf((await pf.search(term))?.results ?? [], table);
    else if (Object.keys(pagefindFilters(s)).length > 0 || active) pages = table.allPages();
    if (rank) pages = pages.filter((p) => rank.pageInRange(p, range));
  }
  return countsOf(table, pages, s);
}

/**
 * Draws the facets into `box`, and how many filters are chosen into each of `counters`. Before any
 * count (`counts` undefined) only the chosen values are drawn: they are the form's checkboxes, so a
 * chosen filter stays in the form either way. A long group shows its top values and a button for the rest.
 */
export function facetGroups(sp: Speaker, box: HTMLElement, counters: readonly HTMLElement[]) {
  const expanded = new Set<FilterKey>();

  /** The button that shows a long group whole, or its top values again. */
  function toggle(key: FilterKey, listed: number, list: HTMLElement, redraw: () => void): HTMLButtonElement {
    const all = expanded.has(key);
    const label = all
      ? sp.say('searchJs.showTop', { n: FACET_LIMIT })
      : sp.say('searchJs.showAll', { count: listed, facetLower: facetLabel(sp, key).toLowerCase() });
    const attrs = { type: 'button', class: 'facet-more', 'aria-expanded': String(all), 'aria-controls': list.id, 'data-facet': key };
    const button = el('button', attrs, label);
    button.addEventListener('click', () => {
      if (expanded.has(key)) expanded.delete(key);
      else expanded.add(key);
      redraw();
      box.querySelector<HTMLButtonElement>(`button[data-facet="${key}"]`)?.focus();
    });
    return button;
  }

  /** One facet's group, or undefined when it has no value to show. */
  function group(key: FilterKey, s: SearchState, counts: FacetCounts | undefined, redraw: () => void): HTMLElement | undefined {
    const chosen = new Set(s.filters[key]);
    const entries = facetEntries(key, chosen, counts, labelOrder(sp, key));
    const visible = visibleEntries(entries, chosen, expanded.has(key));
    if (visible.length === 0) return undefined;
    const items = visible.map(([value, n]) => {
      // The checkbox's value is the index's (English) value, which the address carries; the reader sees its label.
      const box = el('input', { type: 'checkbox', name: key, value });
      box.checked = chosen.has(value);
      const count = n === undefined ? [] : [el('span', { class: 'count' }, `(${n})`)];
      const label = valueLabel(sp, key, value);
      const text = label.lang === sp.lang ? [` ${label.text} `] : [' ', el('span', { lang: label.lang }, label.text), ' '];
      return el('li', {}, el('label', {}, box, ...text, ...count));
    });
    const ul = el('ul', { id: `facet-${key}` }, ...items);
    const fieldset = el('fieldset', { class: 'facet' }, el('legend', {}, facetLabel(sp, key)), ul);
    if (entries.length > FACET_LIMIT) fieldset.append(toggle(key, entries.length, ul, redraw));
    return fieldset;
  }

  return function render(s: SearchState, counts: FacetCounts | undefined): void {
    const groups = FILTER_KEYS.flatMap((key) => group(key, s, counts, () => render(s, counts)) ?? []);
    // Keep keyboard focus on the same checkbox across the re-render.
    const focused =
      document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement)
        ? { name: document.activeElement.name, value: document.activeElement.value }
        : undefined;
    box.replaceChildren(...groups);
    if (focused)
      box.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`)?.focus();
    const n = chosenCount(s);
    const text = n === 0 ? sp.say('searchJs.noneChosen') : sp.say('searchJs.chosen', { count: n });
    for (const counter of counters) counter.textContent = text;
  };
}
