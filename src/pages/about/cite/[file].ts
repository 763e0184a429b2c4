/** /about/cite/archive.bib, archive.ris and archive.json: the archive's own citation by its current edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveCitationInput } from '../../../data/publication.ts';
import { archiveCitations } from '../../../lib/citation/archive.ts';
import { contentTypeOf } from '../../../lib/deploy/media-types.ts';
import { download } from '../../../lib/site/download-table.ts';

/** Which of the archive's citations each file holds; its type is its row's (src/lib/site/download-table.ts). */
const FILES = { 'archive.bib': 'bibtex', 'archive.ris': 'ris', 'archive.json': 'csl' } as const;

export const getStaticPaths = (() => Object.keys(FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file as keyof typeof FILES;
  const type = contentTypeOf(download(file).path ?? file);
  return new Response(archiveCitations(archiveCitationInput())[FILES[file]], { headers: { 'Content-Type': type } });
};
