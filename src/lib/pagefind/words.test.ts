import { describe, expect, it } from 'vitest';
import { encodeItem } from './cbor.ts';
import { checkMergeable, mergeFields, mergeFilters, readFilter } from './filters.ts';
import type { PagefindMeta } from './meta.ts';
import { byBytes, chunkName, fullHash } from './names.ts';
import { chunkBounds, chunkWords, mergeWords, type PackedPage, type PackedWord, readWords, type WordSource, wordSize } from './words.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fullHash and the names Pagefind gives its files', () => {
  it('writes SHA-1 with each byte in hex without its leading zero (Rust’s {:x?} on a u8)', () => {
    // SHA-1("abc") = a9993e36 4706816a …: the byte 06 is written "6".
    expect(fullHash(bytes('abc'))).toBe('a9993e36476816aba3e25717850c26c9cd0d89d');
  });

  it('names a chunk by seven digits, two more at a time while the name is taken', () => {
    const full = `en_${fullHash(bytes('abc'))}`;
    expect(chunkName('en', bytes('abc'), new Set())).toBe(full.slice(0, 10));
    expect(chunkName('en', bytes('abc'), new Set([full.slice(0, 10)]))).toBe(full.slice(0, 12));
    expect(chunkName('en', bytes('abc'), new Set([full.slice(0, 10), full.slice(0, 12)]))).toBe(full.slice(0, 14));
  });
});

describe('byBytes', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    // UTF-16 puts U+FF5E (one code unit, 0xFF5E) after U+1D538 (surrogates 0xD835 …); UTF-8 and Rust before.
    ['～', '𝔸', -1],
  ])('orders %s and %s as Rust orders Strings', (a, b, sign) => {
    expect(Math.sign(byBytes(a, b))).toBe(sign);
  });

  it('agrees with comparing the UTF-8 bytes themselves, on strings mixing ASCII, the BMP’s last block and surrogate pairs', () => {
    const alphabet = ['a', 'z', 'é', 'Қ', '\ud7ff', '\ue000', '～', '\uffff', '𝔸', '𝔹', '😀', '\u{10ffff}'];
    // A fixed sequence (a linear congruential generator), so that a failure can be run again.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    const word = () => Array.from({ length: 1 + (next() % 4) }, () => alphabet[next() % alphabet.length]).join('');
    for (let i = 0; i < 2_000; i++) {
      const [a, b] = [word(), word()];
      expect(Math.sign(byBytes(a, b)), `${a} ${b}`).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
    }
  });
});

/** A page list from full page numbers, written as Pagefind writes it (differences). */
const listed = (pages: ReadonlyArray<readonly [number, number[], number[]?]>): PackedPage[] => {
  let last = 0;
  return pages.map(([page, locs, metaLocs = []], i) => {
    const delta = i === 0 ? page : page - last;
    last = page;
    return [delta, locs, metaLocs];
  });
};
/** The merged numbers `offset`, `offset + 1`, … of a part of `count` pages that follows the pages before it. */
const numbersFrom = (offset: number, count: number) => Array.from({ length: count }, (_, i) => offset + i);
/** A part whose pages follow those before it, from `offset` (or are numbered by `pages`). */
const source = (words: PackedWord[], offset: number | number[], fields: number[] = [0, 1, 2]): WordSource => ({
  words,
  pages: typeof offset === 'number' ? numbersFrom(offset, 20) : offset,
  fields,
});

