import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toBibtex, toCslJson, toRis } from '../lib/citation/formats.ts';
import { type CitationInput, toCsl } from '../lib/citation/csl.ts';
import { DOWNLOADS_MANIFEST } from '../lib/site/downloads.ts';
import { readDownloadsManifest, writeDownloads } from './downloads.ts';

const input: CitationInput = {
  id: 'an-article',
  title: 'Russia has no allies, Bezpalko says',
  authors: ['Paul Goble'],
  container: 'Window on Eurasia',
  type: 'blog-post',
  genre: 'blog',
  published: { from: '2022-06', to: '2022-07' },
  originalUrl: 'https://example.net/x',
  language: 'en',
  translators: ['InoSMI'],
  archive: { name: 'Kazakhstan–Russia Archive', url: 'https://archive.test/articles/an-article/' },
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(manifest: unknown): { out: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'downloads-'));
  dirs.push(root);
  const out = join(root, 'dist');
  const content = join(root, 'content');
  mkdirSync(join(out, 'articles', 'an-article'), { recursive: true });
  mkdirSync(join(out, 'build-manifest'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  writeFileSync(join(content, 'sources', 'capture.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0xe2, 0x80, 0x94]));
  if (manifest !== undefined) writeFileSync(join(out, DOWNLOADS_MANIFEST), JSON.stringify(manifest));
  return { out, content };
}

describe('writeDownloads', () => {
  it('writes what the routes render, copies the capture byte for byte, and deletes the manifest', async () => {
    const { out, content } = site({
      articles: [
        {
          slug: 'an-article',
          item: toCsl(input),
          original: input.originalUrl,
          capture: 'capture.txt',
          templates: { apa: 'A {{paragraph}}' },
        },
      ],
      previews: [],
      archiveName: 'An archive',
    });
    const written = await writeDownloads(out, content, readDownloadsManifest(out));
    const dir = join(out, 'articles', 'an-article');
    expect(written.sort()).toEqual([
      'articles/an-article/cite-templates.json',
      'articles/an-article/cite.bib',
      'articles/an-article/cite.json',
      'articles/an-article/cite.ris',
      'articles/an-article/source.txt',
    ]);
    expect(readFileSync(join(dir, 'cite.bib'), 'utf8')).toBe(toBibtex(input));
    expect(readFileSync(join(dir, 'cite.ris'), 'utf8')).toBe(toRis(input));
    expect(readFileSync(join(dir, 'cite.json'), 'utf8')).toBe(toCslJson(input));
    expect(JSON.parse(readFileSync(join(dir, 'cite-templates.json'), 'utf8'))).toEqual({ apa: 'A {{paragraph}}' });
    expect(readFileSync(join(dir, 'source.txt'))).toEqual(readFileSync(join(content, 'sources', 'capture.txt')));
    expect(existsSync(join(out, 'build-manifest'))).toBe(false);
  });
  it('names the manifest when the build did not write it', async () => {
    const { out } = site(undefined);
    expect(() => readDownloadsManifest(out)).toThrow(`${DOWNLOADS_MANIFEST} is missing or unreadable`);
  });
});
