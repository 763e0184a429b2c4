/**
 * Typo suggestions: when a query word matches no word of the archive, the search page offers the
 * nearest words that are in it ("Kazakstan" → "Kazakhstan", "Hazakhstan" → "Kazakhstan").
 *
 * Pagefind has no typo tolerance, and its index files are not a word list we can read, so the build
 * writes one (`src/pages/search/vocabulary/`): every word of the indexed text (titles, standfirsts,
 * datelines, paragraphs, entity pages) and of the registry's names, folded, most frequent first,
 * one per line, filed twice, each time in files of ~1/20 or less of the words, listed in `index.json`:
 * - by its first letter (`k.txt` holds "kazakhstan"): the page fetches the file of a word's first
 *   letter when that word finds nothing; it says whether the word is in the archive at all, and
 *   holds every suggestion for a typo anywhere but in the first letter;
 * - by its second and last letters (`a-n.txt` holds "kazakhstan"): only when the first-letter
 *   file offers nothing, the page fetches the one to three of these files where a word differing
 *   in its first letter can be (`tailKeys`), so "Hazakhstan" (first letter replaced), "azakhstan"
 *   (dropped), "Kkazakhstan" (doubled) and "aKzakhstan" (swapped) all reach "kazakhstan". A word
 *   mistyped both in its first letter and in its second or last letter is not corrected.
 * Candidates are ranked by edit distance, then by frequency (the line number).
 */
import { foldWord } from '../content/registry.ts';

/** Words shorter than this are never corrected nor suggested ("to", "of"). */
export const MIN_WORD = 3;
/** Longer "words" are identifiers, URLs or noise: left out of the vocabulary. */
export const MAX_WORD = 30;

/**
 * Folds a word as the vocabulary stores it: the registry's one folding (lower case, no diacritics,
 * no clinging punctuation or possessive), so a suggestion means what a name match means.
 */
export const foldTerm = foldWord;

/** The words of a text as the vocabulary counts them: letter runs, with inner hyphens and apostrophes kept. */
export function textWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => foldTerm(m[0])).filter((w) => w !== '');
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Whether a folded word belongs in the vocabulary (letters, a useful length). */
function keep(word: string): boolean {
  return word.length >= MIN_WORD && word.length <= MAX_WORD && /\p{L}/u.test(word);
}

/**
 * The vocabulary: the words of the texts and names, folded, most frequent first (ties in
 * alphabetical order, so the files are the same from build to build), at most `limit` words. Names
 * are kept whatever the limit: a reader is likelier to mistype a name than any other word. The limit
 * keeps each file small enough that a typo, even in a first letter, fetches a few tens of kilobytes
 * at most (bench/README.md gives the files' sizes at the limit).
 */
export function buildVocabulary(texts: Iterable<string>, names: Iterable<string>, limit = 60_000): string[] {
  // Each distinct word as written is folded once (the texts hold far fewer distinct words than words,
  // bench/README.md); the counts are the same as folding each.
  const written = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(WORD)) written.set(m[0], (written.get(m[0]) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [token, n] of written) {
    const w = foldTerm(token);
    if (w !== '' && keep(w)) counts.set(w, (counts.get(w) ?? 0) + n);
  }
  const nameWords = new Set<string>();
  for (const name of names) for (const w of textWords(name)) if (keep(w)) nameWords.add(w);
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([w]) => w);
  const kept = ranked.slice(0, limit);
  const inKept = new Set(kept);
  for (const w of [...nameWords].sort()) if (!inKept.has(w)) kept.push(w);
  return kept;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours, the commonest typo),
 * or `max + 1` as soon as it must exceed `max`, so scanning a large vocabulary stays cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const s = [...a];
  const t = [...b];
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length] ?? max + 1;
}

/** How far a word may be from a suggestion: one edit for short words, two from eight letters. */
export function maxDistance(word: string): number {
  const n = [...word].length;
  if (n < MIN_WORD + 1) return 0;
  return n < 8 ? 1 : 2;
}

