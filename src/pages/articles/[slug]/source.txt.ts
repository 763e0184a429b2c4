/** /articles/<slug>/source.txt: the raw capture, byte for byte as collected (checked against source.sha256 by the build). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, type Article } from '../../../data/archive.ts';
import { captureBytes } from '../../../data/provenance.ts';

// A build copies the captures in bulk (src/lib/site/downloads.ts); only `astro dev` serves them here.
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await loadArchive()).articles.map((article) => ({ params: { slug: article.slug }, props: { article } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(new Uint8Array(captureBytes(props.article)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
