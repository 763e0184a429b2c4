/** /articles/<slug>/cite.bib: the article's citation as BibTeX (biblatex dialect). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, type Article } from '../../../data/archive.ts';
import { citationFor } from '../../../data/citations.ts';
import { toBibtex } from '../../../lib/citation/citation.ts';

// A build writes these files in bulk (src/lib/site/downloads.ts); only `astro dev` renders them here.
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await loadArchive()).articles.map((article) => ({ params: { slug: article.slug }, props: { article } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(toBibtex(citationFor(await loadArchive(), props.article)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
