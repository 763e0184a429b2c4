/** /articles/<slug>/cite.ris: the article’s citation as RIS. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, loadArchive, type Article } from '../../../data/archive.ts';
import { citationFor } from '../../../data/citations.ts';
import { toRis } from '../../../lib/citation/citation.ts';

// Only `astro dev` renders this here; a build writes the files in bulk (src/data/archive.ts, downloadPaths).
export const getStaticPaths = (() => downloadPaths(import.meta.env.DEV)) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(toRis(citationFor(await loadArchive(), props.article)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
