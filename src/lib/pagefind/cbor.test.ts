import { decode, encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { decodeItem, encodeItem, type Item } from './cbor.ts';

/** Every head length at each edge, both signs, text of one and several UTF-8 bytes, nesting. */
const cases: ReadonlyArray<readonly [string, Item]> = [
  ['zero', 0],
  ['the largest one-byte head', 23],
  ['the smallest two-byte head', 24],
  ['the largest two-byte head', 255],
  ['the smallest three-byte head', 256],
  ['the largest three-byte head', 65_535],
  ['the smallest five-byte head', 65_536],
  ['the largest five-byte head', 4_294_967_295],
  ['a nine-byte head', 4_294_967_296],
  ['the largest safe integer', Number.MAX_SAFE_INTEGER],
  ['minus one', -1],
  ['minus twenty-five (a Pagefind weight mark)', -25],
  ['a large negative', -70_000],
  ['empty text', ''],
  ['text with diacritics', 'äbışūly'],
  ['text outside the BMP', 'a𝔸b'],
  ['a long text', 'x'.repeat(300)],
  ['an empty array', []],
  [
    'a word chunk',
    [
      [
        [
          'word',
          [
            [52, [-25, 392], []],
            [6, [-25, 8], [-2, 3]],
          ],
          [['wörd', [[3, [1], []]]]],
        ],
      ],
    ],
  ],
  ['an array longer than 23', Array.from({ length: 300 }, (_, i) => i)],
];

describe('cbor', () => {
  it.each(cases)('writes %s as cbor2 writes it, and reads it back', (_, value) => {
    const bytes = encodeItem(value);
    expect(Buffer.from(bytes).equals(Buffer.from(encode(value)))).toBe(true);
    expect(decodeItem(bytes, 'x.pf_index')).toEqual(value);
    expect(decodeItem(bytes, 'x.pf_index')).toEqual(decode(bytes));
  });

  it.each([
    ['a map', encode(new Map([['a', 1]])), /major type 5 at byte 1/],
    ['a float', encode(1.5), /major type 7/],
    ['a byte string', encode(new Uint8Array([1, 2])), /major type 2/],
    ['an indefinite-length array', new Uint8Array([0x9f, 0x01, 0xff]), /unsupported length code 31/],
    ['a cut text', encode('abcdef').subarray(0, 4), /the end of the file/],
    ['a cut array', encode([1, 2, 3]).subarray(0, 3), /the end of the file/],
    ['bytes after the item', new Uint8Array([0x01, 0x02]), /more bytes after the item at byte 1/],
    ['text that is not UTF-8', new Uint8Array([0x62, 0xff, 0xfe]), /text that is not UTF-8 at byte 1/],
  ])('refuses %s, naming the file', (_, bytes, message) => {
    expect(() => decodeItem(bytes, 'index/en_1.pf_index')).toThrow(/^Pagefind index\/en_1\.pf_index: /);
    expect(() => decodeItem(bytes, 'index/en_1.pf_index')).toThrow(message);
  });

  it('refuses to write what is not an integer, a text or an array', () => {
    expect(() => encodeItem(1.5)).toThrow(/not an integer/);
  });
});
