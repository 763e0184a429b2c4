/**
 * How long the search page waits for the next key before searching what is typed. Pagefind matches
 * the last word of a query as a prefix, and a prefix of one or two letters ("To" on the way to
 * "Tokaev") matches thousands of the index's words: its search holds the page's main thread for
 * hundreds of milliseconds at 10,000 articles (bench/README.md), and the keys typed meanwhile, and
 * the results of the word being typed, wait behind it. So a query that ends in such a prefix is
 * searched only once the reader pauses; any other query at once.
 */
import { cleanQuery, MIN_QUERY } from './query.ts';

/** The pause, in ms, after which a query ending in a short prefix is searched. */
export const SHORT_PREFIX_WAIT_MS = 150;

/** Letters of a last word that make it a short prefix. */
const SHORT_PREFIX = 2;

/**
 * The wait before searching `raw` as typed: SHORT_PREFIX_WAIT_MS when its last word, still being
 * typed (no space or closing quote after it), has at most two letters or digits and the query is
 * long enough to be searched at all; 0 otherwise.
 */
export function waitBeforeSearch(raw: string): number {
  const { q } = cleanQuery(raw);
  if ([...q].length < MIN_QUERY || /[\s"]$/u.test(raw)) return 0;
  const last = q.split(/[\s"]+/u).at(-1) ?? '';
  const letters = last.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return letters > 0 && letters <= SHORT_PREFIX ? SHORT_PREFIX_WAIT_MS : 0;
}
