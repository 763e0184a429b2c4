import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCompressible, MIN_BYTES, worthKeeping } from './compress.ts';

describe('isCompressible', () => {
  it('takes text formats and leaves Pagefind chunks and WebAssembly alone', () => {
    const text = ['a/index.html', 'x.css', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'feed.xml', 'a.svg', 'a.csv', 'c.bib'];
    for (const f of text) {
      expect(isCompressible(f), f).toBe(true);
    }
    const binary = ['pagefind/fragment/en_1.pf_fragment', 'pagefind/index/en_1.pf_index', 'pagefind/wasm.en.pagefind', 'a.gz', 'a.gif'];
    for (const f of binary) {
      expect(isCompressible(f), f).toBe(false);
    }
  });
});

describe('worthKeeping', () => {
  it('gives a gzip version that decompresses to the original', async () => {
    const text = Buffer.from('<p>Kazakhstan and Russia</p>\n'.repeat(200));
    const kept = await worthKeeping(text);
    expect(kept).toBeDefined();
    expect(gunzipSync(kept ?? Buffer.alloc(0))).toEqual(text);
  });
  it('keeps nothing for a file under MIN_BYTES, which travels in one packet anyway', async () => {
    const small = Buffer.from('<p>Kazakhstan</p>'.repeat(Math.floor((MIN_BYTES - 1) / 17)));
    expect(small.byteLength).toBeLessThan(MIN_BYTES);
    expect(await worthKeeping(small)).toBeUndefined();
  });
  it('keeps nothing for data that is already compressed', async () => {
    const random = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 251));
    expect(await worthKeeping(gzipSync(random))).toBeUndefined();
  });
});