/** A parsed vocabulary file, ready for lookups. */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly has: (folded: string) => boolean;
}

/** Reads the vocabulary file (one word per line). */
export function parseVocabulary(text: string): Vocabulary {
  const words = [
    ...new Set(
      text
        .split('\n')
        .map((w) => w.trim())
        .filter((w) => w !== ''),
    ),
  ];
  const set = new Set(words);
  return { words, has: (w) => set.has(w) };
}

/**
 * Up to `count` words of the vocabulary nearest to `word`, nearest first, then most frequent
 * first. Empty when the word itself is there, or nothing is within reach.
 */
export function suggest(word: string, vocabulary: Vocabulary, count = 3): string[] {
  const folded = foldTerm(word);
  const max = maxDistance(folded);
  if (max === 0 || vocabulary.has(folded)) return [];
  const found: Array<{ w: string; d: number; rank: number }> = [];
  vocabulary.words.forEach((w, rank) => {
    const d = editDistance(folded, w, max);
    if (d <= max) found.push({ w, d, rank });
  });
  return found
    .sort((x, y) => x.d - y.d || x.rank - y.rank)
    .slice(0, count)
    .map((f) => f.w);
}

/** A letter as it appears in a file name: itself for a–z, otherwise "u" and its code point in hexadecimal. */
function letterKey(letter: string): string {
  if (/^[a-z]$/.test(letter)) return letter;
  return `u${(letter.codePointAt(0) ?? 0).toString(16)}`;
}

/**
 * The first-letter file of a word: its first letter for a–z, otherwise "u" and the first
 * character's code point in hexadecimal ("токаев" → "u442"), so file names stay ASCII.
 */
export function shardKey(word: string): string {
  return letterKey([...foldTerm(word)][0] ?? '');
}

/**
 * The second file of a word, for typos in its first letter: its second and last letters, joined
 * by a hyphen so it never names a first-letter file ("tokayev" → "o-v", "токаев" → "u43e-u432").
 */
export function tailKey(word: string): string {
  const letters = [...foldTerm(word)];
  return `${letterKey(letters[1] ?? '')}-${letterKey(letters.at(-1) ?? '')}`;
}

/**
 * The second files that may hold what a word was meant to be, if its first letter was mistyped:
 * the meant word's second letter is the typed word's second (first letter replaced: "yokayev"),
 * first (first letter dropped, "okayev", or swapped with the second, "otkayev") or third (a letter
 * added before it, "ttokayev"); its last letter is the typed word's last. Most likely first.
 */
export function tailKeys(word: string): string[] {
  const letters = [...foldTerm(word)];
  const last = letterKey(letters.at(-1) ?? '');
  const seconds = [letters[1], letters[0], letters[2]].filter((l): l is string => l !== undefined);
  return [...new Set(seconds.map((l) => `${letterKey(l)}-${last}`))];
}

/** The vocabulary split by `key`, each part in the vocabulary's order (most frequent first). */
function split(words: readonly string[], key: (word: string) => string): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const w of words) {
    const k = key(w);
    let part = parts.get(k);
    if (!part) {
      part = [];
      parts.set(k, part);
    }
    part.push(w);
  }
  return parts;
}

/** The vocabulary split by `shardKey`, each part in the vocabulary's order (most frequent first). */
export function shardVocabulary(words: readonly string[]): Map<string, string[]> {
  return split(words, shardKey);
}

/**
 * Every file of the vocabulary, by name: the first-letter files (`shardKey`) and the second files
 * (`tailKey`); the names never clash, and each word is in exactly one file of each kind.
 */
export function vocabularyFiles(words: readonly string[]): Map<string, string[]> {
  return new Map([...split(words, shardKey), ...split(words, tailKey)]);
}

/** Several vocabulary files read as one, in the order given (so the first file's words rank first among equals). */
export function joinVocabularies(parts: readonly Vocabulary[]): Vocabulary {
  return parseVocabulary(parts.flatMap((p) => p.words).join('\n'));
}
