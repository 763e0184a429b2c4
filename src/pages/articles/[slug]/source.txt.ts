/** /articles/<slug>/source.txt: the raw capture, byte for byte as collected (checked against source.sha256 by the build). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, type Article } from '../../../data/archive.ts';
import { captureBytes } from '../../../data/provenance.ts';

// Only `astro dev` renders this here; a build writes the files in bulk (src/data/archive.ts, downloadPaths).
export const getStaticPaths = (() => downloadPaths(import.meta.env.DEV)) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(new Uint8Array(captureBytes(props.article)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
