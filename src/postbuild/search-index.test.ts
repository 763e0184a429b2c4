import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGEFIND_MARK, readMeta, writeMeta } from '../lib/pagefind/meta.ts';
import { FacetTable } from '../lib/search/facets.ts';
import { rewriteWithResultIds } from './search-index.ts';

const packed = (bytes: Uint8Array | string) => gzipSync(Buffer.concat([Buffer.from(PAGEFIND_MARK), Buffer.from(bytes)]));

/** Pagefind's output for three pages, as it writes it: an article, an event page and an actor page. */
const pages = {
  en_aaa1111: { url: '/articles/a/', meta: { title: 'A', datekey: '2021-05' }, filters: { actor: ['Putin'], year: ['2021'] } },
  en_bbb2222: { url: '/events/e/', meta: { title: 'E', datekey: '2020' }, filters: { type: ['Event'], actor: ['Putin', 'Tokayev'] } },
  en_ccc3333: { url: '/actors/p/', meta: { title: 'Putin' }, filters: { type: ['Actor'] } },
};

/** Writes that output into `folder`. */
function writeIndex(folder: string): void {
  mkdirSync(join(folder, 'fragment'));
  for (const [hash, fragment] of Object.entries(pages)) {
    writeFileSync(
      join(folder, 'fragment', `${hash}.pf_fragment`),
      packed(JSON.stringify({ ...fragment, content: '', word_count: 1, anchors: [] })),
    );
  }
  const meta = {
    version: '1.5.2',
    pages: Object.keys(pages).map((h, i) => [h, 10 + i] as const),
    chunks: [],
    filters: [],
    sorts: [],
    metaFields: ['title'],
  };
  writeFileSync(join(folder, 'pagefind.en_0123456789.pf_meta'), packed(writeMeta(meta)));
  writeFileSync(
    join(folder, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_0123456789', wasm: 'en', page_count: 3 } } }),
  );
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  writeIndex(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rewriteWithResultIds', () => {
  it('takes what each fragment says from the merge when given, instead of reading the fragments again', () => {
    // Facts with no date and no filters: nothing is dated, whatever the fragments say.
    const none = { url: undefined, key: undefined, filters: {} };
    expect(rewriteWithResultIds(dir, [none, none, none])).toEqual({ results: 3, dated: 0 });
    expect(readFileSync(join(dir, 'date-order.txt'), 'utf8')).toBe('');
  });

  it('names the results by number, moves their fragments and writes the metadata, the date order and the facet table', () => {
    expect(rewriteWithResultIds(dir)).toEqual({ results: 3, dated: 2 });
    const [build = ''] = readdirSync(join(dir, 'fragment'));
    expect(build).toMatch(/^[0-9a-f]{8}$/);
    expect(readdirSync(join(dir, 'fragment', build)).sort()).toEqual(['0.pf_fragment', 't1.pf_fragment', 't2.pf_fragment']);

    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
      version: string;
      languages: { en: { hash: string; page_count: number } };
    };
    expect(entry.version).toBe('1.5.2');
    expect(entry.languages.en.page_count).toBe(3);
    expect(existsSync(join(dir, 'pagefind.en_0123456789.pf_meta'))).toBe(false);
    const metaFile = join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`);
    const meta = readMeta(new Uint8Array(gunzipSync(readFileSync(metaFile))), metaFile);
    expect(meta.pages).toEqual([
      [`${build}/0`, 10],
      [`${build}/t1`, 11],
      [`${build}/t2`, 12],
    ]);

    expect(readFileSync(join(dir, 'date-order.txt'), 'utf8')).toBe('t1\t202001+11\n0\t202105\n');
    const table = new FacetTable(readFileSync(join(dir, 'facets.txt'), 'utf8'));
    expect(table.build).toBe(build);
    expect(table.count([0, 1, 2], {}).counts).toEqual({
      actor: { Putin: 2, Tokayev: 1 },
      type: { Actor: 1, Event: 1 },
      year: { '2021': 1 },
    });
  });

  it('gives the same names to the same index, so a rebuild keeps the cached files', () => {
    const again = mkdtempSync(join(tmpdir(), 'search-index-'));
    try {
      writeIndex(again);
      rewriteWithResultIds(dir);
      rewriteWithResultIds(again);
      const names = (folder: string) => [...readdirSync(folder), ...readdirSync(join(folder, 'fragment'))].sort();
      expect(names(again)).toEqual(names(dir));
      for (const file of ['pagefind-entry.json', 'facets.txt', 'date-order.txt']) {
        expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(dir, file), 'utf8'));
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'a fragment the metadata lists is missing',
      () => rmSync(join(dir, 'fragment', 'en_bbb2222.pf_fragment')),
      /Pagefind fragment .*en_bbb2222\.pf_fragment: ENOENT/,
    ],
    [
      'a fragment is not Pagefind’s',
      () => writeFileSync(join(dir, 'fragment', 'en_bbb2222.pf_fragment'), gzipSync('{}')),
      /Pagefind fragment .*en_bbb2222\.pf_fragment: expected it to start with "pagefind_dcd"/,
    ],
    [
      'a filter is not a list of strings',
      () =>
        writeFileSync(
          join(dir, 'fragment', 'en_ccc3333.pf_fragment'),
          packed(JSON.stringify({ ...pages.en_ccc3333, filters: { type: 'Actor' } })),
        ),
      /Pagefind fragment .*en_ccc3333\.pf_fragment: expected the filter "type" to be a list of strings/,
    ],
    [
      'a fragment the metadata does not list',
      () => writeFileSync(join(dir, 'fragment', 'en_ddd4444.pf_fragment'), packed('{}')),
      /Pagefind wrote fragments its metadata does not list: en_ddd4444\.pf_fragment/,
    ],
    [
      'two languages',
      () =>
        writeFileSync(
          join(dir, 'pagefind-entry.json'),
          JSON.stringify({ languages: { en: { hash: 'en_0123456789' }, ru: { hash: 'ru_0123456789' } } }),
        ),
      /pagefind-entry\.json: expected one language, found en, ru/,
    ],
  ] as const)('stops, naming the file, when %s', (_, spoil, message) => {
    spoil();
    expect(() => rewriteWithResultIds(dir)).toThrow(message);
  });
});
