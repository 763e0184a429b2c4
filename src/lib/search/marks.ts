/**
 * Which words a search marks, in a result's excerpt and on the article it links to: the query's
 * words as whole words and their inflected forms ("kill" marks "kill" and "killed", never
 * "killers" nor "to" inside "Tokayev"), and a stop word ("to", "the", "и") only inside a run of
 * marked words ("shoot to kill"), never on its own. Pagefind reports every word whose start
 * matched; these rules decide which of them the reader is shown as a match.
 *
 * The stop words are the `stopword` package's English and Russian lists.
 */
import { eng, rus } from 'stopword';
import { foldWord } from '../content/registry.ts';

const STOP = new Set([...eng, ...rus].map(foldWord));

/** Whether a (folded or unfolded) word is too common to be marked on its own. */
export function isStopWord(word: string): boolean {
  return STOP.has(foldWord(word));
}

/** Endings that inflect a word without making another word of it: "asks", "asked", "asking", "taxes". */
const INFLECTIONS = /^(?:s|es|d|ed|ing)$/u;

/** A folded word without the hyphens and apostrophes Pagefind reads through ("Nur-Sultan", "nursultan"). */
function bare(word: string): string {
  return foldWord(word).replace(/['-]/g, '');
}

/**
 * Whether `word` (as the text writes it) is the query word `term` or an inflected form of the same
 * word: one is the other plus an inflection, or both share a stem of three letters or more whose
 * remaining endings are inflections ("asks" and "asked").
 */
export function isWordForm(term: string, word: string): boolean {
  const t = bare(term);
  const w = bare(word);
  if (t === '' || w === '') return false;
  if (t === w) return true;
  const [short, long] = t.length <= w.length ? [t, w] : [w, t];
  if (long.startsWith(short) && INFLECTIONS.test(long.slice(short.length))) return true;
  // A final "e" drops before "-ed" and "-ing" ("use", "used"), and a final "s" is an inflection of the stem.
  let common = 0;
  while (common < t.length && common < w.length && t[common] === w[common]) common++;
  if (common < 3) return false;
  const ends = [t.slice(common), w.slice(common)];
  return ends.every((e) => e === '' || e === 'e' || INFLECTIONS.test(e));
}

/**
 * The positions to mark among `candidates` (positions in `words` where the engine matched something),
 * for a query of `terms`: those whose word is a form of a query word (`isWordForm`), each stop word
 * only when the words on both sides of it are marked too. `extra` positions (a registered spelling
 * found through the name blocks) are marked as they are.
 */
export function markedPositions(
  words: readonly string[],
  candidates: readonly number[],
  terms: readonly string[],
  extra: readonly number[] = [],
): number[] {
  const content = terms.filter((t) => !isStopWord(t));
  const stops = terms.filter((t) => isStopWord(t));
  const marked = new Set<number>(extra);
  for (const l of candidates) {
    const w = words[l] ?? '';
    if (!isStopWord(w) && content.some((t) => isWordForm(t, w))) marked.add(l);
  }
  for (const l of candidates) {
    const w = words[l] ?? '';
    if (isStopWord(w) && stops.some((t) => bare(t) === bare(w)) && marked.has(l - 1) && marked.has(l + 1)) marked.add(l);
  }
  return [...marked].sort((a, b) => a - b);
}

/**
 * The same rule over a text's ranges, for the article page: `ranges` are whole-word occurrences of
 * the highlight terms in reading order, each with its term; a stop word's range is kept only when the
 * ranges on both sides of it are content words of the highlight separated from it by `gap` alone
 * (spaces and punctuation).
 */
export function keepRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const stop = ranges.map(([s, e]) => isStopWord(text.slice(s, e)));
  const joined = (a: readonly [number, number] | undefined, b: readonly [number, number] | undefined) =>
    a !== undefined && b !== undefined && /^[^\p{L}\p{N}]{1,3}$/u.test(text.slice(a[1], b[0]));
  const kept: Array<[number, number]> = [];
  ranges.forEach((r, i) => {
    if (!stop[i]) {
      kept.push([r[0], r[1]]);
      return;
    }
    const before = ranges[i - 1];
    const after = ranges[i + 1];
    if (joined(before, r) && joined(r, after) && !stop[i - 1] && !stop[i + 1]) kept.push([r[0], r[1]]);
  });
  return kept;
}
