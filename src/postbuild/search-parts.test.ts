import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagefindBinary } from '../lib/pagefind/cli.ts';
import { indexPart, indexParts, partsOf, searchedPages } from './search-parts.ts';

describe('partsOf', () => {
  it.each([
    [0, 3, [0]],
    [1, 3, [1]],
    [3, 3, [3]],
    [4, 3, [2, 2]],
    [7, 3, [3, 2, 2]],
    [14_552, 2_500, [2426, 2426, 2425, 2425, 2425, 2425]],
  ])('cuts %i pages into parts of at most %i, as even as can be', (count, most, sizes) => {
    const pages = Array.from({ length: count }, (_, i) => i);
    const parts = partsOf(pages, most);
    expect(parts.map((p) => p.length)).toEqual(sizes);
    expect(parts.flat()).toEqual(pages);
  });

  it('refuses parts of no page', () => {
    expect(() => partsOf([1], 0)).toThrow(/at least one page/);
  });
});

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, data: string | Uint8Array) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, data);
};

describe('searchedPages', () => {
  it('lists the article, actor, place and event pages, sorted, and nothing else', () => {
    for (const page of [
      'articles/b/index.html',
      'articles/a/index.html',
      'events/e/index.html',
      'actors/p/index.html',
      'timeline/index.html',
    ]) {
      write(join(dir, page), '<html></html>');
    }
    write(join(dir, 'articles/no-page/cite.bib'), '');
    expect(searchedPages(dir)).toEqual(['actors/p/index.html', 'articles/a/index.html', 'articles/b/index.html', 'events/e/index.html']);
  });
});

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>Text about ${title}.</p></main></body></html>`;

/** Writes `pages` of a site in `dir/site`, each titled by its folder. */
function writeSite(pages: readonly string[]) {
  for (const p of pages) {
    mkdirSync(join(dir, 'site', p, '..'), { recursive: true });
    writeFileSync(join(dir, 'site', p), page(p.split('/')[1] ?? ''));
  }
}

/** The pages of each output folder, from its entry. */
const pageCounts = (folders: readonly string[]) =>
  folders.map(
    (folder) =>
      (JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } }).languages.en
        .page_count,
  );

describe('indexParts', () => {
  it('indexes each part with a Pagefind of its own into one folder a part, in order', async () => {
    const pages = ['articles/a/index.html', 'articles/b/index.html', 'events/c/index.html'];
    writeSite(pages);
    const folders = await indexParts(join(dir, 'site'), partsOf(pages, 1), join(dir, 'parts'), 2);
    expect(folders).toEqual([0, 1, 2].map((n) => join(dir, 'parts', String(n), 'out')));
    expect(pageCounts(folders)).toEqual([1, 1, 1]);
    // The hard links each part was indexed through are gone with it.
    expect(readdirSync(join(dir, 'parts', '0'))).toEqual(['out']);
  }, 60_000);

  it('fails when a part cannot be indexed, naming the page', async () => {
    writeSite(['articles/a/index.html']);
    await expect(
      indexParts(join(dir, 'site'), [['articles/a/index.html'], ['articles/missing/index.html']], join(dir, 'parts'), 2),
    ).rejects.toThrow(/ENOENT.*articles\/missing\/index\.html/);
  }, 60_000);
});

describe('indexPart', () => {
  it('reports a Pagefind that fails, with its exit code and what it said', async () => {
    writeSite(['articles/a/index.html']);
    const fake = join(dir, 'pagefind');
    writeFileSync(fake, '#!/bin/sh\necho "cannot read the site" >&2\nexit 3\n', { mode: 0o755 });
    process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = fake;
    try {
      await expect(indexPart(join(dir, 'site'), ['articles/a/index.html'], join(dir, 'part'), join(dir, 'out'))).rejects.toThrow(
        /exit code 3\): cannot read the site/,
      );
    } finally {
      delete process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
    }
    // The hard links are gone with the part.
    expect(readdirSync(join(dir, 'part'))).toEqual([]);
  });

  it('finds Pagefind’s binary as its Node API does: a path set in the environment, else its platform package', () => {
    expect(pagefindBinary({ PAGEFIND_BINARY_PATH: '/opt/pagefind' })).toBe('/opt/pagefind');
    expect(pagefindBinary({})).toMatch(/@pagefind[/\\][a-z0-9]+-[a-z0-9]+[/\\]bin[/\\]pagefind(_extended)?(\.exe)?$/);
  });
});
