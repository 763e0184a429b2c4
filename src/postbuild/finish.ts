/**
 * Finishes a build that `astro build` wrote into `out`: the search index (search-index.ts), the
 * per-article downloads (downloads.ts), and the files a server needs (deploy-files.ts).
 * scripts/finish-build.ts runs it in a process of its own, after Astro's has exited, so that the
 * memory Astro held is given back before Pagefind takes its own.
 *
 * Pagefind indexes in its own process, so the downloads are written and the pages precompressed
 * meanwhile: the pass yields to the event loop every few files, so Pagefind's replies are taken as
 * they come and its next step is sent at once.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { readRedirects } from '../lib/content/read.ts';
import type { Settings } from '../lib/site/settings.ts';
import { type Pass, precompress, sitePolicy, walk, writeRedirectPages, writeServerRules } from './deploy-files.ts';
import { writeDownloads } from './downloads.ts';
import { buildSearchIndex, type Log, SEARCH_FOLDER } from './search-index.ts';

/** How many files are compressed between two turns of the event loop. */
const FILES_PER_TURN = 16;

/** precompress() over `files`, a few at a time, giving the event loop a turn between. */
async function precompressYielding(out: string, files: readonly string[]): Promise<Pass> {
  const passes: Pass[] = [];
  for (let i = 0; i < files.length; i += FILES_PER_TURN) {
    passes.push(precompress(out, files.slice(i, i + FILES_PER_TURN)));
    await yieldToLoop();
  }
  return {
    policies: passes.flatMap((p) => p.policies),
    count: passes.reduce((n, p) => n + p.count, 0),
    original: passes.reduce((n, p) => n + p.original, 0),
    gzipped: passes.reduce((n, p) => n + p.gzipped, 0),
  };
}

/** Indexes, precompresses and writes the server rules for the build in `out`. */
export async function finishBuild(out: string, settings: Settings, log: Log): Promise<void> {
  const redirects = readRedirects(settings.contentRoot, settings.contentLabel);
  writeRedirectPages(out, redirects, settings.base, new URL(settings.site));

  const indexed = buildSearchIndex(out, log);
  // Awaited once the downloads are written and the pages compressed; marked as handled now, so that an
  // index failing meanwhile is reported there, not as a rejection nobody handled, which ends the process.
  indexed.catch(() => undefined);
  let pages: Pass;
  try {
    const downloads = await writeDownloads(out, settings.contentRoot);
    log.info(`Wrote ${downloads.length} download files`);
    // Pagefind writes its own folder meanwhile; its files are compressed once it has finished.
    pages = await precompressYielding(
      out,
      walk(out).filter((f) => !f.startsWith(`${SEARCH_FOLDER}/`)),
    );
  } catch (error) {
    await indexed.catch(() => undefined);
    throw error;
  }
  await indexed;

  const searchFiles = walk(out, SEARCH_FOLDER);
  const search = precompress(out, searchFiles);
  const csp = sitePolicy(pages.policies, redirects);
  // The index's own files at the top of its folder; its chunk folders have one rule each (src/lib/deploy/rules.ts).
  const topSearchFiles = searchFiles.map((f) => f.slice(SEARCH_FOLDER.length + 1)).filter((f) => !f.includes('/'));
  log.info(writeServerRules(out, csp, redirects, settings.base, topSearchFiles));
  log.info(
    `Precompressed ${pages.count + search.count} files: ${pages.original + search.original} bytes, ` +
      `${pages.gzipped + search.gzipped} bytes gzipped`,
  );
}
