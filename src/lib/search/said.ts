/**
 * What the search says beyond its results: the status line with its range and order, the chosen
 * facet values no page has, what was done to a query, a result's paragraph links, and why a search
 * could not run. Pure, so the words are tested here and the browser code (src/client/) only places them.
 */
import { type MonthRange, rangeText } from './chronology.ts';
import type { HitGroup } from './hits.ts';
import { cleanQuery, MIN_QUERY } from './query.ts';
import type { FilterKey, SortKey } from './url.ts';

/** "3 results", "1 result". */
export function countText(n: number): string {
  return `${n} result${n === 1 ? '' : 's'}`;
}

/** An error's message, for a reader. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a reader is told when a search could not run (a file of the index did not load). */
export function failureText(error: unknown): string {
  return `The search could not run (${errorText(error)}). Check the connection and reload the page to try again.`;
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

/** What a group's link says: "¶ 4", "Standfirst", "Dateline", "Title". */
export function groupLabel(g: Pick<HitGroup, 'anchor'>): string {
  const n = /^p(\d+)$/.exec(g.anchor ?? '')?.[1];
  if (n !== undefined) return `¶ ${n}`;
  return { standfirst: 'Standfirst', dateline: 'Dateline', title: 'Title' }[g.anchor ?? ''] ?? 'Page';
}

/**
 * "12 results for “Kazakhstan”, dated March 2022 to December 2022 (…), oldest first." A word too
 * short to search (`tooShort`) is said to be left out, so the count is not read as its results.
 */
export function statusLine(
  count: number,
  query: string | undefined,
  range: MonthRange | undefined,
  sort: SortKey,
  tooShort?: string,
): string {
  const left = tooShort === undefined ? '' : ` (“${tooShort}” is too short to search: type at least ${MIN_QUERY} letters)`;
  const what = query === undefined ? `for the chosen filters${left}` : `for “${query}”`;
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
