/**
 * An article's entry of the downloads manifest (src/lib/site/downloads.ts), what every download made
 * from an entry (src/lib/site/download-table.ts) is made of, for the build's manifest; and the route
 * that serves the same files in `astro dev`, each by its row's function and with its row's type; and
 * the archive's own citation files, with their rows' types.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveCitations } from '../lib/citation/archive.ts';
import { citationTemplates } from '../lib/citation/citation.ts';
import { toCsl } from '../lib/citation/csl.ts';
import { contentTypeOf } from '../lib/deploy/media-types.ts';
import { download, type EntryDownload, entryDownloads } from '../lib/site/download-table.ts';
import type { DownloadEntry } from '../lib/site/downloads.ts';
import { type Archive, type Article, articlePaths, loadArchive } from './archive.ts';
import { citationFor } from './citations.ts';
import { captureBytes } from './article-files.ts';
import { archiveCitationInput } from './publication.ts';

/** The article's CSL item, original address, capture file and citation templates. */
export function downloadEntry(archive: Archive, article: Article): DownloadEntry {
  const input = citationFor(archive, article);
  const templates = citationTemplates(input);
  return { slug: article.slug, item: toCsl(input), original: input.originalUrl, capture: article.data.source.file, templates };
}

/**
 * The route of the article downloads whose names end in `.<extension>`, at
 * `src/pages/articles/[slug]/[name].<extension>.ts`: a route per extension, since Astro answers a
 * dynamic endpoint without a final slash only when its file name ends in an extension. Only
 * `astro dev` renders them; a build writes the same files in bulk (src/postbuild/downloads.ts).
 */
export function entryDownloadRoute(extension: string): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute<{ article: Article; row: EntryDownload }>;
} {
  const rows = entryDownloads('articles').filter((row) => row.name.endsWith(`.${extension}`));
  return {
    getStaticPaths: async () => {
      if (!import.meta.env.DEV) return [];
      return (await articlePaths()).flatMap(({ params, props }) =>
        rows.map((row) => ({ params: { ...params, name: row.name.slice(0, -extension.length - 1) }, props: { ...props, row } })),
      );
    },
    GET: async ({ props: { article, row } }) => {
      const made = row.made.make(downloadEntry(await loadArchive(), article));
      if (made === undefined) return new Response(null, { status: 404 });
      const body = 'text' in made ? made.text : new Uint8Array(captureBytes(article));
      return new Response(body, { headers: { 'Content-Type': contentTypeOf(row.name) } });
    },
  };
}

/** Which of the archive's own citations (src/lib/citation/archive.ts) each of its files holds. */
const ARCHIVE_CITATIONS = { 'archive.bib': 'bibtex', 'archive.ris': 'ris', 'archive.json': 'csl' } as const;

/** The response of `/about/cite/<file>`: the archive's citation by its current edition, with its row's type. */
export function archiveCitationResponse(file: keyof typeof ARCHIVE_CITATIONS): Response {
  const type = contentTypeOf(download(file).path ?? file);
  return new Response(archiveCitations(archiveCitationInput())[ARCHIVE_CITATIONS[file]], { headers: { 'Content-Type': type } });
}
