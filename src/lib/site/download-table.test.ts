import { describe, expect, it } from 'vitest';
import type { CslItem } from '../citation/csl.ts';
import { type Download, DOWNLOADS, download, downloadPatterns, entryDownloads } from './download-table.ts';
import type { DownloadEntry } from './downloads.ts';
import { PAGE_KINDS, type PageKind } from './page-kinds.ts';

const item = { id: 'x', type: 'article-newspaper', title: 'A title', issued: { 'date-parts': [[2021, 3, 4]] } } as CslItem;
const entry: DownloadEntry = { slug: 'x', item, original: 'https://example.net/x', capture: 'x.txt', templates: { apa: 'A' } };

describe('the downloads table', () => {
  it('gives the articles their citations, templates and capture, made from the manifest entry', () => {
    expect(entryDownloads('articles').map((d) => d.name)).toEqual([
      'cite.bib',
      'cite.ris',
      'cite.json',
      'cite-templates.json',
      'source.txt',
    ]);
    expect(entryDownloads('actors')).toEqual([]);
  });
  it.each([
    ['cite.json', (t: string) => expect(JSON.parse(t)[0].title).toBe('A title')],
    ['cite.bib', (t: string) => expect(t).toMatch(/^@article\{/)],
    ['cite.ris', (t: string) => expect(t).toContain('L2  - https://example.net/x')],
    ['cite-templates.json', (t: string) => expect(JSON.parse(t)).toEqual({ apa: 'A' })],
  ])('makes %s from the entry', (name, check) => {
    const made = entryDownloads('articles')
      .find((d) => d.name === name)
      ?.made.make(entry);
    expect(made !== undefined && 'text' in made).toBe(true);
    if (made !== undefined && 'text' in made) check(made.text);
  });
  it('copies the capture for source.txt, and writes no templates for an entry without them', () => {
    const rows = entryDownloads('articles');
    expect(rows.find((d) => d.name === 'source.txt')?.made.make(entry)).toEqual({ capture: 'x.txt' });
    expect(rows.find((d) => d.name === 'cite-templates.json')?.made.make({ ...entry, templates: undefined })).toBeUndefined();
  });
  it('gives each download a path pattern and type, beside the pages of the kinds that list it', () => {
    const patterns = downloadPatterns();
    expect(patterns).toContainEqual({ pattern: '/articles/:id/cite.bib', type: 'application/x-bibtex' });
    expect(patterns).toContainEqual({ pattern: '/events/:id/preview.png', type: 'image/png' });
    expect(patterns).toContainEqual({ pattern: '/feed.xml', type: 'application/atom+xml' });
  });
  it('refuses a kind listing a download the table lacks, and two rows of one name', () => {
    const stray: PageKind = { ...PAGE_KINDS[1], downloads: ['letter.pdf'] };
    expect(() => downloadPatterns([stray])).toThrow(/No download named "letter.pdf"/);
    const twice: Download[] = [...DOWNLOADS, { name: 'cite.bib', type: 'text/plain', made: { by: 'route' } }];
    expect(() => downloadPatterns(PAGE_KINDS, twice)).toThrow(/Two downloads named "cite.bib"/);
  });
  it('lists every download a kind names', () => {
    for (const kind of PAGE_KINDS) for (const name of kind.downloads) expect(download(name).name).toBe(name);
  });
});
