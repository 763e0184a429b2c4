/**
 * Finishes a build that `astro build` wrote into `out`: the search index (search-index.ts), the
 * per-article downloads (downloads.ts), and the files a server needs (deploy-files.ts).
 * scripts/finish-build.ts runs it in a process of its own, after Astro's has exited, so that the
 * memory Astro held is given back before Pagefind takes its own.
 *
 * Pagefind indexes in processes of its own, so the downloads are written and the pages precompressed
 * meanwhile, the compression on libuv's threads (deploy-files.ts), leaving this thread to start each
 * search part as soon as one ends and to merge them.
 */
import { readRedirects } from '../lib/content/read.ts';
import type { Settings } from '../lib/site/settings.ts';
import { type Pass, precompress, sitePolicy, walk, writeRedirectPages, writeServerRules } from './deploy-files.ts';
import { writeDownloads } from './downloads.ts';
import { buildSearchIndex, type Log, SEARCH_FOLDER } from './search-index.ts';

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
    pages = await precompress(
      out,
      walk(out).filter((f) => !f.startsWith(`${SEARCH_FOLDER}/`)),
    );
  } catch (error) {
    await indexed.catch(() => undefined);
    throw error;
  }
  await indexed;

  const searchFiles = walk(out, SEARCH_FOLDER);
  const search = await precompress(out, searchFiles);
  const csp = sitePolicy(pages.policies, redirects);
  // The index's own files at the top of its folder; its chunk folders have one rule each (src/lib/deploy/rules.ts).
  const topSearchFiles = searchFiles.map((f) => f.slice(SEARCH_FOLDER.length + 1)).filter((f) => !f.includes('/'));
  log.info(writeServerRules(out, csp, redirects, settings.base, topSearchFiles));
  log.info(
    `Precompressed ${pages.count + search.count} files: ${pages.original + search.original} bytes, ` +
      `${pages.gzipped + search.gzipped} bytes gzipped`,
  );
}
