/**
 * What the search page says about a search beyond its results: the status line with its range and
 * order, and the chosen facet values no page has. Pure, so the words are tested here and the page
 * (src/client/search-chronology.ts) only places them.
 */
import { type MonthRange, rangeText } from './chronology.ts';
import type { FilterKey, SortKey } from './url.ts';

/** "12 results for “Kazakhstan”, dated March 2022 to December 2022 (…), oldest first." */
export function statusLine(count: number, query: string | undefined, range: MonthRange | undefined, sort: SortKey): string {
  const what = query === undefined ? 'for the chosen filters' : `for “${query}”`;
  // Actor and place pages have no date, so a range leaves them out: said, since the words did not.
  const dated = range === undefined ? '' : `, dated ${rangeText(range)} (actor and place pages have no date)`;
  return `${count} result${count === 1 ? '' : 's'} ${what}${dated}${sort === 'relevance' ? '' : `, ${sort} first`}.`;
}

/**
 * The chosen values no page has (from an old or mistyped address), each in a sentence that says
 * what it does and how to undo it: Pagefind finds nothing for such a value, and an empty list
 * without a word would look like an answer.
 */
export function unknownValueLines(
  filters: Readonly<Record<FilterKey, readonly string[]>>,
  exists: (key: FilterKey, value: string) => boolean,
  label: (key: FilterKey) => string,
): string[] {
  return (Object.keys(filters) as FilterKey[])
    .flatMap((key) => filters[key].map((value) => ({ key, value })))
    .filter(({ key, value }) => !exists(key, value))
    .map(
      ({ key, value }) =>
        `No page of the archive has the ${label(key).toLowerCase()} “${value}”, so no result can have it: ` +
        `untick it under ${label(key)} to see the results without it.`,
    );
}
