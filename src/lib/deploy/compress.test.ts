import { gunzipSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCompressible, worthKeeping } from './compress.ts';

describe('isCompressible', () => {
  it('takes text formats and leaves Pagefind chunks and WebAssembly alone', () => {
    for (const f of ['a/index.html', 'x.css', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'feed.xml', 'favicon.svg', 'data/a.csv', 'cite.bib']) {
      expect(isCompressible(f), f).toBe(true);
    }
    for (const f of ['pagefind/fragment/en_1.pf_fragment', 'pagefind/index/en_1.pf_index', 'pagefind/wasm.en.pagefind', 'a.html.gz', 'a.png']) {
      expect(isCompressible(f), f).toBe(false);
    }
  });
});

describe('worthKeeping', () => {
  it('gives gzip and brotli versions that decompress to the original', () => {
    const text = Buffer.from('<p>Kazakhstan and Russia</p>\n'.repeat(200));
    const kept = worthKeeping(text);
    expect(kept.map((k) => k.ext)).toEqual(['.gz', '.br']);
    expect(gunzipSync(kept[0]?.bytes ?? Buffer.alloc(0))).toEqual(text);
    expect(brotliDecompressSync(kept[1]?.bytes ?? Buffer.alloc(0))).toEqual(text);
  });
  it('keeps nothing for data that is already compressed', () => {
    const random = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 251));
    expect(worthKeeping(gzipSync(random))).toEqual([]);
  });
});
