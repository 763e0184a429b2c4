/**
 * Where to mark the searched words on an article page (`?highlight=Lukashenka&highlight=Minsk`).
 *
 * A dozen lines instead of Pagefind's `pagefind-highlight.js` (9.5 KB gzipped, mark.js inside):
 * the search page already passes the exact words the text uses, so whole-word matching is enough,
 * and the terms come from the URL, so they are only ever compared, never parsed as HTML or regex.
 */

/** The terms of a URL, bounded, so a crafted link cannot make the page do unbounded work. */
export function highlightTerms(params: URLSearchParams): string[] {
  return [...new Set(params.getAll('highlight').map((t) => t.trim()).filter((t) => t !== '' && t.length <= 60))].slice(0, 10);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The [start, end) ranges of whole-word, case-insensitive occurrences of the terms in a text. */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0) return [];
  const longestFirst = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}
