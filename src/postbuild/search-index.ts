/**
 * Builds the search index of a built site with Pagefind: every Pagefind error stops the build, as
 * in Starlight's `integrations/pagefind.ts`. The index is built in parts, each by a Pagefind process
 * of its own (its command line: src/lib/pagefind/cli.ts says why not its Node API), two at a time, and
 * merged (search-parts.ts, src/lib/pagefind/merge.ts), so that Pagefind's memory is that of a part's
 * pages, not of all of them. The installed Pagefind must be a version that merge was checked against
 * (src/lib/pagefind/version.ts).
 *
 * It runs after `astro build` has exited (scripts/finish-build.ts), not inside it: Pagefind holds its
 * whole index in memory, and inside Astro's build that would come on top of everything Astro still
 * holds, so the build's peak would be the sum of the two. The parts work in processes of their own: the caller may do other work
 * (precompressing the pages) while the returned promise is pending.
 *
 * Only elements marked `data-pagefind-body` are indexed (the article text and its hidden spelling
 * blocks); metadata and filters come from `data-pagefind-*` attributes. The date order is not
 * Pagefind's `data-pagefind-sort`, whose list every first query would load, but a file of our own
 * written here from the fragments' date keys (src/lib/search/dates.ts). The results are then named
 * by number instead of by Pagefind's hashes (src/lib/search/result-ids.ts).
 *
 * Pagefind also writes its own search interfaces, highlight script and worker, which the archive's
 * search never loads: they are removed after writing (src/lib/pagefind/files.ts says which).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseEntry, prunePlan } from '../lib/pagefind/files.ts';
import { withResultIds, writeMeta } from '../lib/pagefind/meta.ts';
import { DATE_ORDER_FILE, dateOrder, dateOrderText, type DatedResult } from '../lib/search/dates.ts';
import { FACETS_FILE, facetTableText, membershipsOf } from '../lib/search/facets.ts';
import { SEARCH_MANIFEST, type SearchManifest } from '../lib/search/extras.ts';
import { TAGGED_TYPES } from '../lib/search/url.ts';
import { type FragmentFacts, type IndexFolder, readFragment, readIndexFolder, writePagefindFile } from '../lib/pagefind/io.ts';
import { mergeParts } from '../lib/pagefind/merge.ts';
import { checkPagefindVersion } from '../lib/pagefind/version.ts';
import { digestOf, type OutputCache } from '../lib/build/output-cache.ts';
import { partsByHash } from '../lib/pagefind/parts.ts';
import { indexKeptParts, partKey } from './search-cache.ts';
import { PART_PAGES, PARTS_FOLDER, searchedPages } from './search-parts.ts';

/** Where the index is written, inside the built site. */
export const SEARCH_FOLDER = 'pagefind';

/** Where messages go. */
export interface Log {
  info(message: string): void;
  error(message: string): void;
}

/** Whether a page's filters have a `type` tag: an actor, place or event page (`TAGGED_TYPES`). */
function isTaggedPage(filters: FragmentFacts['filters']): boolean {
  return (filters['type'] ?? []).some((t) => (TAGGED_TYPES as readonly string[]).includes(t));
}

/** A short lowercase hex digest of `bytes`. */
const digest = (bytes: Uint8Array, length: number) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/**
 * Gives every result the archive's id (src/lib/search/result-ids.ts): moves each fragment to
 * `fragment/<build>/<number>.pf_fragment`, writes the metadata again under a new hashed name and
 * points `pagefind-entry.json` at it; then writes, from the fragments, `date-order.txt` (dates.ts)
 * and `facets.txt` (facets.ts). `known` is what each page's fragment says, in page order, when the
 * merge has read them already (src/lib/pagefind/merge.ts); otherwise they are read here. Returns how many
 * results the index has and how many are dated.
 */
export function rewriteWithResultIds(outputPath: string, known?: readonly FragmentFacts[]): { results: number; dated: number } {
  // Pagefind runs with `--force-language` (src/lib/pagefind/cli.ts): one metadata file, one facet table.
  const { entryFile, entry, language: lang, metaFile, metaBody, meta } = readIndexFolder(outputPath);
  const language = entry.languages[lang] as IndexFolder['entry']['languages'][string];
  const fragments = join(outputPath, 'fragment');
  const facts = new Map(meta.pages.map(([hash], i) => [hash, known?.[i] ?? readFragment(join(fragments, `${hash}.pf_fragment`))]));
  // Pagefind's metadata holds every fragment's content hash: a new build folder whenever any result changes.
  const build = digest(metaBody, 8);
  const renamed = withResultIds(meta, build, (hash) => isTaggedPage(facts.get(hash)?.filters ?? {}));
  mkdirSync(join(fragments, build));
  const dated: DatedResult[] = [];
  for (const [hash, id] of renamed.renamed) {
    renameSync(join(fragments, `${hash}.pf_fragment`), join(fragments, `${id}.pf_fragment`));
    dated.push({ id, key: facts.get(hash)?.key });
  }
  const left = readdirSync(fragments).filter((n) => n.endsWith('.pf_fragment'));
  if (left.length > 0) throw new Error(`Pagefind wrote fragments its metadata does not list: ${left.slice(0, 3).join(', ')}`);

  const memberships = membershipsOf(meta.pages.map(([hash]) => facts.get(hash)?.filters ?? {}));
  writeFileSync(join(outputPath, FACETS_FILE), facetTableText(build, meta.pages.length, memberships));
  const ids = dateOrder(dated);
  writeFileSync(join(outputPath, DATE_ORDER_FILE), dateOrderText(ids));

  const body = writeMeta(renamed.meta);
  const hash = `${lang}_${digest(body, 10)}`;
  const newMetaFile = join(outputPath, `pagefind.${hash}.pf_meta`);
  writePagefindFile(newMetaFile, body);
  // Should both names ever agree (the same hash of the same bytes), the file just written is the one to keep.
  if (newMetaFile !== metaFile) rmSync(metaFile);
  language.hash = hash;
  writeFileSync(entryFile, JSON.stringify(entry));
  return { results: dated.length, dated: ids.length };
}

