/**
 * The merge of Pagefind indexes of parts of a site into the folder Pagefind would have written for all
 * their pages at once, its pages numbered by URL. It reads one word chunk of each part at a time and
 * writes each merged chunk as soon as it is full (words.ts), then the filters (filters.ts), the
 * metadata (meta.ts) and the entry file.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { checkMergeable, mergeFields, mergeFilters, readFilter, writeFilter } from './filters.ts';
import {
  type FragmentFacts,
  type IndexFolder,
  PAGEFIND_GZIP,
  readFragment,
  readIndexFolder,
  readPagefindFile,
  withMark,
  writePagefindFile,
} from './io.ts';
import { PAGEFIND_MARK, writeMeta } from './meta.ts';
import { byBytes, chunkName, fullHash, metaName } from './names.ts';
import { chunkBounds, chunkWords, mergeWords, type PackedWord, readWords, writeWords } from './words.ts';

const gzipAsync = promisify(gzip);

/**
 * Writes Pagefind files compressed on libuv's threads, at most `MAX_WRITING` at once: the merge's
 * word chunks, the bulk of the index, are compressed on every core while the next chunks are merged,
 * and only that many chunks wait in memory.
 */
class ChunkWriter {
  static readonly MAX_WRITING = 8;
  readonly #pending = new Set<Promise<void>>();
  #error: unknown;
  async write(file: string, body: Uint8Array): Promise<void> {
    while (this.#pending.size >= ChunkWriter.MAX_WRITING) await Promise.race(this.#pending);
    this.#throwIfFailed();
    const done: Promise<void> = gzipAsync(withMark(body), PAGEFIND_GZIP)
      .then((zipped) => writeFileSync(file, zipped))
      .catch((error: unknown) => {
        this.#error ??= new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => this.#pending.delete(done));
    this.#pending.add(done);
  }
  async finish(): Promise<void> {
    await Promise.all(this.#pending);
    this.#throwIfFailed();
  }
  #throwIfFailed(): void {
    if (this.#error !== undefined) throw this.#error;
  }
}

/** A part's words in order, one chunk file read at a time. */
function* partWords(part: IndexFolder): Generator<PackedWord> {
  for (const [, , hash] of part.meta.chunks) {
    const file = join(part.folder, 'index', `${hash}.pf_index`);
    yield* readWords(readPagefindFile(file, 'word chunk'), file);
  }
}

/** What each of a part's pages' fragments says (io.ts, `readFragment`), in the part's order. */
const partFacts = (part: IndexFolder): FragmentFacts[] =>
  part.meta.pages.map(([hash]) => readFragment(join(part.folder, 'fragment', `${hash}.pf_fragment`)));

/** The URL of each page of `facts`, which every fragment has (Pagefind writes each page's `url`). */
function pageUrls(part: IndexFolder, facts: readonly FragmentFacts[]): string[] {
  return facts.map(({ url }, i) => {
    if (url !== undefined) return url;
    throw new Error(
      `Pagefind fragment ${join(part.folder, 'fragment', `${part.meta.pages[i]?.[0]}.pf_fragment`)}: expected a "url" string`,
    );
  });
}

/**
 * The merged number of each page of each part: all the parts' pages in the byte order of their URLs
 * (pages of one URL in part order). Pagefind numbers a part's pages in the order it found the files,
 * which is the file system's; the merged index numbers them by URL, so it is the same whatever pages
 * each part had and wherever it was built.
 */
export function urlOrder(urls: ReadonlyArray<readonly string[]>): Int32Array[] {
  const all = urls.flatMap((own, part) => own.map((url, page) => ({ url, part, page })));
  all.sort((a, b) => byBytes(a.url, b.url) || a.part - b.part || a.page - b.page);
  const numbers = urls.map((own) => new Int32Array(own.length));
  all.forEach(({ part, page }, i) => {
    (numbers[part] as Int32Array)[page] = i;
  });
  return numbers;
}

/**
 * Moves the parts' fragments into `fragments` and returns the merged pages, numbered by `numbers`. A
 * name two parts gave to different pages is lengthened from the page's full hash, one digit at a
 * time, as Pagefind lengthens it within one index (in merged page order, so the first page keeps the
 * name); pages with the same content share their fragment, as in one index.
 */
function mergeFragments(
  parts: readonly IndexFolder[],
  numbers: readonly Int32Array[],
  fragments: string,
): Array<readonly [string, number]> {
  mkdirSync(fragments, { recursive: true });
  const order: Array<readonly [part: number, page: number]> = [];
  numbers.forEach((own, part) => {
    own.forEach((merged, page) => {
      order[merged] = [part, page];
    });
  });
  // Where each name's fragment now is; a fragment is read only when its name is taken already.
  const placed = new Set<string>();
  const unpacked = (file: string) => gunzipSync(readFileSync(file));
  const moved = parts.map(() => new Map<string, string>());
  return order.map(([p, page]) => {
    const part = parts[p] as IndexFolder;
    const [hash, words] = part.meta.pages[page] as readonly [string, number];
    let name = moved[p]?.get(hash);
    if (name === undefined) {
      const file = join(part.folder, 'fragment', `${hash}.pf_fragment`);
      name = hash;
      let body: Buffer | undefined;
      let full: string | undefined;
      while (placed.has(name)) {
        body ??= unpacked(file);
        if (unpacked(join(fragments, `${name}.pf_fragment`)).equals(body)) break;
        full ??= `${part.language}_${fullHash(body.subarray(PAGEFIND_MARK.length))}`;
        if (name.length >= full.length) throw new Error(`Pagefind fragments ${name}: two pages have the same hash`);
        name = full.slice(0, name.length + 1);
      }
      if (!placed.has(name)) {
        placed.add(name);
        renameSync(file, join(fragments, `${name}.pf_fragment`));
      }
      moved[p]?.set(hash, name);
    }
    return [name, words] as const;
  });
}

/** Merges the parts' words into `<outputPath>/index/`, chunk by chunk; returns the metadata's list of chunks. */
async function mergeChunks(
  parts: readonly IndexFolder[],
  numbers: readonly Int32Array[],
  renumbered: readonly number[][],
  outputPath: string,
): Promise<Array<readonly [string, string, string]>> {
  const language = (parts[0] as IndexFolder).language;
  mkdirSync(join(outputPath, 'index'), { recursive: true });
  const taken = new Set<string>();
  const ends: Array<readonly [string, string]> = [];
  const names: string[] = [];
  const writer = new ChunkWriter();
  const words = mergeWords(parts.map((p, i) => ({ words: partWords(p), pages: numbers[i] ?? [], fields: renumbered[i] ?? [] })));
  for (const chunk of chunkWords(words)) {
    const body = writeWords(chunk);
    const name = chunkName(language, body, taken);
    taken.add(name);
    names.push(name);
    ends.push([chunk[0]?.[0] ?? '', chunk.at(-1)?.[0] ?? '']);
    await writer.write(join(outputPath, 'index', `${name}.pf_index`), body);
  }
  await writer.finish();
  return chunkBounds(ends).map(([from, to], i) => [from, to, names[i] ?? ''] as const);
}

/** Merges the parts' filters into `<outputPath>/filter/`; returns the metadata's list of filters. */
function mergeFilterFiles(
  parts: readonly IndexFolder[],
  numbers: readonly Int32Array[],
  outputPath: string,
): Array<readonly [string, string]> {
  const language = (parts[0] as IndexFolder).language;
  mkdirSync(join(outputPath, 'filter'), { recursive: true });
  const filterNames = new Set<string>();
  return mergeFilters(
    parts.map((p, i) => ({
      pages: numbers[i] ?? [],
      filters: p.meta.filters.map(([, hash]) => {
        const file = join(p.folder, 'filter', `${hash}.pf_filter`);
        return readFilter(readPagefindFile(file, 'filter'), file);
      }),
    })),
  ).map((filter) => {
    const body = writeFilter(filter);
    const name = chunkName(language, body, filterNames);
    filterNames.add(name);
    writePagefindFile(join(outputPath, 'filter', `${name}.pf_filter`), body);
    return [filter[0], name] as const;
  });
}

/** Each part's facts put in merged page order, for the steps after the merge (search-index.ts). */
function inMergedOrder(facts: readonly FragmentFacts[][], numbers: readonly Int32Array[]): FragmentFacts[] {
  const merged: FragmentFacts[] = [];
  numbers.forEach((own, p) => {
    own.forEach((n, i) => {
      merged[n] = facts[p]?.[i] as FragmentFacts;
    });
  });
  return merged;
}

/**
 * Merges the Pagefind outputs in `partFolders` into `outputPath`, which then holds what Pagefind
 * writes for one index, its pages numbered in the order of their URLs (`urlOrder`): its metadata,
 * word chunks, filters, fragments and entry, and part 0's other files (pagefind.js, its WebAssembly,
 * its interfaces). Resolves to the page count, the chunk count, and what each page's fragment says
 * (`readFragment`), in page order: the merge reads every fragment for its URL.
 */
export async function mergeParts(
  partFolders: readonly string[],
  outputPath: string,
): Promise<{ pages: number; chunks: number; facts: FragmentFacts[] }> {
  const parts = partFolders.map(readIndexFolder);
  const [first] = parts;
  if (first === undefined) throw new Error('Pagefind merge: no part to merge');
  checkMergeable(parts.map((p) => p.meta));
  for (const [i, part] of parts.entries()) {
    if (part.language !== first.language) throw new Error(`Pagefind part ${i}: language ${part.language}, part 0's ${first.language}`);
  }
  const { language } = first;
  mkdirSync(outputPath, { recursive: true });
  const facts = parts.map(partFacts);
  const numbers = urlOrder(parts.map((part, p) => pageUrls(part, facts[p] ?? [])));
  const { fields, renumbered } = mergeFields(parts.map((p) => p.meta.metaFields));
  const pages = mergeFragments(parts, numbers, join(outputPath, 'fragment'));
  const chunks = await mergeChunks(parts, numbers, renumbered, outputPath);
  const filters = mergeFilterFiles(parts, numbers, outputPath);

  const meta = writeMeta({ version: first.meta.version, pages, chunks, filters, sorts: [], metaFields: fields });
  const hash = metaName(language, meta);
  writePagefindFile(join(outputPath, `pagefind.${hash}.pf_meta`), meta);
  const own = new Set(['index', 'fragment', 'filter', basename(first.entryFile), basename(first.metaFile)]);
  for (const name of readdirSync(first.folder)) if (!own.has(name)) renameSync(join(first.folder, name), join(outputPath, name));
  const entry = { ...first.entry, languages: { [language]: { ...first.entry.languages[language], hash, page_count: pages.length } } };
  writeFileSync(join(outputPath, basename(first.entryFile)), JSON.stringify(entry));
  return { pages: pages.length, chunks: chunks.length, facts: inMergedOrder(facts, numbers) };
}
