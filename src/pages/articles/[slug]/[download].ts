/**
 * /articles/<slug>/<download>: the downloads made from an article's manifest entry (`cite.bib`,
 * `source.txt`, …: src/lib/site/download-table.ts), each by its row's function and with its row's type.
 * Only `astro dev` renders them here; a build writes the same files in bulk (src/postbuild/downloads.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths, loadArchive, type Article } from '../../../data/archive.ts';
import { downloadEntry } from '../../../data/downloads.ts';
import { captureBytes } from '../../../data/provenance.ts';
import { type EntryDownload, entryDownloads } from '../../../lib/site/download-table.ts';
import { contentTypeOf } from '../../../lib/deploy/media-types.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const rows = entryDownloads('articles');
  return (await articlePaths()).flatMap(({ params, props }) =>
    rows.map((row) => ({ params: { ...params, download: row.name }, props: { ...props, row } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; row: EntryDownload }> = async ({ props: { article, row } }) => {
  const made = row.made.make(downloadEntry(await loadArchive(), article));
  if (made === undefined) return new Response(null, { status: 404 });
  const body = 'text' in made ? made.text : new Uint8Array(captureBytes(article));
  return new Response(body, { headers: { 'Content-Type': contentTypeOf(row.name) } });
};
