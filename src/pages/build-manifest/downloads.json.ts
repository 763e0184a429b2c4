/**
 * The manifest of the per-article downloads (src/lib/site/downloads.ts): the CSL item and the
 * capture file of every article, and the text of every preview card. scripts/finish-build.ts writes
 * the files from it and deletes it.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { ARCHIVE_NAME } from '../../data/citations.ts';
import { downloadEntry } from '../../data/downloads.ts';
import { previewEntries } from '../../data/previews.ts';
import type { DownloadsManifest } from '../../lib/site/downloads.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const manifest: DownloadsManifest = {
    archiveName: ARCHIVE_NAME,
    articles: archive.articles.map((a) => downloadEntry(archive, a)),
    previews: previewEntries(archive),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
