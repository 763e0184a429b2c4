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
import { join } from 'node:path';
import { parseEntry, prunePlan } from '../lib/pagefind/files.ts';
import { withResultIds, writeMeta } from '../lib/pagefind/meta.ts';
import { DATE_ORDER_FILE, dateOrder, dateOrderText, type DatedResult } from '../lib/search/dates.ts';
import { FACETS_FILE, facetTableText, membershipsOf } from '../lib/search/facets.ts';
import { SEARCH_MANIFEST, type SearchManifest } from '../lib/search/extras.ts';
import { TAGGED_TYPES } from '../lib/search/url.ts';
import { type FragmentFacts, type IndexFolder, readFragment, readIndexFolder, writePagefindFile } from '../lib/pagefind/io.ts';
import { mergeParts } from '../lib/pagefind/merge.ts';
import { checkPagefindVersion } from '../lib/pagefind/version.ts';
import { indexParts, PART_PAGES, PARTS_FOLDER, partsOf, searchedPages } from './search-parts.ts';

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
 * Indexes the built site in `dir` into `dir/pagefind/`, in parts of at most `PART_PAGES` pages merged
 * into one index (search-parts.ts); resolves to the number of pages indexed.
 */
export async function buildSearchIndex(dir: string, log: Log): Promise<number> {
  const started = performance.now();
  const outputPath = join(dir, SEARCH_FOLDER);
  const scratch = join(outputPath, PARTS_FOLDER);
  // Read before anything is awaited: writing the downloads (finish.ts) deletes the manifests' folder.
  const extras = readSearchManifest(dir);
  checkPagefindVersion();
  try {
    const pages = searchedPages(dir);
    if (pages.length === 0) throw new Error(`Pagefind found no HTML page in ${dir}`);
    const parts = partsOf(pages);
    const folders = await indexParts(dir, parts, scratch, undefined, extras);
    const merging = performance.now();
    const merged = await mergeParts(folders, outputPath);
    rmSync(scratch, { recursive: true });
    log.info(
      `Merged ${parts.length} search part${parts.length === 1 ? '' : 's'} of at most ${PART_PAGES} pages ` +
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
    // The benchmark reads this line (scripts/bench.ts): keep its shape.
    log.info(`Pagefind read ${merged.pages} HTML pages and wrote the index in ${Math.round(performance.now() - started)} ms`);
    return merged.pages;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
