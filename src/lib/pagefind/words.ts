/**
 * Pagefind 1.5's word chunks, read, merged and cut: the archive indexes its pages in parts, each by a
 * Pagefind process of its own, and merges the parts' indexes into the one index Pagefind would have
 * written for all the pages at once (merge.ts). Pagefind holds one index's pages in memory, so a part's
 * process needs a fraction of what one index of the whole archive needs.
 *
 * Pagefind has no build-time merge of its own (`mergeIndex` merges in the browser, at one more index
 * chunk loaded per part and query), hence this module. The layout is what the Pagefind versions in
 * version.ts write, read from their output and checked against it (tests/build/search-parts.build.ts
 * indexes the built site both ways and compares): a word chunk (`index/<hash>.pf_index`) is `[words]`,
 * sorted by their UTF-8 bytes (names.ts, `byBytes`); a word is `[word, pages, variants]`, its variants
 * (the same word with diacritics, Pagefind 1.5's `diacritics` support) `[variant, pages]`; a page is
 * `[page number, word positions, positions in result fields]`, the page number written as the
 * difference from the one before in the list (the first as it is). Positions in result fields start
 * with the field's number in the metadata's list of field names, written `-(number + 1)`. Filter
 * files are filters.ts's; files are named by the SHA-1 of their CBOR (names.ts).
 */
import { decodeAs, encodeItem, isCount, isListOf, isNamed } from './cbor.ts';
import { byBytes } from './names.ts';
/** A page in a word's list: `[page number or difference, word positions, positions in result fields]`. */
export type PackedPage = readonly [page: number, locs: readonly number[], metaLocs: readonly number[]];
/** A word's spelling with diacritics and the pages that have it. */
export type PackedVariant = readonly [variant: string, pages: readonly PackedPage[]];
/** A word of the index: its pages and its variants. */
export type PackedWord = readonly [word: string, pages: readonly PackedPage[], variants: readonly PackedVariant[]];

/**
 * How big a word chunk grows before the next word starts a new one, in Pagefind's unit: each page of
 * each word counts its word positions, its result-field positions and one. Pagefind's own
 * `chunk_index` constant; its variants' pages do not count (checked on the bench's index, whose
 * chunks all end where this rule ends them: bench/README.md).
 */
export const CHUNK_SIZE = 20_000;

const isInts = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n));
const isPage = (x: unknown): boolean => Array.isArray(x) && x.length === 3 && isCount(x[0]) && isInts(x[1]) && isInts(x[2]);
const isPages = (x: unknown): boolean => Array.isArray(x) && x.every(isPage);

/** A word chunk's words, from its CBOR (without Pagefind's prefix); throws naming `file`. */
export function readWords(body: Uint8Array, file: string): PackedWord[] {
  const [words] = decodeAs<[PackedWord[]]>(
    body,
    file,
    '[[word, pages, variants], …] with pages as [page, positions, field positions]',
    (d) =>
      Array.isArray(d) &&
      d.length === 1 &&
      isListOf(
        d[0],
        (w) =>
          Array.isArray(w) && w.length === 3 && typeof w[0] === 'string' && isPages(w[1]) && isListOf(w[2], (v) => isNamed(v, isPages)),
      ),
  );
  return words;
}

/** A word chunk's CBOR. */
export const writeWords = (words: readonly PackedWord[]): Uint8Array => encodeItem([words]);

/** A part's words as the merge reads them: in byte order, with the merged number of each of its pages. */
export interface WordSource {
  /** The part's words, in the order of their UTF-8 bytes (as its chunks hold them). */
  readonly words: Iterable<PackedWord>;
  /** The merged index's number of each of the part's pages, by the part's own number. */
  readonly pages: ArrayLike<number>;
  /** The merged index's number of each of the part's result fields, by the part's own number. */
  readonly fields: readonly number[];
}

/** `metaLocs` with each field number (`-(n + 1)`) renumbered by `fields`. */
function renumberFields(metaLocs: readonly number[], fields: readonly number[]): readonly number[] {
  return metaLocs.map((n) => (n < 0 ? -((fields[-n - 1] ?? Number.NaN) + 1) : n));
}

/** A part as its pages are renumbered: each page's merged number, and its field positions renumbered. */
interface Renumbering {
  readonly part: number;
  readonly pages: ArrayLike<number>;
  readonly fields: (metaLocs: readonly number[]) => readonly number[];
}

/** How a source's pages are renumbered; its fields are left alone when they keep their numbers. */
function renumberingOf({ pages, fields }: WordSource, part: number): Renumbering {
  const same = fields.every((n, i) => n === i);
  return { part, pages, fields: same ? (metaLocs) => metaLocs : (metaLocs) => renumberFields(metaLocs, fields) };
}

/** A page of a merged list, numbered in full until the list is written. */
type FullPage = [page: number, locs: readonly number[], metaLocs: readonly number[]];