/** The search manifest of the build in `dir` (src/lib/search/extras.ts); a build without one is an error. */
function readSearchManifest(dir: string): SearchManifest {
  try {
    return JSON.parse(readFileSync(join(dir, SEARCH_MANIFEST), 'utf8')) as SearchManifest;
  } catch (error) {
    throw new Error(`${SEARCH_MANIFEST} is missing or unreadable in the build (${String(error)}); is its route in src/pages/?`);
  }
}

/**
 * The most pages of a search part: `PART_PAGES`, or `ARCHIVE_SEARCH_PART_PAGES` (the edit-sequence
 * test cuts the small archive into several parts with it; the merged index is the same either way).
 */
export function partPages(env: NodeJS.ProcessEnv = process.env): number {
  const set = env['ARCHIVE_SEARCH_PART_PAGES'];
  if (set === undefined || set === '') return PART_PAGES;
  if (!/^[1-9]\d*$/.test(set)) throw new Error(`ARCHIVE_SEARCH_PART_PAGES is "${set}"; expected a whole number of pages, at least 1`);
  return Number(set);
}

/**
 * Indexes the built site in `dir` into `dir/pagefind/`, in parts of at most `partPages()` pages cut by
 * the hash of their paths (src/lib/pagefind/parts.ts) and merged into one index (search-parts.ts);
 * a part whose pages are as at the last build is taken from `cache` (search-cache.ts), and when every
 * part is, the whole index the last build wrote from them. Resolves to the number of pages indexed.
 */
export async function buildSearchIndex(dir: string, log: Log, cache?: OutputCache): Promise<number> {
  const started = performance.now();
  const outputPath = join(dir, SEARCH_FOLDER);
  const scratch = join(outputPath, PARTS_FOLDER);
  // Read before anything is awaited: writing the downloads (finish.ts) deletes the manifests' folder.
  const extras = readSearchManifest(dir);
  const version = checkPagefindVersion();
  try {
    const pages = searchedPages(dir);
    if (pages.length === 0) throw new Error(`Pagefind found no HTML page in ${dir}`);
    const most = partPages();
    const parts = partsByHash(pages, most);
    const keys = parts.map((part) => partKey(dir, part, version, extras));
    // The merged and named index is a function of its parts: the same parts, the same files.
    const wholeKey = `search-index:${digestOf([SEARCH_FORMAT, ...keys])}`;
    if (cache?.restore(wholeKey, outputPath) === true) {
      // Its parts are kept too, for the next build that changes one of them.
      for (const key of keys) cache.keep(key);
      log.info(`Search index: every one of its ${parts.length} part(s) as at the last build; its files kept`);
    } else {
      const indexed = await indexKeptParts(dir, parts, scratch, { cache, keys, extras, log: (m) => log.info(m) });
      log.info(`Search parts: ${indexed.kept} kept from the last build, ${indexed.indexed} indexed by Pagefind`);
      // Removed with the files of Pagefind's the search does not load, if not already.
      await mergeAndName(indexed.folders, outputPath, most, log);
      rmSync(scratch, { recursive: true, force: true });
      cache?.put(wholeKey, outputPath, walkFiles(outputPath));
    }
    // The benchmark reads this line (scripts/bench.ts): keep its shape.
    log.info(`Pagefind read ${pages.length} HTML pages and wrote the index in ${Math.round(performance.now() - started)} ms`);
    return pages.length;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Bumped when the steps after the merge write other files (the kept whole index's key's first word). */
const SEARCH_FORMAT = 'search-index 1';

/** Every file under `dir`, relative to it. */
const walkFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));

/**
 * Merges the parts in `folders` into `outputPath`, removes Pagefind's files the search does not load
 * and names the results by number (`rewriteWithResultIds`).
 */
async function mergeAndName(folders: readonly string[], outputPath: string, most: number, log: Log): Promise<void> {
  const merging = performance.now();
  const merged = await mergeParts(folders, outputPath);
  log.info(
    `Merged ${folders.length} search part${folders.length === 1 ? '' : 's'} of at most ${most} pages ` +
      `into ${merged.chunks} word chunks in ${Math.round(performance.now() - merging)} ms`,
  );
  const plan = prunePlan(readdirSync(outputPath), parseEntry(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')));
  for (const name of plan.remove) rmSync(join(outputPath, name), { recursive: true });
  log.info(`Removed ${plan.remove.length} Pagefind files the archive's search does not load: ${plan.remove.join(', ')}`);
  const naming = performance.now();
  // The merge read every fragment already: their facts, in page order, are not read again.
  const ids = rewriteWithResultIds(outputPath, merged.facts);
  log.info(
    `Named ${ids.results} results by number, listed ${ids.dated} dated ones in ${SEARCH_FOLDER}/${DATE_ORDER_FILE} ` +
      `and wrote ${SEARCH_FOLDER}/${FACETS_FILE} in ${Math.round(performance.now() - naming)} ms`,
  );
}
