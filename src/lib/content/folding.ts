/**
 * How a name or a text is folded for comparison: Unicode compatibility decomposition with the marks
 * stripped, curly apostrophes and hyphen look-alikes made plain, so that "Sanchez" finds "Sánchez" and
 * "Tokayev’s" finds "Tokayev"; offsets are kept so that a match maps back to the original text. The
 * matchers (`matching.ts`), the registry's checks (`registry-checks.ts`), search and the highlighter
 * all fold through this module, so a spelling means the same thing everywhere.
 *
 * Browser-safe: no Node imports, so the highlighter can use the same folding.
 */

/**
 * Strips diacritics: NFKD plus removing `\p{M}` is Unicode's own table of "the same letter
 * without accents"; a hand-written table would miss letters the sources have not used yet.
 */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

export interface Folded {
  readonly folded: string;
  /**
   * For each UTF-16 unit of `folded`, the offsets of the original character it came from. Read them
   * by index only: for ASCII text they are shared identity arrays, longer than the text.
   */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Whether a text is printable ASCII, tabs and line breaks only. (Other control characters take the
 * general path, which folds them to themselves too.)
 */
function isAscii(text: string): boolean {
  return !/[^\t\n\r -~]/.test(text);
}
const identityStarts: number[] = [];
const identityEnds: number[] = [];

/** Offsets that map each unit to itself, for at least `length` units. */
function identity(length: number): { starts: readonly number[]; ends: readonly number[] } {
  for (let i = identityStarts.length; i < length; i++) {
    identityStarts.push(i);
    identityEnds.push(i + 1);
  }
  return { starts: identityStarts, ends: identityEnds };
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/u;
const HYPHENS = /[\u2010\u2011\u2012\u2013]/u;

/** Folds a text for matching while remembering where each folded unit came from. */
export function foldText(text: string): Folded {
  // ASCII folds to itself, unit for unit: the offsets are the identity, shared rather than built
  // again for every paragraph (most of the archive's text is ASCII).
  if (isAscii(text)) return { folded: text, ...identity(text.length) };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    let f: string;
    // ASCII folds to itself (no accents, and the apostrophes and hyphens above are not ASCII): most
    // of a text takes this path, which spares a normalisation per character on every paragraph.
    if (char.charCodeAt(0) < 0x80) f = char;
    else if (APOSTROPHES.test(char)) f = "'";
    else if (HYPHENS.test(char)) f = '-';
    else f = stripAccents(char);
    const end = offset + char.length;
    // A lone combining mark folds to nothing; it belongs to the letter before it.
    if (f === '' && ends.length > 0) {
      for (let i = ends.length - 1; i >= 0 && ends[i] === offset; i--) ends[i] = end;
    }
    for (let i = 0; i < f.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    folded += f;
    offset = end;
  }
  return { folded, starts, ends };
}

/** An all-capital spelling (US, U.S., CSTO) is an acronym: matching it without case would find "us". */
export function isAcronym(spelling: string): boolean {
  const letters = spelling.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(spelling);
}

/** The key two spellings share when they may match the same words. */
export function keyOf(folded: string, acronym: boolean): string {
  const k = folded.replace(/[-\s]+/g, ' ').trim();
  return acronym ? k : k.toLowerCase();
}

/** A folded spelling's key, with its kind: acronyms and words never match each other. */
export function matchKey(folded: string): string {
  const acronym = isAcronym(folded);
  return (acronym ? 'A:' : 'w:') + keyOf(folded, acronym);
}

/** A whole word's boundaries in a regular expression: no letter or digit on either side. */
export const BEFORE = '(?<![\\p{L}\\p{N}])';
export const AFTER = '(?![\\p{L}\\p{N}])';

/** Anything written with a canonical name and other spellings. */
export interface NameAndSpellings {
  readonly name: string;
  readonly spellings: readonly string[];
}

/**
 * Folds one word or name for comparison: case, diacritics (Kasym-Žomart = Kasym-Zomart), typographic
 * apostrophes and the punctuation that clings to words in running text, and a possessive. Hyphens
 * stay, because "Alma-Ata" is one word in the text as in the registry.
 */
export function foldWord(word: string): string {
  return foldText(word)
    .folded.replace(/`/g, "'")
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/'s$/, '');
}

/** A name as the list of folded words it is written with in running text. */
export function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map(foldWord)
    .filter((w) => w !== '');
}

/**
 * Every way an entry is written, canonical name first, without repeats that differ only in case
 * or diacritics: the set a search for any one of them must reach.
 */
export function nameVariants(entry: NameAndSpellings): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of [entry.name, ...entry.spellings]) {
    const key = nameWords(n).join(' ');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(n.trim());
  }
  return out;
}

/** The letters of the registry's names, folded: words that are never debris, however odd they look. */
export function registryWords(entries: readonly NameAndSpellings[]): Set<string> {
  const words = new Set<string>();
  for (const e of entries) for (const s of [e.name, ...e.spellings]) for (const w of foldWord(s).match(/\p{L}+/gu) ?? []) words.add(w);
  return words;
}
