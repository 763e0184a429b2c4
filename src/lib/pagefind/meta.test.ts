import { encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { PAGEFIND_MARK, type PagefindMeta, readMeta, withResultIds, writeMeta } from './meta.ts';

const meta: PagefindMeta = {
  version: '1.5.2',
  pages: [
    ['en_75da822', 27],
    ['en_af59ab5', 590],
    ['en_75da822', 27],
    ['en_0cbba3d', 70000],
  ],
  chunks: [['0', 'm', 'en_5b251f6']],
  filters: [['type', 'en_8e21703']],
  sorts: [],
  metaFields: ['date', 'title'],
};

const withMark = (bytes: Uint8Array) => new Uint8Array([...new TextEncoder().encode(PAGEFIND_MARK), ...bytes]);

describe('readMeta', () => {
  it('reads what writeMeta writes, with or without the prefix', () => {
    expect(readMeta(writeMeta(meta), 'm')).toEqual(meta);
    expect(readMeta(withMark(writeMeta(meta)), 'm')).toEqual(meta);
  });

  it('keeps sort lists', () => {
    const sorted = { ...meta, sorts: [['date', [3, 1, 0]]] as const };
    expect(readMeta(writeMeta(sorted), 'm').sorts).toEqual([['date', [3, 1, 0]]]);
  });

  it.each([
    ['not CBOR', new Uint8Array([0xff, 0x00]), /expected CBOR/],
    ['a map', encode({ version: '1' }), /an array of 6 fields/],
    ['a number for the version', encode([1, [], [], [], [], []]), /a version string first/],
    ['a page without its word count', encode(['1', [['en_1']], [], [], [], []]), /pages as \[hash, word count\]/],
    ['a negative word count', encode(['1', [['en_1', -2]], [], [], [], []]), /pages as/],
    ['a chunk of two fields', encode(['1', [], [['a', 'en_1']], [], [], []]), /index chunks as \[from, to, hash\]/],
    ['a filter without hash', encode(['1', [], [], [['type']], [], []]), /filters as \[name, hash\]/],
    ['a sort of names', encode(['1', [], [], [], [['date', ['a']]], []]), /sorts as \[key, page numbers\]/],
    ['a result field that is not a name', encode(['1', [], [], [], [], [3]]), /the result fields as a list of names/],
    // Pagefind writes fixed-length arrays: an indefinite-length one reads the same but is written back otherwise.
    [
      'a layout CBOR does not write back unchanged',
      new Uint8Array([0x9f, ...encode('1'), 0x80, 0x80, 0x80, 0x80, 0x80, 0xff]),
      /writes back unchanged/,
    ],
  ] as const)('names the file and what was expected for %s', (_, bytes, message) => {
    expect(() => readMeta(bytes, 'dist/pagefind/pagefind.en_1.pf_meta')).toThrow(message);
    expect(() => readMeta(bytes, 'dist/pagefind/pagefind.en_1.pf_meta')).toThrow(
      /^Pagefind metadata dist\/pagefind\/pagefind\.en_1\.pf_meta: /,
    );
  });
});

describe('withResultIds', () => {
  const { meta: renamed, renamed: names } = withResultIds(meta, 'c0ffee', (hash) => hash === 'en_0cbba3d');

  it('names each page by its number, tagged pages marked, and keeps everything else', () => {
    expect(renamed.pages).toEqual([
      ['c0ffee/0', 27],
      ['c0ffee/1', 590],
      ['c0ffee/0', 27],
      ['c0ffee/t3', 70000],
    ]);
    expect({ ...renamed, pages: [] }).toEqual({ ...meta, pages: [] });
  });

  it('gives each fragment one new name; identical pages share it', () => {
    expect([...names]).toEqual([
      ['en_75da822', 'c0ffee/0'],
      ['en_af59ab5', 'c0ffee/1'],
      ['en_0cbba3d', 'c0ffee/t3'],
    ]);
  });

  it('writes a file readMeta reads back', () => {
    expect(readMeta(writeMeta(renamed), 'm')).toEqual(renamed);
  });
});
