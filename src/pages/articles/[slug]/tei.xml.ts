/** /articles/<slug>/tei.xml: the article as TEI P5 (src/lib/provenance/tei.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths, type Article } from '../../../data/archive.ts';
import { keyed } from '../../../data/cache-keys.ts';
import { teiDocument } from '../../../data/article-files.ts';
import { loadIndexes } from '../../../data/indexes.ts';
import { contentTypeOf } from '../../../lib/deploy/media-types.ts';

export const getStaticPaths = (() => keyed(articlePaths(), (k, p) => k.entry(`articles/${p.props.article.id}`))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(teiDocument(await loadIndexes(), props.article), { headers: { 'Content-Type': contentTypeOf('tei.xml') } });
