/**
 * Writes every article's download files from the manifest the build wrote (src/lib/site/downloads.ts):
 * `cite.bib`, `cite.ris` and `cite.json` from its CSL item through citation-js, the same functions
 * the routes use in `astro dev` (src/lib/citation/formats.ts), and `source.txt`, the capture copied
 * byte for byte from the content tree (whose SHA-256 the content loader checked before the build
 * rendered anything). The manifest is deleted once read.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { bibtexOfItem, cslJsonOfItem, risOfItem } from '../lib/citation/formats.ts';
import { DOWNLOADS_MANIFEST, type DownloadEntry, type DownloadsManifest } from '../lib/site/downloads.ts';
import { paths } from '../lib/site/urls.ts';

/** A site path ("/articles/x/cite.bib") as a file under `out`. */
const fileOf = (out: string, path: string) => join(out, ...path.split('/').filter(Boolean));

/** Writes one article's downloads; returns the files written, relative to `out`. */
export function writeArticleDownloads(out: string, sources: string, entry: DownloadEntry): string[] {
  const files: Array<[string, string]> = [
    [paths.citation(entry.slug, 'bib'), bibtexOfItem(entry.item)],
    [paths.citation(entry.slug, 'ris'), risOfItem(entry.item)],
    [paths.citation(entry.slug, 'json'), cslJsonOfItem(entry.item)],
  ];
  for (const [path, text] of files) writeFileSync(fileOf(out, path), text);
  copyFileSync(join(sources, entry.capture), fileOf(out, paths.captureFile(entry.slug)));
  return [...files.map(([path]) => path), paths.captureFile(entry.slug)].map((p) => p.slice(1));
}

/**
 * Reads and deletes the manifest in `out`, and writes every article's downloads, yielding to the
 * event loop between articles (the search index is built meanwhile; see finish.ts). Returns the files written.
 */
export async function writeDownloads(out: string, contentRoot: string): Promise<string[]> {
  const manifestFile = fileOf(out, DOWNLOADS_MANIFEST);
  let manifest: DownloadsManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as DownloadsManifest;
  } catch (error) {
    throw new Error(`${DOWNLOADS_MANIFEST} is missing or unreadable in the build (${String(error)}); is its route in src/pages/?`);
  }
  rmSync(join(manifestFile, '..'), { recursive: true });
  const sources = join(contentRoot, 'sources');
  const written: string[] = [];
  for (const [i, entry] of manifest.articles.entries()) {
    written.push(...writeArticleDownloads(out, sources, entry));
    if (i % 8 === 7) await yieldToLoop();
  }
  return written;
}
