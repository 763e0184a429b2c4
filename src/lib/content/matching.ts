/**
 * The only matcher of registry names in texts. Mentions (`mentions.ts`), the search index's spelling
 * blocks (`../search/variants.ts`), the search result hits (`../search/hits.ts`), the article
 * highlighter (`../search/highlight.ts`) and the draft generator's proposals
 * (`scripts/authoring/draft.ts`) all use it, on texts folded by `folding.ts`.
 *
 * Rules, each tested in `registry.test.ts`:
 * - whole words only: "Putin" does not match "Putinism", "Kazakh" does not match "Kazakhstan";
 *   a possessive ('s or ’s) still matches, and so does a word after a hyphen ("pro-Kiev");
 * - a hyphen or space inside a spelling matches a hyphen or white space in the text;
 * - case is ignored, except for all-capital spellings (US, CSTO, NATO, U.S.), which match only in
 *   capitals so that "us" is never the United States;
 * - leftmost-longest: "Alyaksandr Lukashenka" is one mention, and "Carnegie Moscow Center" is
 *   not also a mention of Moscow;
 * - one spelling names one entry: two entries claiming it is an error naming both files and lines.
 *
 * Browser-safe: no Node imports.
 */
import { AFTER, BEFORE, foldText, isAcronym, keyOf } from './folding.ts';

/** Anything with a name and other spellings: an actor or a place. */
export interface RegistryEntry {
  /** Unique within one matcher; callers combining registries prefix it (see {@link registryKey}). */
  readonly id: string;
  readonly name: string;
  readonly spellings: readonly string[];
}

