/**
 * Where to mark the searched words on an article page (`?highlight=Lukashenka&highlight=Minsk`).
 *
 * A dozen lines instead of Pagefind's `pagefind-highlight.js` (mark.js inside, bench/README.md):
 * the search page already passes the exact words the text uses, so whole-word matching is enough,
 * and the terms come from the URL, so they are only ever compared, never parsed as HTML or regex.
 */
import { termRanges } from '../content/registry.ts';
import { keepRanges } from './marks.ts';

/** The terms of a URL, bounded, so a crafted link cannot make the page do unbounded work. */
export function highlightTerms(params: URLSearchParams): string[] {
  return [
    ...new Set(
      params
        .getAll('highlight')
        .map((t) => t.trim())
        .filter((t) => t !== '' && t.length <= 60),
    ),
  ].slice(0, 10);
}

/**
 * The [start, end) ranges of whole-word occurrences of the terms in a text, with the registry's
 * folding (case and diacritics ignored), so "Lukasenko" marks "Lukašenko" as search found it; a
 * stop word only inside a run of marked words, as the result's excerpt marked it (marks.ts).
 */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  return keepRanges(text, termRanges(text, terms));
}

/**
 * The address to show and pass on once the words are marked: the page and its fragment, without
 * the highlight, so a link the reader copies or shares never carries the marks to someone else.
 */
export function withoutHighlight(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('highlight');
  return url.href;
}

/**
 * The element id a fragment names (`#p4`, `#%D0%B0`): percent-decoded where it can be. A malformed
 * escape (`#%E0%A4%A`, a link cut or typed by hand) is taken as written instead of throwing a
 * URIError, which would stop the highlighting script before it scrolled to anything.
 */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
