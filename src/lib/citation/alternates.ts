/**
 * The machine-readable forms of an article a page links with `<link rel="alternate">`, each with
 * the media type its route and the server rules give it, so that a reference manager or harvester
 * that reads the page's head finds the RIS, BibTeX, CSL-JSON and TEI files.
 */
import { paths } from '../site/urls.ts';

/** One alternate: the root-relative path, its media type and a title a reader's tool can show. */
export interface Alternate {
  readonly path: string;
  readonly type: string;
  readonly title: string;
}

/** The media types of the citation and TEI files (the registered or customary ones, without parameters). */
export const CITATION_MEDIA_TYPES = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
  json: 'application/vnd.citationstyles.csl+json',
  tei: 'application/tei+xml',
} as const;

/** The alternates of the article `slug`. */
export function articleAlternates(slug: string): Alternate[] {
  return [
    { path: paths.citation(slug, 'ris'), type: CITATION_MEDIA_TYPES.ris, title: 'Citation (RIS)' },
    { path: paths.citation(slug, 'bib'), type: CITATION_MEDIA_TYPES.bib, title: 'Citation (BibTeX)' },
    { path: paths.citation(slug, 'json'), type: CITATION_MEDIA_TYPES.json, title: 'Citation (CSL-JSON)' },
    { path: paths.tei(slug), type: CITATION_MEDIA_TYPES.tei, title: 'Text and provenance (TEI P5)' },
  ];
}