describe('mergeWords', () => {
  it('merges words in byte order; a word in several parts has its pages renumbered and in page order', () => {
    const a: PackedWord[] = [
      [
        'astana',
        listed([
          [0, [1]],
          [2, [5, 9]],
        ]),
        [],
      ],
      ['tokayev', listed([[1, [3]]]), []],
    ];
    const b: PackedWord[] = [
      ['almaty', listed([[1, [7]]]), []],
      [
        'astana',
        listed([
          [0, [2]],
          [1, [4]],
        ]),
        [],
      ],
    ];
    const merged = [...mergeWords([source(a, 0), source(b, 3)])];
    expect(merged.map(([w]) => w)).toEqual(['almaty', 'astana', 'tokayev']);
    expect(merged[0]?.[1]).toEqual(listed([[4, [7]]]));
    expect(merged[1]?.[1]).toEqual(
      listed([
        [0, [1]],
        [2, [5, 9]],
        [3, [2]],
        [4, [4]],
      ]),
    );
    expect(merged[2]?.[1]).toEqual(listed([[1, [3]]]));
  });

  it('merges the variants of a word by spelling, each with its own pages', () => {
    const a: PackedWord[] = [['tokaev', [], [['tokaév', listed([[1, [2]]])]]]];
    const b: PackedWord[] = [
      [
        'tokaev',
        listed([[0, [1]]]),
        [
          ['tokäev', listed([[0, [5]]])],
          ['tokaév', listed([[2, [3]]])],
        ],
      ],
    ];
    const [word] = [...mergeWords([source(a, 0), source(b, 10)])];
    expect(word).toEqual([
      'tokaev',
      listed([[10, [1]]]),
      [
        [
          'tokaév',
          listed([
            [1, [2]],
            [12, [3]],
          ]),
        ],
        ['tokäev', listed([[10, [5]]])],
      ],
    ]);
  });

  it('renumbers the result fields of positions in them (-(n + 1)), leaving positions alone', () => {
    const a: PackedWord[] = [['kazakhstan', listed([[0, [1], [-1, 0, -2, 3]]]), []]];
    const [word] = [...mergeWords([source(a, 0, [2, 5])])];
    expect(word?.[1]).toEqual(listed([[0, [1], [-3, 0, -6, 3]]]));
  });

  it('refuses a part whose words are out of order, naming the part', () => {
    const bad: PackedWord[] = [
      ['b', listed([[0, [1]]]), []],
      ['a', listed([[1, [1]]]), []],
    ];
    expect(() => [...mergeWords([source([], 0), source(bad, 0)])]).toThrow(/part 1: its words are not in order \("a" after "b"\)/);
  });

  it('puts the pages of parts whose pages interleave in the merged order, variants too', () => {
    // Part a's pages 0, 1, 2 are merged pages 1, 3, 4; part b's pages 0, 1 are merged 0 and 2.
    const a: PackedWord[] = [
      [
        'astana',
        listed([
          [0, [1]],
          [2, [5]],
        ]),
        [['astanà', listed([[1, [2]]])]],
      ],
    ];
    const b: PackedWord[] = [
      [
        'astana',
        listed([
          [0, [7]],
          [1, [8]],
        ]),
        [['astanà', listed([[0, [3]]])]],
      ],
    ];
    const [word] = [...mergeWords([source(a, [1, 3, 4]), source(b, [0, 2])])];
    expect(word).toEqual([
      'astana',
      listed([
        [0, [7]],
        [1, [1]],
        [2, [8]],
        [4, [5]],
      ]),
      [
        [
          'astanà',
          listed([
            [0, [3]],
            [3, [2]],
          ]),
        ],
      ],
    ]);
  });

  it('refuses a page a part does not have, or two parts giving one page the same number', () => {
    const word: PackedWord[] = [['astana', listed([[2, [1]]]), []]];
    expect(() => [...mergeWords([source(word, [0, 1])])]).toThrow(/part 0: a word lists page 2, which the part does not have/);
    const other: PackedWord[] = [['astana', listed([[0, [1]]]), []]];
    expect(() => [...mergeWords([source(word, [0, 1, 5]), source(other, [5])])]).toThrow(/page 5 is listed twice/);
  });
});

