/**
 * Writes every article's download files from the manifest the build wrote (src/lib/site/downloads.ts),
 * each by its row of the downloads table (src/lib/site/download-table.ts), the same function the
 * route serves in `astro dev`: the citations from the article's CSL item through citation-js, and
 * `source.txt`, the capture copied byte for byte from the content tree (whose SHA-256 the content
 * loader checked before the build rendered anything). The manifest is deleted once read.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf, type OutputCache } from '../lib/build/output-cache.ts';
import { refusedPath } from '../lib/content/files.ts';
import { entryDownloads, type EntryDownload } from '../lib/site/download-table.ts';
import { DOWNLOADS_MANIFEST, type DownloadEntry, type DownloadsManifest } from '../lib/site/downloads.ts';
import { eachAtOnce } from './at-once.ts';

/** A site path ("/articles/x/cite.bib") as a file under `out`. */
const fileOf = (out: string, path: string) => join(out, ...path.split('/').filter(Boolean));

/** How many articles' downloads are written at once (their captures copied on libuv's threads). */
const ARTICLES_AT_ONCE = 8;

/**
 * Writes one entry's downloads (the table's rows for `folder`); resolves to the files written,
 * relative to `out`. A capture is copied on libuv's threads, so that the calling thread formats the
 * next entry's citations meanwhile.
 */
export async function writeEntryDownloads(
  out: string,
  sources: string,
  entry: DownloadEntry,
  rows: readonly EntryDownload[] = entryDownloads('articles'),
  folder = 'articles',
  cache?: OutputCache,
): Promise<string[]> {
  const written: string[] = [];
  // The text files are made from the entry alone: kept under its digest, they are the last build's
  // when the entry is. The capture is copied from the content tree either way.
  const key = `downloads:${folder}/${entry.slug}:${digestOf([JSON.stringify(entry), ...rows.map((r) => r.name)])}`;
  const kept = cache?.restore(key, out) === true;
  const keptFiles = new Set(kept ? cache?.filesOf(key) : []);
  const texts: string[] = [];
  for (const row of rows) {
    const path = `${folder}/${entry.slug}/${row.name}`;
    if (keptFiles.has(path)) {
      written.push(path);
      continue;
    }
    const made = row.made.make(entry);
    if (made === undefined) continue;
    if ('text' in made) {
      writeFileSync(fileOf(out, path), made.text);
      texts.push(path);
    } else {
      // The content checks refused a linked capture; a link put in its place since is refused here too.
      const refused = refusedPath(sources, [made.capture], 'file');
      if (refused !== undefined) throw new Error(`sources/${made.capture}: found ${refused.found}; expected ${refused.expected}`);
      await copyFile(join(sources, made.capture), fileOf(out, path));
    }
    written.push(path);
  }
  if (!kept) cache?.put(key, out, texts);
  return written;
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
export async function writeDownloads(
  out: string,
  contentRoot: string,
  manifest: DownloadsManifest,
  cache?: OutputCache,
): Promise<string[]> {
  const sources = join(contentRoot, 'sources');
  const rows = entryDownloads('articles');
  // A few articles at once, so that the next article's citations are formatted while captures are copied.
  const written = await eachAtOnce(manifest.articles, ARTICLES_AT_ONCE, (entry) =>
    writeEntryDownloads(out, sources, entry, rows, 'articles', cache),
  );
  return written.flat();
}
