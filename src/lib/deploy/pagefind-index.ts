/**
 * Pagefind 1.5's word and filter files, read and merged: the archive indexes its pages in parts, one
 * Pagefind process after the other, and merges the parts' indexes into the one index Pagefind would
 * have written for all the pages at once (src/postbuild/search-parts.ts). Pagefind's memory grows
 * with the pages of one index (about 350 KB an article page, bench/README.md), so a part's process
 * needs a fraction of what one index of the whole archive needs.
 *
 * Pagefind has no build-time merge of its own (`mergeIndex` merges in the browser, at one more index
 * chunk loaded per part and query), hence this module. The layout is what Pagefind 1.5.2 writes, read
 * from its output and checked against it (tests/build/search-parts.build.ts indexes the built site
 * both ways and compares): a word chunk (`index/<hash>.pf_index`) is `[words]`, sorted by their UTF-8
 * bytes; a word is `[word, pages, variants]`, its variants (the same word with diacritics, Pagefind
 * 1.5's `diacritics` support) `[variant, pages]`; a page is `[page number, word positions, positions in
 * result fields]`, the page number written as the difference from the one before in the list (the
 * first as it is). Positions in result fields start with the field's number in the metadata's list of
 * field names, written `-(number + 1)`. A filter file (`filter/<hash>.pf_filter`) is
 * `[filter, [[value, page numbers]]]`, page numbers in full. Files are named by the SHA-1 of their
 * CBOR (`fullHash`).
 */
import { createHash } from 'node:crypto';
import { decodeItem, encodeItem } from './pagefind-cbor.ts';
import type { PagefindMeta } from './pagefind-meta.ts';

/** A page in a word's list: `[page number or difference, word positions, positions in result fields]`. */
export type PackedPage = readonly [page: number, locs: readonly number[], metaLocs: readonly number[]];
/** A word's spelling with diacritics and the pages that have it. */
export type PackedVariant = readonly [variant: string, pages: readonly PackedPage[]];
/** A word of the index: its pages and its variants. */
export type PackedWord = readonly [word: string, pages: readonly PackedPage[], variants: readonly PackedVariant[]];
/** A filter's file: its name and each value's page numbers. */
export type PackedFilter = readonly [filter: string, values: ReadonlyArray<readonly [value: string, pages: readonly number[]]>];

/**
 * How big a word chunk grows before the next word starts a new one, in Pagefind's unit: each page of
 * each word counts its word positions, its result-field positions and one. Pagefind 1.5.2's own
 * `chunk_index` constant; its variants' pages do not count (measured: all 507 chunks of the
 * 10,000-article bench index end where this rule ends them, and 501 where counting variants would).
 */
export const CHUNK_SIZE = 20_000;

/** The number of hex digits Pagefind's chunk and filter names keep after `<language>_`. */
const SHORT_HASH = 7;

/**
 * Pagefind's `full_hash`: SHA-1 in hex, each byte without its leading zero (Rust's `{:x?}` on a `u8`),
 * so it is not `digest('hex')`; Pagefind names every file by it and the names must be its own.
 */
export function fullHash(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of createHash('sha1').update(bytes).digest()) hex += byte.toString(16);
  return hex;
}

/**
 * A word chunk's or filter's file name (without extension): `<language>_` and the first seven digits
 * of its hash, two more digits at a time while `taken` has the name (Pagefind's `build_indexes`).
 */
export function chunkName(language: string, bytes: Uint8Array, taken: ReadonlySet<string>): string {
  const full = `${language}_${fullHash(bytes)}`;
  let length = language.length + 1 + SHORT_HASH;
  while (taken.has(full.slice(0, length)) && length < full.length) length += 2;
  return full.slice(0, length);
}

/** The metadata file's name: `<language>_` and the first ten digits of its hash. */
export const metaName = (language: string, bytes: Uint8Array) => `${language}_${fullHash(bytes).slice(0, 10)}`;

/** A UTF-16 code unit's place in code point order: surrogates (U+D800–DFFF) after U+E000–U+FFFF. */
const unitRank = (unit: number): number => (unit < 0xd800 ? unit : unit >= 0xe000 ? unit - 0x800 : unit + 0x2000);

/**
 * Orders strings by their UTF-8 bytes, as Rust orders `String`s: by code points, which `<` on UTF-16
 * does not follow where a surrogate pair (a code point above U+FFFF) meets U+E000–U+FFFF. It compares
 * code units in place, as the bytes would compare, making no buffer: the merge compares each word
 * with every part's next one, millions of times at 10,000 articles.
 */
