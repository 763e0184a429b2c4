/**
 * Pagefind's index built in parts and merged (src/lib/deploy/pagefind-index.ts says why): the searched
 * pages are cut into parts of at most `PART_PAGES` pages, each part is indexed by a Pagefind process
 * of its own that ends with the part (`PARALLEL_PARTS` at a time), and the parts' outputs are merged
 * into the folder Pagefind would have written for all the pages at once, its pages numbered by URL.
 * The merge reads one word chunk of each part at a time and writes each merged chunk
 * as soon as it is full.
 *
 * A part's pages are hard links in a folder of their own (`<output>/.parts/<n>/site/`, removed with
 * the part), so Pagefind reads each page where it is, under the same URL, and only its part's pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { arch, availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import {
  byBytes,
  chunkBounds,
  chunkName,
  chunkWords,
  checkMergeable,
  fullHash,
  mergeFields,
  mergeFilters,
  mergeWords,
  metaName,
  type PackedWord,
  readFilter,
  readWords,
  writeFilter,
  writeWords,
} from '../lib/deploy/pagefind-index.ts';
import { PAGEFIND_MARK, writeMeta } from '../lib/deploy/pagefind-meta.ts';
import {
  type FragmentFacts,
  type IndexFolder,
  PAGEFIND_GZIP,
  readFragment,
  readIndexFolder,
  readPagefindFile,
  withMark,
  writePagefindFile,
} from './pagefind-io.ts';
import { eachAtOnce } from './at-once.ts';
import { extrasHtml, type SearchManifest, withExtras } from '../lib/search/extras.ts';
import { searchedFolders } from '../lib/site/page-kinds.ts';

/**
 * The most pages one Pagefind process indexes. Its peak grows by about 350 KB an article page
 * (bench/README.md): a part of 1,250 pages peaks under 500 MB, and the bench's 14,552 searched pages
 * at 10,000 articles make twelve parts.
 */
export const PART_PAGES = 1_250;

/**
 * How many parts are indexed at once, each by its own Pagefind process. Pagefind 1.5.2 keeps about a
 * core and a quarter busy; two processes at once indexed the twelve parts above in 31 s against 41 s
 * one after the other, at twice the memory (920 against 470 MB), still under the Astro build's.
 */
export const PARALLEL_PARTS = Math.min(2, availableParallelism());

/** The folder, inside the index's output folder, where the parts are built; removed once merged. */
export const PARTS_FOLDER = '.parts';

/**
 * The folders of the searched pages (`<folder>/<id>/index.html`). The only pages with a
 * `data-pagefind-body` element are the article, actor, place and event pages
 * (`src/pages/{articles,actors,places,events}/[…].astro`), and Pagefind skips every other page once
 * one page has it; so Pagefind is given only those pages, and does not read the thousands of
 * timeline and list pages just to skip them. The index is the same (tests/build/site.build.ts).
 */
const SEARCHED_FOLDERS = searchedFolders();

/** The searched pages of the built site in `dir`, as paths relative to it, sorted. */
export function searchedPages(dir: string): string[] {
  const pages: string[] = [];
  for (const folder of SEARCHED_FOLDERS) {
    if (!existsSync(join(dir, folder))) continue;
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const page = `${folder}/${entry.name}/index.html`;
      if (entry.isDirectory() && existsSync(join(dir, page))) pages.push(page);
    }
  }
  return pages.sort();
}

/** `pages` cut into the fewest runs of at most `most`, of sizes differing by one at most, in order. */
export function partsOf<T>(pages: readonly T[], most = PART_PAGES): T[][] {
  if (!(most >= 1)) throw new Error(`A search part must have at least one page (was given ${most})`);
  const count = Math.max(1, Math.ceil(pages.length / most));
  const parts: T[][] = [];
  for (let i = 0, start = 0; i < count; i++) {
    const end = start + Math.floor(pages.length / count) + (i < pages.length % count ? 1 : 0);
    parts.push(pages.slice(start, end));
    start = end;
  }
  return parts;
}

/**
 * Pagefind's binary, found as Pagefind's Node API finds it (its `lib/resolveBinary.js`, which its
 * package does not export): `PAGEFIND_EXTENDED_BINARY_PATH` or `PAGEFIND_BINARY_PATH` if set, else
 * the binary of the platform's package (`@pagefind/linux-x64`, …), the extended one first.
 */
export function pagefindBinary(env: NodeJS.ProcessEnv = process.env): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const set = env[`${name.toUpperCase()}_BINARY_PATH`];
    if (set) return set;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const require = createRequire(import.meta.url);
  for (const name of names) {
    try {
      return require.resolve(
        `@pagefind/${platform}-${env['npm_config_arch'] || arch()}/bin/${name}${platform === 'windows' ? '.exe' : ''}`,
      );
    } catch {}
  }
  throw new Error(`Pagefind has no binary for ${platform}-${arch()}: is the optional package @pagefind/${platform}-${arch()} installed?`);
}

/** The most of a Pagefind process's output kept for an error message. */
const OUTPUT_KEPT = 4_000;