/** One place where a text names a registry entry. */
export interface Mention {
  readonly id: string;
  /** The registry spelling (or the canonical name) that matched. */
  readonly spelling: string;
  /** The words as they stand in the text. */
  readonly text: string;
  /** Offsets in the original text, `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
}

/** A compiled matcher: build once per registry, run on every text. */
export type Matcher = (text: string) => readonly Mention[];
function patternOf(folded: string): string {
  return folded
    .trim()
    .split(/[-\s]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[-\\s]+');
}

/** Who a spelling names, and the spelling as registered. */
interface Owner {
  readonly id: string;
  readonly spelling: string;
}

/** A match in the folded text, before it is mapped back to the original. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly owner: Owner;
}

/** The registry's spellings, folded, each with its owner; duplicates refused (see compileMatcher). */
function ownedSpellings(entries: readonly RegistryEntry[]): { words: Array<[string, Owner]>; acronyms: Array<[string, Owner]> } {
  const owners = new Map<string, Owner>();
  const words: Array<[string, Owner]> = [];
  const acronyms: Array<[string, Owner]> = [];
  for (const entry of entries) {
    for (const spelling of new Set([entry.name, ...entry.spellings])) {
      const folded = foldText(spelling).folded;
      const acronym = isAcronym(folded);
      const key = keyOf(folded, acronym);
      if (key === '') throw new Error(`registry entry "${entry.id}": the spelling "${spelling}" has no letters to match`);
      const owner = owners.get((acronym ? 'A:' : 'w:') + key);
      if (owner !== undefined) {
        if (owner.id === entry.id) continue;
        throw new Error(
          `registry entries "${owner.id}" and "${entry.id}" both claim the spelling "${spelling}"; ` +
            'expected each spelling to name one entry',
        );
      }
      const own = { id: entry.id, spelling };
      owners.set((acronym ? 'A:' : 'w:') + key, own);
      (acronym ? acronyms : words).push([folded, own]);
    }
  }
  // The order of preference where two spellings match at the same place: the longer first.
  const order = (a: [string, Owner], b: [string, Owner]) => b[0].length - a[0].length || a[0].localeCompare(b[0]);
  return { words: words.sort(order), acronyms: acronyms.sort(order) };
}

/** Leftmost-longest across words and acronyms, mapped back to the original text's offsets. */
function resolve(found: Found[], text: string, starts: readonly number[], ends: readonly number[]): Mention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  let reached = 0;
  for (const f of found) {
    if (f.start < reached) continue;
    reached = f.end;
    const start = starts[f.start] ?? 0;
    const end = ends[f.end - 1] ?? start;
    mentions.push({ id: f.owner.id, spelling: f.owner.spelling, text: text.slice(start, end), start, end });
  }
  return mentions;
}

/**
 * The registry as two regular expressions (case-insensitive words, case-sensitive acronyms), each
 * an alternation of every spelling, longest first, between letter-or-digit boundaries, with any run
 * of hyphens and spaces between a spelling's words. This is the definition of what a mention is;
 * compileMatcher finds the same mentions without the expressions (registry.test.ts runs both over
 * the archive), and falls back to this for a registry its word index cannot hold.
 */
export function compileMatcherByExpression(entries: readonly RegistryEntry[]): Matcher {
  const { words, acronyms } = ownedSpellings(entries);
  const build = (list: Array<[string, Owner]>, flags: string) =>
    list.length === 0 ? undefined : new RegExp(`${BEFORE}(?:${list.map(([f]) => patternOf(f)).join('|')})${AFTER}`, flags);
  const byKey = (list: Array<[string, Owner]>, acronym: boolean) => new Map(list.map(([f, owner]) => [keyOf(f, acronym), owner]));
  const expressions = [
    { re: build(words, 'giu'), owners: byKey(words, false), acronym: false },
    { re: build(acronyms, 'gu'), owners: byKey(acronyms, true), acronym: true },
  ];
  return (text: string): Mention[] => {
    const { folded, starts, ends } = foldText(text);
    const found: Found[] = [];
    for (const { re, owners, acronym } of expressions) {
      if (re === undefined) continue;
      for (const m of folded.matchAll(re)) {
        const owner = owners.get(keyOf(m[0], acronym));
        if (owner !== undefined) found.push({ start: m.index, end: m.index + m[0].length, owner });
      }
    }
    return resolve(found, text, starts, ends);
  };
}

/** A spelling cut into its words, for the word index. */
interface Candidate {
  readonly parts: readonly string[];
  readonly owner: Owner;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
/** `[-\s]` of a regular expression: the hyphen and JavaScript's white space, all in the BMP. */
const SEPARATOR = /[-\s]/;

function isSeparator(text: string, i: number): boolean {
  return SEPARATOR.test(text[i] ?? '');
}

function letterOrDigitAt(text: string, i: number): boolean {
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text);
}

/** Where the spelling cut into `parts` ends when it starts at `i` in `text`, or -1. */
function matchAt(text: string, i: number, parts: readonly string[]): number {
  let pos = i;
  for (const [j, part] of parts.entries()) {
    if (j > 0) {
      const from = pos;
      while (pos < text.length && isSeparator(text, pos)) pos += 1;
      if (pos === from) return -1;
    }
    if (!text.startsWith(part, pos)) return -1;
    pos += part.length;
  }
  return pos < text.length && letterOrDigitAt(text, pos) ? -1 : pos;
}

/**
 * The spellings indexed by the first run of letters and digits of their first word, or undefined
 * when a spelling does not start with a letter or digit (the expressions handle those).
 */
function wordIndex(list: Array<[string, Owner]>, lower: boolean): Map<string, Candidate[]> | undefined {
  const index = new Map<string, Candidate[]>();
  for (const [folded, owner] of list) {
    const parts = folded
      .trim()
      .split(/[-\s]+/)
      .map((p) => (lower ? p.toLowerCase() : p));
    const first = FIRST_WORD.exec(parts[0] ?? '');
    if (first === null || parts.some((p) => p === '')) return undefined;
    const bucket = index.get(first[0]) ?? index.set(first[0], []).get(first[0]);
    bucket?.push({ parts, owner });
  }
  return index;
}

/** Every match of the index in `text`, scanning left to right as a global expression does. */
function scan(index: Map<string, Candidate[]>, text: string, found: Found[]): void {
  let reached = 0;
  for (const m of text.matchAll(WORD_START)) {
    if (m.index < reached) continue;
    const candidates = index.get(m[0]);
    if (candidates === undefined) continue;
    for (const c of candidates) {
      const end = matchAt(text, m.index, c.parts);
      if (end < 0) continue;
      found.push({ start: m.index, end, owner: c.owner });
      reached = end;
      break;
    }
  }
}

/**
 * Compiles the registry into a matcher: the same mentions as {@link compileMatcherByExpression},
 * found through an index of the spellings' first words, so each word of a text is looked up once
 * whatever the size of the registry, where the expressions try every spelling at every word
 * (bench/README.md). Two
 * entries claiming the same spelling is an editorial error that would silently credit one of them,
 * so it throws, naming both.
 */
export function compileMatcher(entries: readonly RegistryEntry[]): Matcher {
  const index = firstWordIndex(entries);
  if (index === undefined) return compileMatcherByExpression(entries);
  return (text: string): Mention[] => {
    const { folded, starts, ends } = foldText(text);
    // Case-insensitive comparison on the lower-cased text, which keeps the folded text's offsets: no
    // character, once folded (NFKD, marks removed), changes length when lower-cased (checked over
    // every code point; U+0130, the one that would, folds to I first).
    const found: Found[] = [];
    scan(index.words, folded.toLowerCase(), found);
    scan(index.acronyms, folded, found);
    return resolve(found, text, starts, ends);
  };
}

/** The registry's word index for compileMatcher, or undefined when a spelling cannot be indexed. */
function firstWordIndex(
  entries: readonly RegistryEntry[],
): { words: Map<string, Candidate[]>; acronyms: Map<string, Candidate[]> } | undefined {
  const { words, acronyms } = ownedSpellings(entries);
  const byWords = wordIndex(words, true);
  const byAcronyms = wordIndex(acronyms, false);
  return byWords === undefined || byAcronyms === undefined ? undefined : { words: byWords, acronyms: byAcronyms };
}

/** Whether compileMatcher can index every spelling by its first word (each starts with a letter or digit). */
export function indexable(entries: readonly RegistryEntry[]): boolean {
  return firstWordIndex(entries) !== undefined;
}

/** One-off convenience for tests and small scripts; pages should compile once and reuse. */
export function findMentions(entries: readonly RegistryEntry[], text: string): readonly Mention[] {
  return compileMatcher(entries)(text);
}

/**
 * The [start, end) ranges where any of `terms` stands as a whole word in `text`, matched on the
 * folded text (case and diacritics ignored), for the highlighter. The terms are compared, never
 * parsed as patterns.
 */
export function termRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const folded = terms.map((t) => foldText(t).folded.trim()).filter((t) => t !== '');
  if (folded.length === 0) return [];
  const { folded: haystack, starts, ends } = foldText(text);
  const alternatives = [...new Set(folded)].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'giu');
  return [...haystack.matchAll(re)].map((m) => [starts[m.index] ?? 0, ends[m.index + m[0].length - 1] ?? 0]);
}
