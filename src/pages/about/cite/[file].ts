/** /about/cite/archive.bib, archive.ris and archive.json: the archive's own citation by its current edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveCitationInput } from '../../../data/publication.ts';
import { archiveCitations } from '../../../lib/citation/archive.ts';

const FILES = {
  'archive.bib': { key: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  'archive.ris': { key: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  'archive.json': { key: 'csl', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export const getStaticPaths = (() => Object.keys(FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const f = FILES[params.file as keyof typeof FILES];
  return new Response(archiveCitations(archiveCitationInput())[f.key], { headers: { 'Content-Type': f.type } });
};