/**
 * Indexes `pages` of the site in `dir` with Pagefind into `outputPath`, through hard links under
 * `scratch`, which hold those pages and nothing else, so Pagefind reads every HTML file it finds
 * there; resolves to the pages Pagefind read.
 *
 * Each part is Pagefind's command line, not its Node API (which the archive used before): the Node
 * API's `close()` kills its process, and Pagefind hands each file's last write to a thread of its own
 * and answers before that write is done (tokio's `File::write_all` without `flush`, in its
 * `output/mod.rs`), so a part killed at once could lose a file: seen here as an empty
 * `pagefind-entry.json` when the part's process was given a lower priority. The command line ends by
 * returning from its `#[tokio::main]` function, and dropping tokio's runtime waits for the blocking
 * operations it started, these writes among them
 * (https://docs.rs/tokio/1.29.0/tokio/runtime/struct.Runtime.html). It runs in `scratch`, with no
 * `PAGEFIND_*` variable, so that no configuration file or variable of the user's changes the index.
 */
export async function indexPart(
  dir: string,
  pages: readonly string[],
  scratch: string,
  outputPath: string,
  extras?: SearchManifest,
): Promise<number> {
  const site = join(scratch, 'site');
  for (const page of pages) {
    mkdirSync(dirname(join(site, page)), { recursive: true });
    const extra = extras?.pages[page];
    // A page with search-only content (src/lib/search/extras.ts) is given to Pagefind as a copy with it put back.
    if (extras && extra)
      writeFileSync(join(site, page), withExtras(readFileSync(join(dir, page), 'utf8'), extrasHtml(extras, extra), page));
    else linkSync(join(dir, page), join(site, page));
  }
  try {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
    const args = ['--site', site, '--output-path', outputPath, '--force-language', 'en', '--quiet'];
    const child = spawn(pagefindBinary(), args, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    if (code !== 0) {
      throw new Error(
        `Pagefind failed on the search part in ${scratch} (${signal ?? `exit code ${code}`}): ${output.trim() || 'no output'}`,
      );
    }
    const { entry, language } = readIndexFolder(outputPath);
    const count = entry.languages[language]?.['page_count'];
    if (typeof count !== 'number') throw new Error(`Pagefind wrote no page count for ${language} in ${outputPath}/pagefind-entry.json`);
    return count;
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/**
 * Indexes each of `parts` (pages of the site in `dir`) into `<scratch>/<n>/out`, `parallel` at a time,
 * each by a Pagefind process of its own (`indexPart`); resolves to the output folders, in order.
 * Throws, once every started part has ended, if any part failed or read another number of pages.
 */
export async function indexParts(
  dir: string,
  parts: readonly (readonly string[])[],
  scratch: string,
  parallel = PARALLEL_PARTS,
  extras?: SearchManifest,
): Promise<string[]> {
  const folders = parts.map((_, n) => join(scratch, String(n), 'out'));
  await eachAtOnce(parts, parallel, async (pages, n) => {
    const read = await indexPart(dir, pages, join(scratch, String(n)), folders[n] ?? '', extras);
    if (read !== pages.length) throw new Error(`Pagefind read ${read} of the ${pages.length} pages of search part ${n}`);
  });
  return folders;
}

const gzipAsync = promisify(gzip);

/**
 * Writes Pagefind files compressed on libuv's threads, at most `MAX_WRITING` at once: the merge's
 * word chunks (about 50 MB at 10,000 articles) are compressed on every core while the next chunks
 * are merged, and only that many chunks wait in memory.
 */
class Writer {
  static readonly MAX_WRITING = 8;
  readonly #pending = new Set<Promise<void>>();
  #error: unknown;
  async write(file: string, body: Uint8Array): Promise<void> {
    while (this.#pending.size >= Writer.MAX_WRITING) await Promise.race(this.#pending);
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

/** What each of a part's pages' fragments says (pagefind-io.ts, `readFragment`), in the part's order. */
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

  mkdirSync(join(outputPath, 'index'), { recursive: true });
  const taken = new Set<string>();
  const ends: Array<readonly [string, string]> = [];
  const names: string[] = [];
  const writer = new Writer();
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
  const chunks = chunkBounds(ends).map(([from, to], i) => [from, to, names[i] ?? ''] as const);

  mkdirSync(join(outputPath, 'filter'), { recursive: true });
  const filterNames = new Set<string>();
  const filters = mergeFilters(
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

  const meta = writeMeta({ version: first.meta.version, pages, chunks, filters, sorts: [], metaFields: fields });
  const hash = metaName(language, meta);
  writePagefindFile(join(outputPath, `pagefind.${hash}.pf_meta`), meta);
  const own = new Set(['index', 'fragment', 'filter', basename(first.entryFile), basename(first.metaFile)]);
  for (const name of readdirSync(first.folder)) if (!own.has(name)) renameSync(join(first.folder, name), join(outputPath, name));
  const entry = { ...first.entry, languages: { [language]: { ...first.entry.languages[language], hash, page_count: pages.length } } };
  writeFileSync(join(outputPath, basename(first.entryFile)), JSON.stringify(entry));
  // Each merged page's fragment facts, in page order, for the steps after the merge (search-index.ts).
  const merged: FragmentFacts[] = [];
  numbers.forEach((own, p) => {
    own.forEach((n, i) => {
      merged[n] = facts[p]?.[i] as FragmentFacts;
    });
  });
  return { pages: pages.length, chunks: chunks.length, facts: merged };
}
