/**
 * What the search page does with the words a reader types, before and after Pagefind: tidy the
 * query (length, quotes, punctuation), list its words, tell a real match from Pagefind's fallback,
 * and rewrite a query with corrected words.
 */
import { foldTerm } from './vocabulary.ts';

/** Longest query searched; the rest is cut and the page says so. */
export const MAX_QUERY = 200;

export interface CleanQuery {
  /** The query to search ('' when nothing searchable is left). */
  readonly q: string;
  /** What was changed, for the page to say ("shortened", "unpaired quote"). */
  readonly changes: ReadonlyArray<'shortened' | 'unpaired-quote'>;
  /** Why nothing is searched, when `q` is ''. */
  readonly empty: 'blank' | 'no-words' | undefined;
}

/**
 * Tidies a query: typographic quotes become straight ones (Pagefind's phrase marks), a quote left
 * unpaired is dropped, runs of space collapse, the length is bounded (never cutting a word or a
 * surrogate pair in two), and a query with no letter or digit is refused.
 */
export function cleanQuery(raw: string): CleanQuery {
  const changes: Array<'shortened' | 'unpaired-quote'> = [];
  let q = raw
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/gu, ' ')
    .trim();
  if (q === '') return { q: '', changes, empty: 'blank' };
  if ([...q].length > MAX_QUERY) {
    const cut = [...q].slice(0, MAX_QUERY).join('');
    const space = cut.lastIndexOf(' ');
    q = (space > MAX_QUERY / 2 ? cut.slice(0, space) : cut).trim();
    changes.push('shortened');
  }
  if ((q.match(/"/g) ?? []).length % 2 === 1) {
    const last = q.lastIndexOf('"');
    q = `${q.slice(0, last)}${q.slice(last + 1)}`.replace(/\s+/g, ' ').trim();
    changes.push('unpaired-quote');
  }
  if (!/[\p{L}\p{N}]/u.test(q)) return { q: '', changes, empty: 'no-words' };
  return { q, changes, empty: undefined };
}

/** The query's words, folded, in order, without quotes or repeats. */
export function queryTerms(q: string): string[] {
  return [
    ...new Set(
      q
        .split(/[\s"]+/u)
        .map(foldTerm)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)),
    ),
  ];
}

/** Length of the common start of two strings, in code points. */
function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Endings English stemming removes from a query word that the page's word may lack ("elections" → "election"). */
const STEM_ENDINGS = /^(?:s|es|ed|d|ing|ings|ly|n|ns|er|ers|ion|ions|al|an|ans|ian|ians|ism|ist|ists|ity)$/u;

/**
 * Whether Pagefind matched `word` (as the page writes it) for the query word `term` rather than
 * by its fallback. Pagefind stems words ("elections" → "elect") and matches a word's start
 * ("Kazak" finds "Kazakhstan"); when a word matches nothing it falls back to ever shorter starts of
 * it ("Tokayv" finds "to", or "Tokayev" through "tokay"). So a real match starts with the term, or
 * shares at least four letters of it and differs only by an ending that stemming removes.
 */
export function isRealMatch(term: string, word: string): boolean {
  // Pagefind reads "Nur-Sultan" as "nursultan" too: compare without inner hyphens and apostrophes.
  const t = foldTerm(term).replace(/['\-]/g, '');
  const w = foldTerm(word).replace(/['\-]/g, '');
  if (t === '' || w === '') return false;
  if (w.startsWith(t)) return true;
  const common = commonPrefix(t, w);
  return common >= 4 && STEM_ENDINGS.test([...t].slice(common).join(''));
}

/** The query words that none of the matched words really matches: Pagefind found them only by its fallback. */
export function unmatchedTerms(terms: readonly string[], matchedWords: readonly string[]): string[] {
  return terms.filter((t) => !matchedWords.some((w) => isRealMatch(t, w)));
}

/** The query with each word in `replace` (folded word → replacement) swapped, quotes and other words kept. */
export function rewriteQuery(q: string, replace: ReadonlyMap<string, string>): string {
  // Words are runs of anything but space and quotes, as `queryTerms` reads them.
  return q.replace(/[^\s"]+/gu, (word) => replace.get(foldTerm(word)) ?? word);
}

/** Shorter queries match too many words to be worth the index chunks and fragments they fetch. */
export const MIN_QUERY = 2;
