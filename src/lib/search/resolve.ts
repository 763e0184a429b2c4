/**
 * From what the reader typed to what the page shows, around Pagefind's search: a Cyrillic query
 * that finds nothing is searched again in Latin letters; a word that is in no text is replaced by
 * the nearest archive word (and the page says so); a word that is in no text and near no archive
 * word is left out when the other words find something (and the page names it); hits that Pagefind
 * found only by its fallback (a shorter start of an unknown word) are never shown as results for the
 * query; and results of words that are all in the archive are always shown, even when the words
 * the text matched are other forms of them ("asks" finding "asked").
 *
 * Pure but for the two functions it is given (run a search; load the vocabulary), so it is tested
 * with fakes in `resolve.test.ts` and runs unchanged in the browser (src/client/search-core.ts).
 */
import { queryTerms, rewriteQuery, unmatchedTerms } from './query.ts';
import { hasCyrillic, transliterate } from './translit.ts';
import { foldTerm, maxDistance, suggest, type Vocabulary } from './vocabulary.ts';

/** One search: its results and the words Pagefind matched in the first one. */
export interface Attempt<R> {
  readonly results: readonly R[];
  readonly matchedWords: readonly string[];
}

export type Note =
  /** The Cyrillic query found nothing; its transliteration did. */
  | { readonly kind: 'transliterated'; readonly from: string; readonly to: string }
  /** Words that are in no text were replaced by the nearest archive words. */
  | { readonly kind: 'corrected'; readonly from: string; readonly to: string; readonly alternatives: readonly string[] }
  /** These words are in no text, and no archive word is near them. */
  | { readonly kind: 'unknown'; readonly terms: readonly string[]; readonly suggestions: readonly string[] }
  /** These words are in no text and were left out; the rest of the query (`to`) found results. */
  | { readonly kind: 'dropped'; readonly terms: readonly string[]; readonly to: string };

export interface Resolved<R> {
  /** The query whose results are shown. */
  readonly q: string;
  readonly results: readonly R[];
  readonly notes: readonly Note[];
}

/** Whether an attempt really answers `q`: it found something, and every word of `q` matched, not by fallback. */
function answers<R>(q: string, a: Attempt<R>): boolean {
  return a.results.length > 0 && unmatchedTerms(queryTerms(q), a.matchedWords).length === 0;
}

/** A suggestion written with the capital the reader gave the word ("Kazakstan" → "Kazakhstan"). */
export function matchCase(typed: string, suggestion: string): string {
  const first = [...typed][0] ?? '';
  return first !== first.toLowerCase() ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}

/**
 * Which part of the vocabulary to load for a word (src/lib/search/vocabulary.ts): `first`, the
 * words with its first letter; `tail`, the words it could be if its first letter was mistyped.
 */
export type VocabularyPart = 'first' | 'tail';

/**
 * Searches `q` and, unless `exact`, repairs it as described above. `run` performs one search;
 * `vocabulary` loads the archive's words near a given word and is called only when a word found
 * nothing: first the words with its first letter; only if none is near, those with another.
 */
export async function resolveQuery<R>(
  q: string,
  exact: boolean,
  run: (q: string) => Promise<Attempt<R>>,
  vocabulary: (word: string, part: VocabularyPart) => Promise<Vocabulary>,
): Promise<Resolved<R>> {
  const first = await run(q);
  if (answers(q, first)) return { q, results: first.results, notes: [] };
  const terms = queryTerms(q);
  // With results, the words Pagefind did not really match; with none, any word may be at fault.
  const suspects = first.results.length > 0 ? unmatchedTerms(terms, first.matchedWords) : terms;
  if (exact) {
    const fallbackOnly = suspects.length > 0 && first.results.length > 0;
    return { q, results: [], notes: fallbackOnly ? [{ kind: 'unknown', terms: suspects, suggestions: [] }] : [] };
  }

  if (hasCyrillic(q)) {
    const latin = transliterate(q);
    const second = await run(latin);
    if (answers(latin, second)) return { q: latin, results: second.results, notes: [{ kind: 'transliterated', from: q, to: latin }] };
  }

  const known = await Promise.all(suspects.map(async (t) => maxDistance(t) === 0 || (await vocabulary(t, 'first')).has(t)));
  const unknown = suspects.filter((_, i) => !known[i]);
  // Every word is in the archive: what the engine found is the answer, even if it matched other forms of the words.
  if (unknown.length === 0) return { q, results: first.results, notes: [] };
  const typed = new Map(q.split(/[\s"]+/u).map((w) => [foldTerm(w), w] as const));
  const replace = new Map<string, string>();
  const options = new Map<string, string[]>();
  const nearest = async (word: string) => {
    const found = suggest(word, await vocabulary(word, 'first'));
    return found.length > 0 ? found : suggest(word, await vocabulary(word, 'tail'));
  };
  for (const term of unknown) {
    let found = await nearest(term);
    if (found.length === 0 && hasCyrillic(term)) found = await nearest(foldTerm(transliterate(term)));
    options.set(term, found);
    const best = found[0];
    if (best !== undefined) replace.set(term, matchCase(typed.get(term) ?? term, best));
  }
  const hopeless = unknown.filter((t) => (options.get(t) ?? []).length === 0);
  // The words near no archive word are left out, as long as some word is left to search.
  const left = hopeless.length < terms.length ? hopeless : [];
  if (replace.size > 0 || left.length > 0) {
    const corrected = tidy(rewriteQuery(q, new Map([...replace, ...left.map((t) => [t, ''] as const)])));
    const third = await run(corrected);
    if (answers(corrected, third)) {
      const notes: Note[] = [];
      if (left.length > 0) notes.push({ kind: 'dropped', terms: left.map((t) => typed.get(t) ?? t), to: corrected });
      if (replace.size > 0) {
        const alternatives = [...options].flatMap(([t, o]) => o.slice(1).map((w) => matchCase(typed.get(t) ?? t, w))).slice(0, 3);
        notes.push({ kind: 'corrected', from: q, to: corrected, alternatives });
      }
      return { q: corrected, results: third.results, notes };
    }
  }
  const suggestions = [...options].flatMap(([t, o]) => o.map((w) => matchCase(typed.get(t) ?? t, w))).slice(0, 3);
  return { q, results: [], notes: [{ kind: 'unknown', terms: hopeless.length > 0 ? hopeless : unknown, suggestions }] };
}

/** A query with words taken out: no empty quotes, no doubled spaces. */
function tidy(q: string): string {
  return q.replace(/"\s*"/g, '').replace(/\s+/g, ' ').trim();
}
