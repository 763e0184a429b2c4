/**
 * The machine-readable forms of an article a page links with `<link rel="alternate">`, each with
 * the media type its download row gives it (src/lib/site/download-table.ts), the one the server
 * rules send, so that a reference manager or harvester that reads the page's head finds the RIS,
 * BibTeX, CSL-JSON and TEI files.
 */
import { download } from '../site/download-table.ts';
import { paths } from '../site/urls.ts';

/** One alternate: the root-relative path, its media type and a title a reader's tool can show. */
export interface Alternate {
  readonly path: string;
  readonly type: string;
  readonly title: string;
}

/** The alternates of the article `slug`. */
export function articleAlternates(slug: string): Alternate[] {
  return [
    { path: paths.citation(slug, 'ris'), type: download('cite.ris').type, title: 'Citation (RIS)' },
    { path: paths.citation(slug, 'bib'), type: download('cite.bib').type, title: 'Citation (BibTeX)' },
    { path: paths.citation(slug, 'json'), type: download('cite.json').type, title: 'Citation (CSL-JSON)' },
    { path: paths.tei(slug), type: download('tei.xml').type, title: 'Text and provenance (TEI P5)' },
  ];
}