describe('chunkWords and chunkBounds', () => {
  /** Pagefind's own test words (pagefind/src/index/mod.rs, `build_index_chunks`), one page each as it lists them. */
  const words: PackedWord[] = [
    [
      'apple',
      listed([
        [1, [20, 40, 60]],
        [5, [3, 6, 9]],
      ]),
      [],
    ],
    ['apricot', listed([[5, [45, 3432, 6003]]]), []],
    ['banana', listed([[5, [100, 500, 900, 566]]]), []],
    ['peach', listed([[5, [383, 2, 678]]]), []],
  ];

  it('weighs a word by its positions, its field positions and one a page', () => {
    expect(wordSize(words[0] as PackedWord)).toBe(8);
    expect(wordSize(['x', listed([[0, [1, 2], [-1, 0]]]), [['y', listed([[0, [1, 2, 3]]])]]])).toBe(5);
  });

  it('cuts chunks as Pagefind does: a chunk ends once it reaches the size', () => {
    const chunks = [...chunkWords(words, 8)];
    expect(chunks.map((c) => c.map(([w]) => w))).toEqual([['apple'], ['apricot', 'banana'], ['peach']]);
    expect([...chunkWords([], 8)]).toEqual([]);
  });

  it('cuts the bounds where chunks meet to one character past what they share (Pagefind’s own cases)', () => {
    expect(
      chunkBounds([
        ['apple', 'apple'],
        ['apricot', 'banana'],
        ['peach', 'peach'],
      ]),
    ).toEqual([
      ['apple', 'app'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
    expect(
      chunkBounds([
        ['a', 'cath'],
        ['cathartic', 'z'],
      ]),
    ).toEqual([
      ['a', 'cath'],
      ['catha', 'z'],
    ]);
    // By code points: a character outside the BMP is one character, not two halves.
    expect(
      chunkBounds([
        ['a', 'x𝔸a'],
        ['x𝔹b', 'z'],
      ]),
    ).toEqual([
      ['a', 'x𝔸'],
      ['x𝔹', 'z'],
    ]);
  });
});

describe('mergeFilters, mergeFields and checkMergeable', () => {
  it('merges each value’s pages, renumbered by each part’s numbers, in page order', () => {
    expect(
      mergeFilters([
        { pages: numbersFrom(0, 3), filters: [['actor', [['Putin', [0, 2]]]]] },
        {
          pages: numbersFrom(3, 2),
          filters: [
            [
              'actor',
              [
                ['Tokayev', [0]],
                ['Putin', [1]],
              ],
            ],
            ['year', [['2021', [0, 1]]]],
          ],
        },
      ]),
    ).toEqual([
      [
        'actor',
        [
          ['Putin', [0, 2, 4]],
          ['Tokayev', [3]],
        ],
      ],
      ['year', [['2021', [3, 4]]]],
    ]);
  });

  it('sorts a value’s pages when the parts’ pages interleave, and refuses a page a part does not have', () => {
    const parts = [
      { pages: [0, 2], filters: [['year', [['2021', [0, 1]]]]] as const },
      { pages: [1], filters: [['year', [['2021', [0]]]]] as const },
    ];
    expect(mergeFilters(parts)).toEqual([['year', [['2021', [0, 1, 2]]]]]);
    expect(() => mergeFilters([{ pages: [0], filters: [['year', [['2021', [1]]]]] }])).toThrow(
      /part 0: filter year lists page 1, which the part does not have/,
    );
  });

  it('lists the filters and their values in byte order, whatever order the parts gave them in', () => {
    const parts = [
      {
        pages: [0, 1, 2],
        filters: [
          [
            'year',
            [
              ['2022', [0]],
              ['2020', [1]],
              ['2021', [2]],
            ],
          ],
          [
            'actor',
            [
              ['Ülkər', [0]],
              ['Tokayev', [1]],
            ],
          ],
        ],
      },
      {
        pages: [3],
        filters: [
          ['year', [['2019', [0]]]],
          ['author', [['Unsigned', [0]]]],
        ],
      },
    ] as const;
    expect(mergeFilters(parts)).toEqual([
      [
        'actor',
        [
          ['Tokayev', [1]],
          ['Ülkər', [0]],
        ],
      ],
      ['author', [['Unsigned', [3]]]],
      [
        'year',
        [
          ['2019', [3]],
          ['2020', [1]],
          ['2021', [2]],
          ['2022', [0]],
        ],
      ],
    ]);
  });

  it('lists every part’s result fields in byte order, and each part’s numbers in the list', () => {
    expect(mergeFields([['date', 'title'], ['author', 'title'], []])).toEqual({
      fields: ['author', 'date', 'title'],
      renumbered: [[1, 2], [0, 2], []],
    });
  });

  const meta = (version: string, sorts: PagefindMeta['sorts'] = []): PagefindMeta => ({
    version,
    pages: [],
    chunks: [],
    filters: [],
    sorts,
    metaFields: [],
  });
  it('refuses parts of different Pagefind versions or with sort orders', () => {
    expect(() => checkMergeable([meta('1.5.2'), meta('1.5.2')])).not.toThrow();
    expect(() => checkMergeable([meta('1.5.2'), meta('1.5.3')])).toThrow(/part 1: written by Pagefind 1.5.3, part 0 by 1.5.2/);
    expect(() => checkMergeable([meta('1.5.2', [['date', [0]]])])).toThrow(/part 0: has sort orders \(date\)/);
  });
});

describe('readWords and readFilter', () => {
  it('reads what Pagefind writes', () => {
    const chunk = [[['a', [[0, [1], []]], [['á', [[1, [-25, 2], [-1, 0]]]]]]]];
    expect(readWords(encodeItem(chunk), 'index/en_1.pf_index')).toEqual(chunk[0]);
    expect(readFilter(encodeItem(['year', [['2021', [0, 3]]]]), 'filter/en_2.pf_filter')).toEqual(['year', [['2021', [0, 3]]]]);
  });

  it.each([
    ['a word without variants (Pagefind 1.4’s layout)', [[['a', [[0, [1]]]]]]],
    ['a page without field positions', [[['a', [[0, [1]]], []]]]],
    ['a negative page number', [[['a', [[-1, [1], []]], []]]]],
    ['no outer list', [['a', [[0, [1], []]], []]]],
  ])('refuses %s, naming the file', (_, data) => {
    expect(() => readWords(encodeItem(data), 'index/en_1.pf_index')).toThrow(
      /^Pagefind index\/en_1\.pf_index: expected \[\[word, pages, variants\]/,
    );
  });

  it('refuses a filter whose pages are not numbers, naming the file', () => {
    expect(() => readFilter(encodeItem(['year', [['2021', ['x']]]]), 'filter/en_2.pf_filter')).toThrow(
      /^Pagefind filter\/en_2\.pf_filter: expected \[filter, \[\[value, page numbers\]/,
    );
  });
});
