/**
 * The search page's filters as groups of values: each facet's label, which values a group lists and
 * in what order, how many filters are chosen, and the counts from the facet table (facets.ts). Pure,
 * so the browser code (src/client/search-facets.ts) only draws them.
 */
import { PAGE_KINDS } from '../site/page-kinds.ts';
import { readRange } from './chronology.ts';
import type { FacetTable } from './facets.ts';
import { unknownValueLines } from './said.ts';
import type { ShownName } from '../i18n/names.ts';
import type { SearchKey, Speaker } from './words.ts';
import { ANY_OF, FILTER_KEYS, type FilterKey, pagefindFilters, type SearchState, typeCounts } from './url.ts';

/** Each facet's counts by value, as the page shows them. */
export type FacetCounts = Record<string, Record<string, number>>;

/** Values shown per facet before its "Show all" button. */
export const FACET_LIMIT = 8;

/** Each facet group's legend's key in the dictionaries. */
export const FACET_LABELS: Readonly<Record<FilterKey, SearchKey>> = {
  type: 'searchJs.facetType',
  actor: 'searchJs.facetActor',
  kind: 'searchJs.facetKind',
  state: 'searchJs.facetState',
  acting: 'searchJs.facetActing',
  place: 'searchJs.facetPlace',
  outlet: 'searchJs.facetOutlet',
  author: 'searchJs.facetAuthor',
  year: 'searchJs.facetYear',
};

/** A facet group's legend, in the page's language. */
export function facetLabel(sp: Speaker, key: FilterKey): string {
  return sp.say(FACET_LABELS[key]);
}

/**
 * How a value of the Type facet reads in the page's language ("Event", "Событие"); the value itself,
 * which the address carries, stays as the index has it.
 */
export function typeLabel(sp: Speaker, value: string): string {
  const key = `searchJs.type${value}`;
  return TYPE_ORDER.includes(value) ? sp.say(key as SearchKey) : value;
}

/**
 * How a facet's value reads on the page, and in what language: a type in the page's language, a year
 * as it is, any other by the page's label table (words.ts), else as the index has it, in English.
 */
export function valueLabel(sp: Speaker, key: FilterKey, value: string): ShownName {
  if (key === 'type') return { text: typeLabel(sp, value), lang: TYPE_ORDER.includes(value) ? sp.lang : 'en' };
  if (key === 'year') return { text: value, lang: sp.lang };
  return sp.label(key, value);
}

/** The order of a facet's values by their labels, as the page's language sorts ("Алматы" before "Астана"). */
export function labelOrder(sp: Speaker, key: FilterKey): (a: string, b: string) => number {
  const collator = new Intl.Collator(sp.lang);
  return (a, b) => collator.compare(valueLabel(sp, key, a).text, valueLabel(sp, key, b).text);
}

/** The Type facet's values in the page kinds' order, articles first. */
export const TYPE_ORDER: readonly string[] = PAGE_KINDS.filter((k) => k.searched).map((k) => k.searchType);

/** The filters chosen, a range counting as one; the order is not a filter. */
export function chosenCount(s: SearchState): number {
  return FILTER_KEYS.reduce((n, k) => n + s.filters[k].length, 0) + (readRange(s.from, s.to).active ? 1 : 0);
}

/**
 * The values facet `key` lists, with their counts (undefined before any count): those some page
 * counted has, and every chosen one, 0 or uncounted, so a chosen filter stays in the form. Years
 * newest first, types in TYPE_ORDER, the others most counted first, ties in `order` (the page's
 * `labelOrder`; by the value itself when not given).
 */
export function facetEntries(
  key: FilterKey,
  chosen: ReadonlySet<string>,
  counts: FacetCounts | undefined,
  order: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): Array<[value: string, count: number | undefined]> {
  const values: Record<string, number | undefined> = { ...counts?.[key] };
  for (const v of chosen) if (!(v in values)) values[v] = counts ? 0 : undefined;
  return Object.entries(values)
    .filter(([v, n]) => (n ?? 0) > 0 || chosen.has(v))
    .sort(([a, x], [b, y]) => {
      if (key === 'year') return b.localeCompare(a);
      if (key === 'type') return TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b);
      return (y ?? 0) - (x ?? 0) || order(a, b);
    });
}

/** The entries a group shows: all of them when expanded, else the first FACET_LIMIT and every chosen one. */
export function visibleEntries<E extends [string, ...unknown[]]>(entries: readonly E[], chosen: ReadonlySet<string>, all: boolean): E[] {
  return entries.filter(([v], i) => all || i < FACET_LIMIT || chosen.has(v));
}

/**
 * The facet counts of `pages` (a search's results by page number, or every page for filters alone):
 * the counts with the selection, and for each "any of" facet in use its counts as if it were not
 * chosen, so choosing one outlet leaves the others' counts to choose among.
 */
export function countsOf(table: FacetTable, pages: readonly number[], s: SearchState): FacetCounts {
  const all = table.count(pages, pagefindFilters(s));
  const counts: FacetCounts = { ...all.counts, type: typeCounts(all.counts['type'], all.total) };
  for (const key of FILTER_KEYS) {
    if (!ANY_OF.has(key) || s.filters[key].length === 0) continue;
    const without = table.count(pages, pagefindFilters(s, key));
    counts[key] = key === 'type' ? typeCounts(without.counts['type'], without.total) : (without.counts[key] ?? {});
  }
  return counts;
}

/** The sentences for the chosen values no page has (said.ts), from the facet table; a type is known by the page kinds. */
export function unknownValues(sp: Speaker, s: SearchState, table: FacetTable): string[] {
  const exists = (key: FilterKey, value: string) => (key === 'type' ? TYPE_ORDER.includes(value) : table.has(key, value));
  return unknownValueLines(sp, s.filters, exists, (key) => facetLabel(sp, key));
}