export function byBytes(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) - unitRank(y);
  }
  return a.length - b.length;
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isInts = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n));
const isPage = (x: unknown): boolean => Array.isArray(x) && x.length === 3 && isCount(x[0]) && isInts(x[1]) && isInts(x[2]);
const isPages = (x: unknown): boolean => Array.isArray(x) && x.every(isPage);
/** `[text, second]`, the shape of a variant, a filter value and a filter. */
const isNamed = (x: unknown, second: (y: unknown) => boolean): boolean =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && second(x[1]);
const isListOf = (x: unknown, item: (y: unknown) => boolean): boolean => Array.isArray(x) && x.every(item);

/** Decodes CBOR, naming `file` and what was expected when it is not Pagefind's layout. */
function decodeAs<T>(body: Uint8Array, file: string, what: string, ok: (data: unknown) => boolean): T {
  const data = decodeItem(body, file);
  if (!ok(data)) throw new Error(`Pagefind ${file}: expected ${what}; was Pagefind's index layout changed?`);
  return data as T;
}

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

/** A filter file's contents, from its CBOR (without Pagefind's prefix); throws naming `file`. */
export function readFilter(body: Uint8Array, file: string): PackedFilter {
  return decodeAs<PackedFilter>(body, file, '[filter, [[value, page numbers], …]]', (d) =>
    isNamed(d, (values) => isListOf(values, (v) => isNamed(v, (pages) => isListOf(pages, isCount)))),
  );
}

/** A word chunk's CBOR. */
export const writeWords = (words: readonly PackedWord[]): Uint8Array => encodeItem([words]);
/** A filter file's CBOR. */
export const writeFilter = (filter: PackedFilter): Uint8Array => encodeItem(filter);

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

/** A part's filter files' contents, with the merged number of each of its pages. */
export interface FilterSource {
  readonly filters: readonly PackedFilter[];
  /** The merged index's number of each of the part's pages, by the part's own number. */
  readonly pages: ArrayLike<number>;
}

/**
 * The parts' filters as one index's: each value's pages renumbered by each part's `pages`, in page
 * order; the filters and each filter's values in byte order. Pagefind writes a filter's values in the
 * order of a Rust `HashMap`, which changes from one run to the next: in the order of the parts, two
 * builds of the same pages gave filter files of other bytes and names (and the index's metadata
 * another hash), so a deployment uploaded them again.
 */
export function mergeFilters(sources: readonly FilterSource[]): PackedFilter[] {
  const merged = new Map<string, Map<string, number[]>>();
  for (const [part, { filters, pages: numbers }] of sources.entries()) {
    for (const [filter, values] of filters) {
      let byValue = merged.get(filter);
      if (byValue === undefined) {
        byValue = new Map();
        merged.set(filter, byValue);
      }
      for (const [value, pages] of values) {
        let list = byValue.get(value);
        if (list === undefined) {
          list = [];
          byValue.set(value, list);
        }
        for (const page of pages) {
          const number = numbers[page];
          if (number === undefined)
            throw new Error(`Pagefind part ${part}: filter ${filter} lists page ${page}, which the part does not have`);
          list.push(number);
        }
      }
    }
  }
  const inByteOrder = <T>(entries: Iterable<readonly [string, T]>) => [...entries].sort(([a], [b]) => byBytes(a, b));
  return inByteOrder(merged).map(
    ([filter, values]) => [filter, inByteOrder(values).map(([value, pages]) => [value, pages.sort((a, b) => a - b)] as const)] as const,
  );
}

/**
 * The result fields of all parts, in byte order (as each part's metadata lists its own), and each
 * part's field numbers in that list.
 */
export function mergeFields(parts: ReadonlyArray<readonly string[]>): { fields: string[]; renumbered: number[][] } {
  const fields = [...new Set(parts.flat())].sort(byBytes);
  return { fields, renumbered: parts.map((own) => own.map((f) => fields.indexOf(f))) };
}

/** Checks that parts' metadata can be merged: one Pagefind version, no sort orders. Throws naming the part. */
export function checkMergeable(metas: readonly PagefindMeta[]): void {
  const version = metas[0]?.version;
  metas.forEach((meta, part) => {
    if (meta.version !== version) throw new Error(`Pagefind part ${part}: written by Pagefind ${meta.version}, part 0 by ${version}`);
    if (meta.sorts.length > 0) {
      throw new Error(
        `Pagefind part ${part}: has sort orders (${meta.sorts.map(([k]) => k).join(', ')}), which the merge does not renumber`,
      );
    }
  });
}
