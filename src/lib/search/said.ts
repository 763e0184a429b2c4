/**
 * What the search says beyond its results: the status line with its range and order, the chosen
 * facet values no page has, what was done to a query, a result's paragraph links, and why a search
 * could not run. Pure, so the words are tested here and the browser code (src/client/) only places them.
 */
import type { MonthRange } from './chronology.ts';
import type { HitGroup } from './hits.ts';
import { cleanQuery, MAX_QUERY, MIN_QUERY } from './query.ts';
import type { FilterKey, SortKey } from './url.ts';
import type { Speaker } from './words.ts';

/** "3 results", "1 result". */
export function countText(sp: Speaker, n: number): string {
  return sp.say('searchJs.count', { count: n });
}

/** An error's message, for a reader. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a reader is told when a search could not run (a file of the index did not load). */
export function failureText(sp: Speaker, error: unknown): string {
  return sp.say('searchJs.failure', { error: errorText(error) });
}

/** Why a query was not searched, or what was changed in it, in words; undefined when it is searched as typed. */
export function queryMessage(sp: Speaker, raw: string): { q: string; message: string | undefined } {
  const clean = cleanQuery(raw);
  if (clean.empty === 'blank') return { q: '', message: undefined };
  if (clean.empty === 'no-words') return { q: '', message: sp.say('searchJs.noWords') };
  const said = { shortened: sp.say('searchJs.shortened', { n: MAX_QUERY }), 'unpaired-quote': sp.say('searchJs.unpairedQuote') };
  const changes = clean.changes.map((c) => said[c]);
  return { q: clean.q, message: changes.length > 0 ? sp.say('searchJs.tidied', { changes: changes.join('; ') }) : undefined };
}

/** What a group's link says: "¶ 4", "Standfirst", "Dateline", "Title". */
export function groupLabel(sp: Speaker, g: Pick<HitGroup, 'anchor'>): string {
  const n = /^p(\d+)$/.exec(g.anchor ?? '')?.[1];
  if (n !== undefined) return sp.say('searchJs.paragraph', { n });
  const key = ({ standfirst: 'searchJs.standfirst', dateline: 'searchJs.dateline', title: 'searchJs.titlePart' } as const)[
    (g.anchor ?? '') as 'title'
  ];
  return sp.say(key ?? 'searchJs.pagePart');
}

/** The range in words: "March 2022 to December 2022", "from March 2022", "up to December 2022". */
export function rangeIn(sp: Speaker, range: MonthRange): string {
  if (range.from !== undefined && range.to !== undefined)
    return sp.say('searchJs.rangeBoth', { from: sp.month(range.from), to: sp.month(range.to) });
  if (range.from !== undefined) return sp.say('searchJs.rangeFrom', { from: sp.month(range.from) });
  if (range.to !== undefined) return sp.say('searchJs.rangeTo', { to: sp.month(range.to) });
  return sp.say('searchJs.rangeAny');
}

/**
 * "12 results for “Kazakhstan”, dated March 2022 to December 2022 (…), oldest first." A word too
 * short to search (`tooShort`) is said to be left out, so the count is not read as its results.
 */
export function statusLine(
  sp: Speaker,
  count: number,
  query: string | undefined,
  range: MonthRange | undefined,
  sort: SortKey,
  tooShort?: string,
): string {
  const what = query === undefined ? sp.say('searchJs.forFilters', { count }) : sp.say('searchJs.forWords', { count, q: query });
  const left = tooShort === undefined ? '' : ` ${sp.say('searchJs.tooShort', { word: tooShort, n: MIN_QUERY })}`;
  // Actor and place pages have no date, so a range leaves them out: said, since the words did not.
  const dated = range === undefined ? '' : `, ${sp.say('searchJs.dated', { range: rangeIn(sp, range) })}`;
  const order = sort === 'relevance' ? '' : `, ${sp.say(sort === 'newest' ? 'searchJs.newestFirst' : 'searchJs.oldestFirst')}`;
  return `${what}${left}${dated}${order}.`;
}

/**
 * The chosen values no page has (from an old or mistyped address), each in a sentence that says
 * what it does and how to undo it: Pagefind finds nothing for such a value, and an empty list
 * without a word would look like an answer.
 */
export function unknownValueLines(
  sp: Speaker,
  filters: Readonly<Record<FilterKey, readonly string[]>>,
  exists: (key: FilterKey, value: string) => boolean,
  label: (key: FilterKey) => string,
): string[] {
  return (Object.keys(filters) as FilterKey[])
    .flatMap((key) => filters[key].map((value) => ({ key, value })))
    .filter(({ key, value }) => !exists(key, value))
    .map(({ key, value }) => sp.say('searchJs.unknownValue', { facet: label(key), facetLower: label(key).toLowerCase(), value }));
}
