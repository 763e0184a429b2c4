/**
 * How Pagefind names its files and orders its words: by the SHA-1 of a file's CBOR, shortened while
 * unique, and by the UTF-8 bytes of each word, as Rust orders strings.
 */
import { createHash } from 'node:crypto';

/** The number of hex digits Pagefind's chunk and filter names keep after `<language>_`. */
const SHORT_HASH = 7;

/**
 * Pagefind's `full_hash`: SHA-1 in hex, each byte without its leading zero (Rust's `{:x?}` on a `u8`),
 * so it is not `digest('hex')`; Pagefind names every file by it and the names must be its own.
 */
export function fullHash(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of createHash('sha1').update(bytes).digest()) hex += byte.toString(16);
  return hex;
}

/**
 * A word chunk's or filter's file name (without extension): `<language>_` and the first seven digits
 * of its hash, two more digits at a time while `taken` has the name (Pagefind's `build_indexes`).
 */
export function chunkName(language: string, bytes: Uint8Array, taken: ReadonlySet<string>): string {
  const full = `${language}_${fullHash(bytes)}`;
  let length = language.length + 1 + SHORT_HASH;
  while (taken.has(full.slice(0, length)) && length < full.length) length += 2;
  return full.slice(0, length);
}

/** The metadata file's name: `<language>_` and the first ten digits of its hash. */
export const metaName = (language: string, bytes: Uint8Array) => `${language}_${fullHash(bytes).slice(0, 10)}`;

/** A UTF-16 code unit's place in code point order: surrogates (U+D800–DFFF) after U+E000–U+FFFF. */
const unitRank = (unit: number): number => (unit < 0xd800 ? unit : unit >= 0xe000 ? unit - 0x800 : unit + 0x2000);

/**
 * Orders strings by their UTF-8 bytes, as Rust orders `String`s: by code points, which `<` on UTF-16
 * does not follow where a surrogate pair (a code point above U+FFFF) meets U+E000–U+FFFF. It compares
 * code units in place, as the bytes would compare, making no buffer: the merge compares each word
 * with every part's next one, a number of times that grows with the index.
 */
export function byBytes(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) - unitRank(y);
  }
  return a.length - b.length;
}
