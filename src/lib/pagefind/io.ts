/**
 * Pagefind's files on disk, for the steps that rewrite its index after it (merge.ts merges parts,
 * src/postbuild/search-index.ts names the results): every file Pagefind writes is gzipped and starts
 * with `pagefind_dcd` once gunzipped (pagefind/src/output); its entry file names one metadata file per
 * language; a fragment is a page's JSON. One reader and one writer of each, so both steps read and
 * write them alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type PagefindEntry, parseEntry } from './files.ts';
import { PAGEFIND_MARK, type PagefindMeta, readMeta } from './meta.ts';
import { DATE_KEY } from '../search/dates.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A Pagefind file's body: gunzipped, its prefix checked and cut; throws `Pagefind <kind> <file>: …`. */
export function readPagefindFile(file: string, kind = 'file'): Uint8Array {
  try {
    const bytes = gunzipSync(readFileSync(file));
    const mark = Buffer.from(PAGEFIND_MARK);
    if (!bytes.subarray(0, mark.length).equals(mark)) throw new Error(`expected it to start with "${PAGEFIND_MARK}"`);
    return new Uint8Array(bytes.subarray(mark.length));
  } catch (error) {
    throw new Error(`Pagefind ${kind} ${file}: ${message(error)}`);
  }
}

/** Gzip's options for Pagefind's files: its level (`Compression::best()`). */
export const PAGEFIND_GZIP = { level: 9 } as const;

/** Pagefind's prefix and `body`, to be gzipped. */
export const withMark = (body: Uint8Array): Buffer => Buffer.concat([Buffer.from(PAGEFIND_MARK), body]);

/** Writes a Pagefind file as Pagefind does: its prefix and the body, gzipped. */
export function writePagefindFile(file: string, body: Uint8Array): void {
  writeFileSync(file, gzipSync(withMark(body), PAGEFIND_GZIP));
}

/** An index folder as Pagefind wrote it: its entry, its one language and that language's metadata. */
export interface IndexFolder {
  readonly folder: string;
  readonly entryFile: string;
  /** The entry as read (`pagefind-entry.json`), every field kept for writing it back. */
  readonly entry: PagefindEntry & { languages: Record<string, PagefindEntry['languages'][string] & Record<string, unknown>> };
  readonly language: string;
  readonly metaFile: string;
  /** The metadata's CBOR, without Pagefind's prefix. */
  readonly metaBody: Uint8Array;
  readonly meta: PagefindMeta;
}

/**
 * Reads the index in `folder`, which must have one language (the archive's index is built with
 * `--force-language`, src/lib/pagefind/cli.ts); throws naming the file that is not as expected.
 */
export function readIndexFolder(folder: string): IndexFolder {
  const entryFile = join(folder, 'pagefind-entry.json');
  const entry = parseEntry(readFileSync(entryFile, 'utf8')) as IndexFolder['entry'];
  const languages = Object.keys(entry.languages);
  const [language] = languages;
  if (languages.length !== 1 || language === undefined) {
    throw new Error(`${entryFile}: expected one language, found ${languages.join(', ') || 'none'}`);
  }
  const metaFile = join(folder, `pagefind.${entry.languages[language]?.hash}.pf_meta`);
  const metaBody = readPagefindFile(metaFile, 'metadata');
  return { folder, entryFile, entry, language, metaFile, metaBody, meta: readMeta(metaBody, metaFile) };
}

/** What the steps after Pagefind read from a written fragment. */
export interface FragmentFacts {
  /** The page's URL, as Pagefind wrote it (the merge orders pages by it). */
  readonly url: string | undefined;
  /** The page's date key (`DATE_KEY`), if it has one. */
  readonly key: string | undefined;
  /** The page's filter values by filter (`data-pagefind-filter`). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

/** A written fragment's URL, date key and filters; throws naming the file if it cannot be read. */
export function readFragment(file: string): FragmentFacts {
  const body = readPagefindFile(file, 'fragment');
  let fragment: { url?: unknown; meta?: unknown; filters?: unknown };
  try {
    fragment = JSON.parse(Buffer.from(body).toString('utf8')) as typeof fragment;
  } catch (error) {
    throw new Error(`Pagefind fragment ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const filters: Record<string, string[]> = {};
  if (typeof fragment.filters === 'object' && fragment.filters !== null) {
    for (const [name, values] of Object.entries(fragment.filters)) {
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
        throw new Error(`Pagefind fragment ${file}: expected the filter "${name}" to be a list of strings`);
      }
      filters[name] = values;
    }
  }
  const meta = fragment.meta;
  const key = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>)[DATE_KEY] : undefined;
  return { url: typeof fragment.url === 'string' ? fragment.url : undefined, key: typeof key === 'string' ? key : undefined, filters };
}
