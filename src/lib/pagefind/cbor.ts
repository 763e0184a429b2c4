/**
 * The subset of CBOR (RFC 8949) that Pagefind's word chunks are made of: unsigned and negative
 * integers, UTF-8 text and arrays of definite length, every head in its shortest form (as Pagefind's
 * `minicbor` writes them). The search index's merge (merge.ts) reads and writes
 * every word chunk of the index; cbor2, the maintained library the metadata is read with (meta.ts),
 * decodes them several times slower than this (bench/README.md), so this reads only these four kinds
 * of item, into plain arrays, and is checked against cbor2 byte for byte (cbor.test.ts). Any other
 * kind of item is an error naming where it was found. Below, the checks of a decoded item's shape.
 */

/** A value of this subset: an integer, a string or an array of them. */
export type Item = number | string | readonly Item[];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes one item filling all of `bytes`; throws naming `file` and the offset of what it cannot read. */
export function decodeItem(bytes: Uint8Array, file: string): Item {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`Pagefind ${file}: ${what} at byte ${at}; expected integers, text and arrays (Pagefind's word chunks)`);
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : fail(`an item of unsupported length code ${info}`);
    if (at + size > bytes.length) fail('the end of the file');
    let n: number;
    if (size === 1) n = view.getUint8(at);
    else if (size === 2) n = view.getUint16(at);
    else if (size === 4) n = view.getUint32(at);
    else {
      const big = view.getBigUint64(at);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) fail('an integer too large');
      n = Number(big);
    }
    at += size;
    return n;
  };
  const item = (): Item => {
    if (at >= bytes.length) fail('the end of the file');
    const head = bytes[at] as number;
    at += 1;
    const major = head >> 5;
    const n = length(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 3: {
        if (at + n > bytes.length) fail('the end of the file');
        let text = '';
        try {
          text = utf8.decode(bytes.subarray(at, at + n));
        } catch {
          fail('text that is not UTF-8');
        }
        at += n;
        return text;
      }
      case 4: {
        const list: Item[] = new Array(n);
        for (let i = 0; i < n; i++) list[i] = item();
        return list;
      }
      default:
        return fail(`an item of major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) fail('more bytes after the item');
  return value;
}

/** Encodes an item as minicbor does: definite lengths, shortest heads. */
export function encodeItem(value: Item): Uint8Array {
  let out = new Uint8Array(1 << 16);
  let view = new DataView(out.buffer);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= out.length) return;
    const grown = new Uint8Array(Math.max(out.length * 2, at + n));
    grown.set(out.subarray(0, at));
    out = grown;
    view = new DataView(out.buffer);
  };
  const head = (major: number, n: number) => {
    room(9);
    const m = major << 5;
    if (n < 24) out[at++] = m | n;
    else if (n < 0x100) {
      out[at++] = m | 24;
      out[at++] = n;
    } else if (n < 0x10000) {
      out[at++] = m | 25;
      view.setUint16(at, n);
      at += 2;
    } else if (n < 0x100000000) {
      out[at++] = m | 26;
      view.setUint32(at, n);
      at += 4;
    } else {
      out[at++] = m | 27;
      view.setBigUint64(at, BigInt(n));
      at += 8;
    }
  };
  const encoder = new TextEncoder();
  const item = (v: Item) => {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`CBOR: ${v} is not an integer this encoder writes`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = encoder.encode(v);
      head(3, bytes.length);
      room(bytes.length);
      out.set(bytes, at);
      at += bytes.length;
    } else {
      head(4, v.length);
      for (const x of v) item(x);
    }
  };
  item(value);
  return out.slice(0, at);
}

/** Shapes of decoded items, for the readers of Pagefind's files (words.ts, filters.ts). */
export const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
/** `[text, second]`, the shape of a variant, a filter value and a filter. */
export const isNamed = (x: unknown, second: (y: unknown) => boolean): boolean =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && second(x[1]);
export const isListOf = (x: unknown, item: (y: unknown) => boolean): boolean => Array.isArray(x) && x.every(item);

/** Decodes CBOR, naming `file` and what was expected when it is not Pagefind's layout. */
export function decodeAs<T>(body: Uint8Array, file: string, what: string, ok: (data: unknown) => boolean): T {
  const data = decodeItem(body, file);
  if (!ok(data)) throw new Error(`Pagefind ${file}: expected ${what}; was Pagefind's index layout changed?`);
  return data as T;
}
