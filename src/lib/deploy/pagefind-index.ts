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

/** Orders strings by their UTF-8 bytes, as Rust orders `String`s (code points, unlike `<` on UTF-16). */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
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

/** A part's words as the merge reads them: in byte order, its page numbers from `offset`. */
export interface WordSource {
  /** The part's words, in the order of their UTF-8 bytes (as its chunks hold them). */
  readonly words: Iterable<PackedWord>;
  /** The number of the part's first page in the merged index: the pages of the parts before it. */
  readonly offset: number;
  /** The merged index's number of each of the part's result fields, by the part's own number. */
  readonly fields: readonly number[];
}

/** `metaLocs` with each field number (`-(n + 1)`) renumbered by `fields`. */
function renumberFields(metaLocs: readonly number[], fields: readonly number[]): readonly number[] {
  return metaLocs.map((n) => (n < 0 ? -((fields[-n - 1] ?? Number.NaN) + 1) : n));
}

/** A part as its pages are appended: where its page numbers start, and its field positions renumbered. */
interface Renumbering {
  readonly offset: number;
  readonly fields: (metaLocs: readonly number[]) => readonly number[];
}

/** How a source's pages are renumbered; its fields are left alone when they keep their numbers. */
function renumberingOf({ offset, fields }: WordSource): Renumbering {
  const same = fields.every((n, i) => n === i);
  return { offset, fields: same ? (metaLocs) => metaLocs : (metaLocs) => renumberFields(metaLocs, fields) };
}

/**
 * Appends a part's page list (numbers as differences, the first in full) to `into`, renumbered;
 * `last` is the full number of the last page in `into`.
 */
function appendPages(into: PackedPage[], last: { page: number }, pages: readonly PackedPage[], part: Renumbering): void {
  let own = 0;
  for (const [delta, locs, metaLocs] of pages) {
    own += delta;
    const page = own + part.offset;
    into.push([into.length === 0 ? page : page - last.page, locs, part.fields(metaLocs)]);
    last.page = page;
  }
}

/** One word's entries from several parts (in part order) as one entry. */
function mergeWord(word: string, entries: ReadonlyArray<readonly [PackedWord, Renumbering]>): PackedWord {
  const pages: PackedPage[] = [];
  const last = { page: 0 };
  const variants = new Map<string, { pages: PackedPage[]; last: { page: number } }>();
  for (const [[, ownPages, ownVariants], part] of entries) {
    appendPages(pages, last, ownPages, part);
    for (const [variant, variantPages] of ownVariants) {
      let merged = variants.get(variant);
      if (merged === undefined) {
        merged = { pages: [], last: { page: 0 } };
        variants.set(variant, merged);
      }
      appendPages(merged.pages, merged.last, variantPages, part);
    }
  }
  return [word, pages, [...variants].map(([variant, v]) => [variant, v.pages] as const)];
}

/**
 * The parts' words as one index's, in byte order: a word in several parts has its pages (and each
 * variant's) in part order, renumbered from each part's `offset`, so in page order as Pagefind lists
 * them. Parts are read one word at a time: only a word of each part is held.
 */
export function* mergeWords(sources: readonly WordSource[]): Generator<PackedWord> {
  const cursors = sources.map((source, part) => ({
    part,
    renumbering: renumberingOf(source),
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

/** A part's filter files' contents, with the number of its first page in the merged index. */
export interface FilterSource {
  readonly filters: readonly PackedFilter[];
  readonly offset: number;
}

/** The parts' filters as one index's: each value's pages in part order, renumbered from each part's offset. */
export function mergeFilters(sources: readonly FilterSource[]): PackedFilter[] {
  const merged = new Map<string, Map<string, number[]>>();
  for (const { filters, offset } of sources) {
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
        for (const page of pages) list.push(page + offset);
      }
    }
  }
  return [...merged].map(([filter, values]) => [filter, [...values]] as const);
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
