/**
 * Ascending page numbers as text: the gaps between them (pages skipped since the previous one) in a
 * Rice code, the posting-list code of search engines. Each gap `g` is `g >> k` one-bits, a zero, and
 * the low `k` bits of `g`, with the `k` that makes the text shortest; the bits are written six to a
 * base-64 digit, after a digit for `k`. Gzipped, that is smaller than the same gaps as base-64 VLQ
 * digits, binary varints or base-36 numbers (bench/README.md). No npm package writes Rice codes as
 * text; the two functions below are all it takes. The facet table (facets.ts) writes every list of
 * pages and of values with them.
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each character code's digit value, -1 for a character that is no digit: read at every character of the table. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (const [i, c] of [...DIGITS].entries()) DIGIT_VALUE[c.charCodeAt(0)] = i;
const digitOf = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code < 128 ? (DIGIT_VALUE[code] ?? -1) : -1;
};
/** Bits a digit carries. */
const DIGIT_BITS = 6;
/** The largest Rice parameter tried: gaps of a million pages cost about 21 bits each. */
const MAX_K = 20;

/** The gaps before each of ascending page numbers (the first counted from -1). */
function gapsOf(pages: readonly number[]): number[] {
  let previous = -1;
  return pages.map((page) => {
    if (!Number.isInteger(page) || page <= previous) {
      throw new Error(`facet table: expected ascending whole page numbers, found ${page} after ${previous}`);
    }
    const gap = page - previous - 1;
    previous = page;
    return gap;
  });
}

/** The length in bits of the gaps' Rice code with parameter `k`. */
const riceBits = (gaps: readonly number[], k: number) => gaps.reduce((n, g) => n + Math.floor(g / 2 ** k) + 1 + k, 0);

/** Ascending page numbers as a Rice code of their gaps (see above). */
export function encodePages(pages: readonly number[]): string {
  const gaps = gapsOf(pages);
  let k = 0;
  for (let j = 1; j <= MAX_K; j++) if (riceBits(gaps, j) < riceBits(gaps, k)) k = j;
  let out = DIGITS[k] ?? '';
  let digit = 0;
  let bits = 0;
  const put = (bit: number) => {
    digit = digit * 2 + bit;
    if (++bits === DIGIT_BITS) {
      out += DIGITS[digit];
      digit = 0;
      bits = 0;
    }
  };
  for (const gap of gaps) {
    for (let q = Math.floor(gap / 2 ** k); q > 0; q--) put(1);
    put(0);
    for (let b = k - 1; b >= 0; b--) put(Math.floor(gap / 2 ** b) % 2);
  }
  // Padded with one-bits: a run of them that the text ends inside is no gap.
  while (bits !== 0) put(1);
  return out;
}

/** The page numbers `encodePages` wrote. */
export function decodePages(text: string): number[] {
  const k = text.length > 0 ? digitOf(text, 0) : -1;
  if (k < 0 || k > MAX_K) throw new Error(`facet table: "${text.slice(0, 1)}" is not a Rice parameter`);
  const pages: number[] = [];
  let previous = -1;
  let ones = 0;
  /** Low bits still to read for the current gap, or -1 while reading its one-bits. */
  let low = -1;
  let rest = 0;
  const emit = () => {
    previous += ones * 2 ** k + rest + 1;
    pages.push(previous);
    ones = 0;
    rest = 0;
    low = -1;
  };
  for (let at = 1; at < text.length; at++) {
    const d = digitOf(text, at);
    if (d < 0) throw new Error(`facet table: "${String.fromCodePoint(text.codePointAt(at) ?? 0)}" is not a page digit`);
    for (let b = DIGIT_BITS - 1; b >= 0; b--) {
      const bit = (d >> b) & 1;
      if (low < 0) {
        if (bit === 1) ones++;
        else if (k === 0) emit();
        else low = k;
      } else {
        rest = rest * 2 + bit;
        if (--low === 0) emit();
      }
    }
  }
  if (low > 0 || ones >= DIGIT_BITS) throw new Error('facet table: a page number is cut short');
  return pages;
}
