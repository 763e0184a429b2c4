/**
 * The manifest of the per-article downloads (src/lib/site/downloads.ts): the CSL item and the
 * capture file of every article, and the text of every preview card. scripts/finish-build.ts writes
 * the files from it and deletes it.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { ARCHIVE_NAME, citationFor } from '../../data/citations.ts';
import { downloadEntry } from '../../data/downloads.ts';
import { formatDateSpec } from '../../lib/dates/dates.ts';
import { paths } from '../../lib/site/urls.ts';
import type { DownloadsManifest } from '../../lib/site/downloads.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const manifest: DownloadsManifest = {
    archiveName: ARCHIVE_NAME,
    articles: archive.articles.map((a) => downloadEntry(archive, a)),
    previews: [
      // Every page without a card of its own shows the archive's.
      { path: paths.defaultPreview(), title: `${ARCHIVE_NAME}, 2020–2022`, line: 'A research archive of Kazakhstan–Russia relations' },
      ...archive.articles.map((a) => ({
        path: paths.articlePreview(a.slug),
        title: a.data.title,
        line: `${citationFor(archive, a).container} · ${formatDateSpec(a.data.published)}`,
      })),
      ...archive.events.map((e) => ({ path: paths.eventPreview(e.id), title: e.data.title, line: formatDateSpec(e.data.when) })),
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
