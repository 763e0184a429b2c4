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
import { displayOf, readRedirects } from '../lib/content/read.ts';
import { DOWNLOADS_MANIFEST } from '../lib/site/downloads.ts';
import type { Settings } from '../lib/site/settings.ts';
import { type Pass, precompress, sitePolicy, walk, writeRedirectPages, writeServerRules } from './deploy-files.ts';
import { readDownloadsManifest, writeDownloads } from './downloads.ts';
import { writePreviews } from './previews.ts';
import { buildSearchIndex, type Log, SEARCH_FOLDER } from './search-index.ts';

/** The passes of precompress() over several sets of files, as one. */
function added(passes: readonly Pass[]): Pass {
  return {
    policies: passes.flatMap((p) => p.policies),
    count: passes.reduce((n, p) => n + p.count, 0),
    original: passes.reduce((n, p) => n + p.original, 0),
    gzipped: passes.reduce((n, p) => n + p.gzipped, 0),
  };
}

/** Indexes, precompresses and writes the server rules for the build in `out`. */
export async function finishBuild(out: string, settings: Settings, log: Log): Promise<void> {
  const redirects = readRedirects(settings.contentRoot, displayOf(settings.contentRoot));
  writeRedirectPages(out, redirects, settings.base, new URL(settings.site));

  const indexed = buildSearchIndex(out, log);
  // Awaited once the downloads are written and the pages compressed; marked as handled now, so that an
  // index failing meanwhile is reported there, not as a rejection nobody handled, which ends the process.
  indexed.catch(() => undefined);
  let pages: Pass;
  try {
    // The files Astro wrote are compressed while the downloads are written (from the manifest in
    // build-manifest/, which writeDownloads deletes), and the downloads once written. Pagefind writes
    // its own folder meanwhile; its files are compressed once it has finished.
    const manifestFolder = `${DOWNLOADS_MANIFEST.split('/')[0]}/`;
    const fromAstro = walk(out).filter((f) => !f.startsWith(`${SEARCH_FOLDER}/`) && !f.startsWith(manifestFolder));
    const manifest = readDownloadsManifest(out);
    const [astroPass, downloadsPass, previewsPass] = await Promise.allSettled([
      precompress(out, fromAstro),
      writeDownloads(out, settings.contentRoot, manifest).then((downloads) => {
        log.info(`Wrote ${downloads.length} download files`);
        return precompress(out, downloads);
      }),
      // PNGs are not worth compressing again.
      writePreviews(out, manifest.previews, manifest.archiveName).then((files) => log.info(`Wrote ${files.length} preview images`)),
    ]);
    if (astroPass.status === 'rejected') throw astroPass.reason;
    if (downloadsPass.status === 'rejected') throw downloadsPass.reason;
    if (previewsPass.status === 'rejected') throw previewsPass.reason;
    pages = added([astroPass.value, downloadsPass.value]);
  } catch (error) {
    await indexed.catch(() => undefined);
    throw error;
  }
  await indexed;

  const searchFiles = walk(out, SEARCH_FOLDER);
  const search = await precompress(out, searchFiles);
  const all = added([pages, search]);
  const csp = sitePolicy(pages.policies, redirects);
  // The index's own files at the top of its folder; its chunk folders have one rule each (src/lib/deploy/rules.ts).
  const topSearchFiles = searchFiles.map((f) => f.slice(SEARCH_FOLDER.length + 1)).filter((f) => !f.includes('/'));
  log.info(writeServerRules(out, csp, redirects, settings.base, topSearchFiles, settings.headers));
  log.info(`Precompressed ${all.count} files: ${all.original} bytes, ${all.gzipped} bytes gzipped`);
}
