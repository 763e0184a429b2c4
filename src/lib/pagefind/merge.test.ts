import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeItem, type Item } from './cbor.ts';
import { readFilter } from './filters.ts';
import { mergeParts, urlOrder } from './merge.ts';
import { PAGEFIND_MARK, readMeta, writeMeta } from './meta.ts';
import { fullHash } from './names.ts';
import { readWords } from './words.ts';
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, data: string | Uint8Array) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, data);
};

describe('urlOrder', () => {
  it.each([
    ['one part, in order', [['/a/', '/b/']], [[0, 1]]],
    ['one part, as the file system listed it', [['/c/', '/a/', '/b/']], [[2, 0, 1]]],
    [
      'parts whose pages interleave',
      [
        ['/b/', '/d/'],
        ['/c/', '/a/'],
      ],
      [
        [1, 3],
        [2, 0],
      ],
    ],
    ['by UTF-8 bytes, not UTF-16 code units', [['/\u{1d539}/', '/\uff41/']], [[1, 0]]],
    ['one URL in two parts, in part order', [['/a/'], ['/a/', '/0/']], [[1], [2, 0]]],
  ])('%s', (_, urls, numbers) => {
    expect(urlOrder(urls).map((n) => [...n])).toEqual(numbers);
  });
});

const packed = (body: Uint8Array | string) => gzipSync(Buffer.concat([Buffer.from(PAGEFIND_MARK), Buffer.from(body)]));
const unpacked = (file: string) => new Uint8Array(gunzipSync(readFileSync(file)).subarray(PAGEFIND_MARK.length));

