/** /articles/<slug>/cite-templates.json: the citation templates the page's tools fill (src/scripts/page-tools.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, loadArchive, type Article } from '../../../data/archive.ts';
import { citationFor } from '../../../data/citations.ts';
import { citationTemplates } from '../../../lib/citation/citation.ts';

// Only `astro dev` renders this here; a build writes the files in bulk (src/postbuild/downloads.ts).
export const getStaticPaths = (() => downloadPaths(import.meta.env.DEV)) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(JSON.stringify(citationTemplates(citationFor(await loadArchive(), props.article))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
