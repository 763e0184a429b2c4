import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchManifest } from '../lib/search/extras.ts';
import { partKey } from './search-cache.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-cache-'));
  const pages: Array<[string, string]> = [
    ['articles/a/index.html', '<main data-pagefind-body>A</main>'],
    ['articles/b/index.html', '<main data-pagefind-body>B</main>'],
  ];
  for (const [page, text] of pages) {
    mkdirSync(join(dir, page, '..'), { recursive: true });
    writeFileSync(join(dir, page), text);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PAGES = ['articles/a/index.html', 'articles/b/index.html'];

describe('partKey', () => {
  it('is the same for the same pages, bytes and Pagefind', () => {
    expect(partKey(dir, PAGES, '1.5.2')).toBe(partKey(dir, [...PAGES], '1.5.2'));
    expect(partKey(dir, PAGES, '1.5.2')).toMatch(/^search:[0-9a-f]{64}$/);
  });

  it.each([
    ['a page’s bytes', () => writeFileSync(join(dir, 'articles/b/index.html'), '<main data-pagefind-body>B!</main>'), PAGES, '1.5.2'],
    ['the pages of the part', () => undefined, PAGES.slice(0, 1), '1.5.2'],
    ['Pagefind’s version', () => undefined, PAGES, '1.6.0'],
  ])('changes with %s', (_, change, pages, version) => {
    const before = partKey(dir, PAGES, '1.5.2');
    change();
    expect(partKey(dir, pages, version)).not.toBe(before);
  });

  it('changes with the search-only content put back into a page (a name block’s text), not only with the built page', () => {
    const extras = (text: string): SearchManifest => ({
      blocks: { 'actor/x': { id: 'names-x', text } as SearchManifest['blocks'][string] },
      pages: { 'articles/a/index.html': { names: ['actor/x'], meta: {}, filters: {} } },
    });
    expect(partKey(dir, PAGES, '1.5.2', extras('Tokayev'))).toBe(partKey(dir, PAGES, '1.5.2', extras('Tokayev')));
    expect(partKey(dir, PAGES, '1.5.2', extras('Tokayev Токаев'))).not.toBe(partKey(dir, PAGES, '1.5.2', extras('Tokayev')));
  });
});
