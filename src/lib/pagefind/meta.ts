/**
 * Pagefind's metadata file (`pagefind.<hash>.pf_meta`), read and written again with the archive's
 * result ids (src/lib/search/result-ids.ts says why): every first query loads this file, and
 * Pagefind's random hash ids are most of its bytes.
 *
 * The layout is Pagefind 1.5's (pagefind/src/index/index_metadata.rs, read back by
 * pagefind_web/src/metadata.rs): a CBOR array of the generator's version, the pages (each
 * `[fragment hash, word count]`, in page-number order, which the index chunks and filters refer to),
 * the index chunks (`[first word, last word, hash]`), the filters (`[name, hash]`), the sort
 * lists (`[key, page numbers]`) and, since 1.5, the names of the result fields
 * (`data-pagefind-meta`). Only the pages' hashes change: page numbers, word counts, chunks
 * and filters stay as Pagefind wrote them. `readMeta` checks the shape and that CBOR writes the file
 * back byte for byte, so a Pagefind release that changed the layout stops the build here instead of
 * shipping an index its own WebAssembly cannot read.
 */
import { decode, encode } from 'cbor2';
import { resultId } from '../search/result-ids.ts';

/** Pagefind's metadata, field by field. */
export interface PagefindMeta {
  /** Pagefind's version that wrote it (`1.5.2`). */
  readonly version: string;
  /** Every page, by page number: its fragment's name (without `.pf_fragment`) and its word count. */
  readonly pages: ReadonlyArray<readonly [hash: string, wordCount: number]>;
  /** Which index chunk holds which words: `[first word, last word, chunk hash]`. */
  readonly chunks: ReadonlyArray<readonly [from: string, to: string, hash: string]>;
  /** Each filter's file: `[filter name, hash]`. */
  readonly filters: ReadonlyArray<readonly [name: string, hash: string]>;
  /** Each sort key's page numbers in order (the archive writes none: src/lib/search/dates.ts). */
  readonly sorts: ReadonlyArray<readonly [key: string, pages: readonly number[]]>;
  /** The names of the pages' result fields (`title`, `date`, …). */
  readonly metaFields: readonly string[];
}

/** The prefix Pagefind writes before the CBOR of every file, once gunzipped (pagefind/src/output). */
export const PAGEFIND_MARK = 'pagefind_dcd';

const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const rowsOf = (x: unknown, ...cells: Array<(c: unknown) => boolean>) =>
  Array.isArray(x) && x.every((row) => Array.isArray(row) && row.length === cells.length && cells.every((ok, i) => ok(row[i])));

/**
 * Reads a metadata file's bytes, gunzipped, with or without Pagefind's prefix; throws naming `file`
 * and what was expected when they are not Pagefind 1.5's layout.
 */
export function readMeta(bytes: Uint8Array, file: string): PagefindMeta {
  const mark = new TextEncoder().encode(PAGEFIND_MARK);
  const body = mark.every((b, i) => bytes[i] === b) ? bytes.subarray(mark.length) : bytes;
  const fail = (what: string): never => {
    throw new Error(`Pagefind metadata ${file}: expected ${what}; was Pagefind's index layout changed?`);
  };
  let data: unknown;
  try {
    data = decode(body);
  } catch (error) {
    fail(`CBOR (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(data) || data.length !== 6) fail('an array of 6 fields (version, pages, chunks, filters, sorts, result fields)');
  const [version, pages, chunks, filters, sorts, metaFields] = data as unknown[];
  if (!isString(version)) fail('a version string first');
  if (!rowsOf(pages, isString, isCount)) fail('pages as [hash, word count] pairs');
  if (!rowsOf(chunks, isString, isString, isString)) fail('index chunks as [from, to, hash]');
  if (!rowsOf(filters, isString, isString)) fail('filters as [name, hash]');
  if (!rowsOf(sorts, isString, (p) => Array.isArray(p) && p.every(isCount))) fail('sorts as [key, page numbers]');
  if (!Array.isArray(metaFields) || !metaFields.every(isString)) fail('the result fields as a list of names');
  const meta = { version, pages, chunks, filters, sorts, metaFields } as PagefindMeta;
  const again = writeMeta(meta);
  if (again.length !== body.length || !again.every((b, i) => b === body[i])) fail('a file CBOR writes back unchanged');
  return meta;
}

/** The metadata's CBOR, without Pagefind's prefix. */
export function writeMeta(meta: PagefindMeta): Uint8Array {
  return encode([meta.version, meta.pages, meta.chunks, meta.filters, meta.sorts, meta.metaFields]);
}

/**
 * The metadata with every page named by its result id in `build` (resultId), and the fragments'
 * new names by their old. Pages Pagefind found identical share one fragment, and keep sharing it
 * under the id of the first of them. `tagged(hash)` says whether a fragment's page has a `type` tag.
 */
export function withResultIds(
  meta: PagefindMeta,
  build: string,
  tagged: (hash: string) => boolean,
): { meta: PagefindMeta; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const pages = meta.pages.map(([hash, words], page): readonly [string, number] => {
    let id = renamed.get(hash);
    if (id === undefined) {
      id = resultId(build, page, tagged(hash));
      renamed.set(hash, id);
    }
    return [id, words];
  });
  return { meta: { ...meta, pages }, renamed };
}