/** A Pagefind output as Pagefind 1.5 writes it, in `folder`: its pages' fragments, one chunk, one filter. */
function writePart(folder: string, part: { fragments: Array<[string, string]>; words: Item; filter: Item; fields: string[] }) {
  const chunk = encodeItem(part.words);
  const filter = encodeItem(part.filter);
  for (const [name, text] of part.fragments) write(join(folder, 'fragment', `${name}.pf_fragment`), packed(text));
  write(join(folder, 'index', 'en_c.pf_index'), packed(chunk));
  write(join(folder, 'filter', 'en_f.pf_filter'), packed(filter));
  const meta = writeMeta({
    version: '1.5.2',
    pages: part.fragments.map(([name]) => [name, 5] as const),
    chunks: [['a', 'z', 'en_c']],
    filters: [['year', 'en_f']],
    sorts: [],
    metaFields: part.fields,
  });
  write(join(folder, 'pagefind.en_m.pf_meta'), packed(meta));
  write(
    join(folder, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_m', wasm: 'en', page_count: 2 } } }),
  );
  write(join(folder, 'pagefind.js'), '// pagefind');
}

describe('mergeParts', () => {
  it('merges two parts into one index: pages, words, filters, fields, and fragments whose names two parts share', async () => {
    // Both parts name a page en_aaa: in part 1 it is another page (its name is lengthened from its
    // full hash), while en_bbb is the same page in both (it is shared, as Pagefind shares it).
    const other = '{"url":"/articles/other/"}';
    writePart(join(dir, 'p0'), {
      fragments: [
        ['en_aaa', '{"url":"/articles/a/"}'],
        ['en_bbb', '{"url":"/articles/same/"}'],
      ],
      words: [[['astana', [[0, [1], [-1, 0]]], []]]],
      filter: ['year', [['2021', [0, 1]]]],
      fields: ['title'],
    });
    writePart(join(dir, 'p1'), {
      fragments: [
        ['en_aaa', other],
        ['en_bbb', '{"url":"/articles/same/"}'],
      ],
      words: [
        [
          ['almaty', [[1, [4], [-1, 0]]], []],
          ['astana', [[0, [2], []]], []],
        ],
      ],
      filter: ['year', [['2022', [1]]]],
      fields: ['date', 'title'],
    });
    const out = join(dir, 'out');
    // What each merged page's fragment says, in page order: read once, here, for the naming after it.
    const fact = (url: string) => ({ url, key: undefined, filters: {} });
    expect(await mergeParts([join(dir, 'p0'), join(dir, 'p1')], out)).toEqual({
      pages: 4,
      chunks: 1,
      facts: [fact('/articles/a/'), fact('/articles/other/'), fact('/articles/same/'), fact('/articles/same/')],
    });

    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
      languages: { en: { hash: string; page_count: number } };
    };
    expect(entry.languages.en.page_count).toBe(4);
    const metaFile = join(out, `pagefind.${entry.languages.en.hash}.pf_meta`);
    const meta = readMeta(unpacked(metaFile), metaFile);
    const lengthened = `en_${fullHash(new TextEncoder().encode(other))}`.slice(0, 'en_aaa'.length + 1);
    // Numbered by URL: /articles/a/ (part 0), /articles/other/ (part 1), /articles/same/ (parts 0 and 1).
    expect(meta.pages).toEqual([
      ['en_aaa', 5],
      [lengthened, 5],
      ['en_bbb', 5],
      ['en_bbb', 5],
    ]);
    expect(readdirSync(join(out, 'fragment')).sort()).toEqual(
      ['en_aaa.pf_fragment', 'en_bbb.pf_fragment', `${lengthened}.pf_fragment`].sort(),
    );
    expect(new TextDecoder().decode(unpacked(join(out, 'fragment', `${lengthened}.pf_fragment`)))).toBe(other);
    expect(meta.metaFields).toEqual(['date', 'title']);

    const [[, , chunk] = []] = meta.chunks;
    const words = readWords(unpacked(join(out, 'index', `${chunk}.pf_index`)), 'chunk');
    expect(words).toEqual([
      ['almaty', [[3, [4], [-1, 0]]], []],
      // Part 0's field 0 (title) is field 1 of the merged list; part 1's page 0 is page 1.
      [
        'astana',
        [
          [0, [1], [-2, 0]],
          [1, [2], []],
        ],
        [],
      ],
    ]);
    const [[, filter] = []] = meta.filters;
    expect(readFilter(unpacked(join(out, 'filter', `${filter}.pf_filter`)), 'filter')).toEqual([
      'year',
      [
        ['2021', [0, 2]],
        ['2022', [3]],
      ],
    ]);
    expect(readFileSync(join(out, 'pagefind.js'), 'utf8')).toBe('// pagefind');
  });

  it('refuses a fragment without its page’s URL, naming the file', async () => {
    writePart(join(dir, 'p0'), { fragments: [['en_aaa', '{"content":"text"}']], words: [[]], filter: ['year', []], fields: [] });
    await expect(mergeParts([join(dir, 'p0')], join(dir, 'out'))).rejects.toThrow(
      /^Pagefind fragment .*p0\/fragment\/en_aaa\.pf_fragment: expected a "url" string$/,
    );
    writePart(join(dir, 'p1'), { fragments: [['en_aaa', '{"url":']], words: [[]], filter: ['year', []], fields: [] });
    await expect(mergeParts([join(dir, 'p1')], join(dir, 'out'))).rejects.toThrow(
      /^Pagefind fragment .*p1\/fragment\/en_aaa\.pf_fragment: (?!Pagefind)/,
    );
  });

  it('refuses parts of two languages, naming the part', async () => {
    const part = { fragments: [['en_aaa', '{}']] as Array<[string, string]>, words: [[]], filter: ['year', []], fields: [] };
    writePart(join(dir, 'p0'), part);
    writePart(join(dir, 'p1'), part);
    writeFileSync(join(dir, 'p1', 'pagefind-entry.json'), JSON.stringify({ languages: { de: { hash: 'en_m' } } }));
    await expect(mergeParts([join(dir, 'p0'), join(dir, 'p1')], join(dir, 'out'))).rejects.toThrow(/part 1: language de, part 0's en/);
  });
});