/** Adds a part's page list (numbers as differences, the first in full) to `into`, renumbered in full. */
function addPages(into: FullPage[], pages: readonly PackedPage[], part: Renumbering): void {
  let own = 0;
  for (const [delta, locs, metaLocs] of pages) {
    own += delta;
    const page = part.pages[own];
    if (page === undefined) throw new Error(`Pagefind part ${part.part}: a word lists page ${own}, which the part does not have`);
    into.push([page, locs, part.fields(metaLocs)]);
  }
}

/**
 * A merged page list as Pagefind writes it: in page order, each number the difference from the one
 * before (the first in full). A part's list is in its own order, which is not the merged one (the
 * merge numbers pages by URL, Pagefind in the order it found the files): the list is sorted unless it
 * is in order already, and its pages are rewritten in place.
 */
function packPages(pages: FullPage[]): PackedPage[] {
  let ordered = true;
  for (let i = 1; i < pages.length && ordered; i++) ordered = (pages[i - 1] as FullPage)[0] < (pages[i] as FullPage)[0];
  if (!ordered) pages.sort((a, b) => a[0] - b[0]);
  let last = 0;
  for (let i = 0; i < pages.length; i++) {
    const entry = pages[i] as FullPage;
    const page = entry[0];
    if (i > 0 && page === last) throw new Error(`Pagefind merge: page ${page} is listed twice under one word`);
    entry[0] = i === 0 ? page : page - last;
    last = page;
  }
  return pages;
}

/** One word's entries from several parts as one entry. */
function mergeWord(word: string, entries: ReadonlyArray<readonly [PackedWord, Renumbering]>): PackedWord {
  const pages: FullPage[] = [];
  const variants = new Map<string, FullPage[]>();
  for (const [[, ownPages, ownVariants], part] of entries) {
    addPages(pages, ownPages, part);
    for (const [variant, variantPages] of ownVariants) {
      let merged = variants.get(variant);
      if (merged === undefined) {
        merged = [];
        variants.set(variant, merged);
      }
      addPages(merged, variantPages, part);
    }
  }
  return [word, packPages(pages), [...variants].map(([variant, v]) => [variant, packPages(v)] as const)];
}

/**
 * The parts' words as one index's, in byte order: a word in several parts has its pages (and each
 * variant's) renumbered by each part's `pages`, in page order as Pagefind lists them. Parts are read
 * one word at a time: only a word of each part is held.
 */
export function* mergeWords(sources: readonly WordSource[]): Generator<PackedWord> {
  const cursors = sources.map((source, part) => ({
    part,
    renumbering: renumberingOf(source, part),
    it: source.words[Symbol.iterator](),
    head: undefined as PackedWord | undefined,
  }));
  for (const c of cursors) c.head = c.it.next().value ?? undefined;
  for (;;) {
    let word: string | undefined;
    for (const c of cursors) if (c.head !== undefined && (word === undefined || byBytes(c.head[0], word) < 0)) word = c.head[0];
    if (word === undefined) return;
    const entries: Array<readonly [PackedWord, Renumbering]> = [];
    for (const c of cursors) {
      if (c.head?.[0] !== word) continue;
      entries.push([c.head, c.renumbering]);
      const next = c.it.next();
      c.head = next.done ? undefined : next.value;
      if (c.head !== undefined && byBytes(c.head[0], word) <= 0) {
        throw new Error(`Pagefind part ${c.part}: its words are not in order ("${c.head[0]}" after "${word}")`);
      }
    }
    yield mergeWord(word, entries);
  }
}

/** A word's weight toward its chunk's size (`CHUNK_SIZE`). */
export const wordSize = ([, pages]: PackedWord): number =>
  pages.reduce((n, [, locs, metaLocs]) => n + locs.length + metaLocs.length + 1, 0);

/** Words in order, cut into chunks as Pagefind's `chunk_index` cuts them: a chunk ends once it reaches `size`. */
export function* chunkWords(words: Iterable<PackedWord>, size = CHUNK_SIZE): Generator<PackedWord[]> {
  let chunk: PackedWord[] = [];
  let weight = 0;
  for (const word of words) {
    chunk.push(word);
    weight += wordSize(word);
    if (weight >= size) {
      yield chunk;
      chunk = [];
      weight = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * The metadata's `[from, to]` of each chunk, from each chunk's first and last word: where two chunks
 * meet, each bound is cut to one character past what the two words share (Pagefind's `chunk_meta`
 * and `get_prefixes`, by code points).
 */
export function chunkBounds(ends: ReadonlyArray<readonly [first: string, last: string]>): Array<[from: string, to: string]> {
  const bounds = ends.map(([first, last]): [string, string] => [first, last]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = Array.from((bounds[i] as [string, string])[1]);
    const b = Array.from((bounds[i + 1] as [string, string])[0]);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    (bounds[i] as [string, string])[1] = a.slice(0, common + 1).join('');
    (bounds[i + 1] as [string, string])[0] = b.slice(0, common + 1).join('');
  }
  return bounds;
}
