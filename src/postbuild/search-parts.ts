/**
 * The archive's search index built in parts: the searched pages are cut into parts of at most
 * `PART_PAGES` pages, each part is indexed by a Pagefind process of its own that ends with the part
 * (`PARALLEL_PARTS` at a time), and the parts' outputs are merged into the folder Pagefind would have
 * written for all the pages at once (src/lib/pagefind/merge.ts; src/lib/pagefind/words.ts says why).
 *
 * A part's pages are hard links in a folder of their own (`<output>/.parts/<n>/site/`, removed with
 * the part), so Pagefind reads each page where it is, under the same URL, and only its part's pages.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { runPagefind } from '../lib/pagefind/cli.ts';
import { extrasHtml, type SearchManifest, withExtras } from '../lib/search/extras.ts';
import { searchedFolders } from '../lib/site/page-kinds.ts';
import { eachAtOnce } from './at-once.ts';

/**
 * The most pages one Pagefind process indexes. Pagefind's peak memory grows with the pages of its
 * index; parts of this size keep each process well under the Astro build's peak (bench/README.md has
 * the figures).
 */
export const PART_PAGES = 1_250;

/**
 * How many parts are indexed at once, each by its own Pagefind process. One Pagefind process keeps
 * little more than a core busy, so two at once finish the parts sooner, at twice a part's memory,
 * still under the Astro build's (bench/README.md).
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
 * The page Pagefind is given for `page` of the site in `dir`, when it is not the built page itself: a
 * page with search-only content (src/lib/search/extras.ts) is given as a copy with it put back.
 */
export function pageWithExtras(dir: string, page: string, extras?: SearchManifest): string | undefined {
  const extra = extras?.pages[page];
  return extras && extra ? withExtras(readFileSync(join(dir, page), 'utf8'), extrasHtml(extras, extra), page) : undefined;
}

/** The bytes Pagefind reads for `page` of the site in `dir` (`pageWithExtras`, or the page as built). */
export function pageForPagefind(dir: string, page: string, extras?: SearchManifest): Uint8Array {
  const copy = pageWithExtras(dir, page, extras);
  return copy === undefined ? readFileSync(join(dir, page)) : Buffer.from(copy, 'utf8');
}

/**
 * Indexes `pages` of the site in `dir` with Pagefind into `outputPath`, through hard links under
 * `scratch`, which hold those pages and nothing else, so Pagefind reads every HTML file it finds
 * there; resolves to the pages Pagefind read.
 *
 * Pagefind itself runs as src/lib/pagefind/cli.ts says.
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
    const copy = pageWithExtras(dir, page, extras);
    if (copy !== undefined) writeFileSync(join(site, page), copy);
    else linkSync(join(dir, page), join(site, page));
  }
  try {
    return await runPagefind(site, outputPath, scratch);
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
