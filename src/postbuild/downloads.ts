/**
 * Writes every article's download files from the manifest the build wrote (src/lib/site/downloads.ts):
 * `cite.bib`, `cite.ris` and `cite.json` from its CSL item through citation-js, the same functions
 * the routes use in `astro dev` (src/lib/citation/formats.ts), and `source.txt`, the capture copied
 * byte for byte from the content tree (whose SHA-256 the content loader checked before the build
 * rendered anything). The manifest is deleted once read.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bibtexOfItem, cslJsonOfItem, risOfItem } from '../lib/citation/formats.ts';
import { refusedPath } from '../lib/content/files.ts';
import { DOWNLOADS_MANIFEST, type DownloadEntry, type DownloadsManifest } from '../lib/site/downloads.ts';
import { paths } from '../lib/site/urls.ts';
import { eachAtOnce } from './at-once.ts';

/** A site path ("/articles/x/cite.bib") as a file under `out`. */
const fileOf = (out: string, path: string) => join(out, ...path.split('/').filter(Boolean));

/** How many articles' downloads are written at once (their captures copied on libuv's threads). */
const ARTICLES_AT_ONCE = 8;

/**
 * Writes one article's downloads; resolves to the files written, relative to `out`. The capture is
 * copied on libuv's threads: at 10,000 articles the copies took 4 s of the calling thread.
 */
export async function writeArticleDownloads(out: string, sources: string, entry: DownloadEntry): Promise<string[]> {
  const files: Array<[string, string]> = [
    [paths.citation(entry.slug, 'bib'), bibtexOfItem(entry.item)],
    [paths.citation(entry.slug, 'ris'), risOfItem(entry.item, entry.original)],
    [paths.citation(entry.slug, 'json'), cslJsonOfItem(entry.item)],
    ...(entry.templates ? [[paths.citeTemplates(entry.slug), JSON.stringify(entry.templates)] as [string, string]] : []),
  ];
  for (const [path, text] of files) writeFileSync(fileOf(out, path), text);
  // The content checks refused a linked capture; a link put in its place since is refused here too.
  const refused = refusedPath(sources, [entry.capture], 'file');
  if (refused !== undefined) throw new Error(`sources/${entry.capture}: found ${refused.found}; expected ${refused.expected}`);
  await copyFile(join(sources, entry.capture), fileOf(out, paths.captureFile(entry.slug)));
  return [...files.map(([path]) => path), paths.captureFile(entry.slug)].map((p) => p.slice(1));
}

/** Reads the manifest the build wrote in `out` and deletes its folder, so that it is never served. */
export function readDownloadsManifest(out: string): DownloadsManifest {
  const manifestFile = fileOf(out, DOWNLOADS_MANIFEST);
  let manifest: DownloadsManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as DownloadsManifest;
  } catch (error) {
    throw new Error(`${DOWNLOADS_MANIFEST} is missing or unreadable in the build (${String(error)}); is its route in src/pages/?`);
  }
  rmSync(join(manifestFile, '..'), { recursive: true });
  return manifest;
}

/**
 * Writes every article's downloads of the manifest, `ARTICLES_AT_ONCE` at a time, giving the event
 * loop a turn at each copy (the search index is built meanwhile; see finish.ts). Resolves to the
 * files written, in the manifest's order; rejects with the first failure once the articles begun are
 * written (at-once.ts).
 */
export async function writeDownloads(out: string, contentRoot: string, manifest: DownloadsManifest): Promise<string[]> {
  const sources = join(contentRoot, 'sources');
  // A few articles at once, so that the next article's citations are formatted while captures are copied.
  const written = await eachAtOnce(manifest.articles, ARTICLES_AT_ONCE, (entry) => writeArticleDownloads(out, sources, entry));
  return written.flat();
}
