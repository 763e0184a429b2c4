/**
 * The manifest of the per-article downloads (src/lib/site/downloads.ts): the CSL item and the
 * capture file of every article. scripts/finish-build.ts writes the files from it and deletes it.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { citationFor } from '../../data/citations.ts';
import { toCsl } from '../../lib/citation/csl.ts';
import type { DownloadsManifest } from '../../lib/site/downloads.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const manifest: DownloadsManifest = {
    articles: archive.articles.map((a) => ({ slug: a.slug, item: toCsl(citationFor(archive, a)), capture: a.data.source.file })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
