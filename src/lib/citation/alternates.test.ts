import { describe, expect, it } from 'vitest';
import { articleAlternates } from './alternates.ts';

describe('articleAlternates', () => {
  it('links the RIS, BibTeX, CSL-JSON and TEI files of the article with their media types', () => {
    expect(articleAlternates('an-article').map((a) => [a.path, a.type])).toEqual([
      ['/articles/an-article/cite.ris', 'application/x-research-info-systems'],
      ['/articles/an-article/cite.bib', 'application/x-bibtex'],
      ['/articles/an-article/cite.json', 'application/vnd.citationstyles.csl+json'],
      ['/articles/an-article/tei.xml', 'application/tei+xml'],
    ]);
  });
});
