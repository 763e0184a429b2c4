/**
 * Builds the search index of a built site through Pagefind's Node API, as Starlight's
 * `integrations/pagefind.ts` does: every Pagefind error stops the build, and the Pagefind service
 * is closed whatever happens, so a failed build never leaves its binary running.
 *
 * It runs after `astro build` has exited (scripts/finish-build.ts), not inside it: Pagefind's
 * service holds the whole index in memory (about 350 KB per article page, measured with the bench's
 * corpora), and inside Astro's build that came on top of everything Astro still held, so the build's
 * peak was the sum of the two. The service works in its own process: the caller may do other work
 * (precompressing the pages) while the returned promise is pending.
 *
 * Only elements marked `data-pagefind-body` are indexed (the article text and its hidden spelling
 * blocks); metadata and filters come from `data-pagefind-*` attributes. The date order is not
 * Pagefind's `data-pagefind-sort`, whose list every first query would load, but a file of our own
 * written here from the fragments' date keys (src/lib/search/dates.ts).
 *
 * Pagefind also writes its own search interfaces, highlight script and worker, which the archive's
 * search never loads: they are removed after writing (src/lib/deploy/pagefind-files.ts says which).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parseEntry, prunePlan } from '../lib/deploy/pagefind-files.ts';
import { DATE_KEY, DATE_ORDER_FILE, dateOrder, dateOrderText, type DatedResult } from '../lib/search/dates.ts';

/**
 * The only pages with a `data-pagefind-body` element are the article, actor, place and event pages
 * (`src/pages/{articles,actors,places,events}/[…].astro`), and Pagefind skips every other page once
 * one page has it; so Pagefind is given only those pages, and does not read the thousands of
 * timeline and list pages just to skip them. The index is the same (tests/build/site.build.ts).
 */
export const SEARCHED_PAGES = '{articles,actors,places,events}/*/index.html';

/** Where the index is written, inside the built site. */
export const SEARCH_FOLDER = 'pagefind';

/** Where messages go. */
export interface Log {
  info(message: string): void;
  error(message: string): void;
}

interface PagefindResponse {
  errors: string[];
}

function check<T extends PagefindResponse>(response: T, step: string, log: Log): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) log.error(`Pagefind ${step}: ${error}`);
    throw new Error(`Pagefind failed while ${step}: ${response.errors.join('; ')}`);
  }
  return response;
}

/** Pagefind's prefix before the JSON of a fragment, once gunzipped (pagefind/src/output, `write`). */
const FRAGMENT_MARK = 'pagefind_dcd';

/** A written fragment's result id (its file name) and date key; throws naming the file if it cannot be read. */
export function readFragment(folder: string, name: string): DatedResult {
  const file = join(folder, name);
  let meta: unknown;
  try {
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    if (!text.startsWith(FRAGMENT_MARK)) throw new Error(`expected it to start with "${FRAGMENT_MARK}"`);
    meta = (JSON.parse(text.slice(FRAGMENT_MARK.length)) as { meta?: unknown }).meta;
  } catch (error) {
    throw new Error(`Pagefind fragment ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const key = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>)[DATE_KEY] : undefined;
  return { id: name.replace(/\.pf_fragment$/, ''), key: typeof key === 'string' ? key : undefined };
}

/** Writes `date-order.txt` into the index folder; returns how many results it orders. */
export function writeDateOrder(outputPath: string): number {
  const folder = join(outputPath, 'fragment');
  const results = readdirSync(folder)
    .filter((n) => n.endsWith('.pf_fragment'))
    .map((n) => readFragment(folder, n));
  const ids = dateOrder(results);
  writeFileSync(
    join(outputPath, DATE_ORDER_FILE),
    dateOrderText(
      ids,
      results.map((r) => r.id),
    ),
  );
  return ids.length;
}

/** Indexes the built site in `dir` into `dir/pagefind/`; resolves to the number of pages indexed. */
export async function buildSearchIndex(dir: string, log: Log): Promise<number> {
  const started = performance.now();
  try {
    const created = check(await pagefind.createIndex({ forceLanguage: 'en' }), 'creating the index', log);
    const index = created.index;
    if (index === undefined) throw new Error('Pagefind returned no index');
    const added = check(await index.addDirectory({ path: dir, glob: SEARCHED_PAGES }), 'indexing the built pages', log);
    if (added.page_count === 0) throw new Error(`Pagefind found no HTML page in ${dir}`);
    const outputPath = join(dir, SEARCH_FOLDER);
    check(await index.writeFiles({ outputPath }), 'writing the index', log);
    const plan = prunePlan(readdirSync(outputPath), parseEntry(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')));
    for (const name of plan.remove) rmSync(join(outputPath, name), { recursive: true });
    log.info(`Removed ${plan.remove.length} Pagefind files the archive's search does not load: ${plan.remove.join(', ')}`);
    log.info(`Listed ${writeDateOrder(outputPath)} dated results in date order in ${SEARCH_FOLDER}/${DATE_ORDER_FILE}`);
    // The benchmark reads this line (scripts/bench.ts): keep its shape.
    log.info(`Pagefind read ${added.page_count} HTML pages and wrote the index in ${Math.round(performance.now() - started)} ms`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
