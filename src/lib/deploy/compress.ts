/**
 * Precompression: which built files get a `.gz` beside them (for nginx's `gzip_static`, see
 * deploy/nginx.conf), and the compressed bytes themselves, from node:zlib.
 *
 * Gzip only. The server the archive is deployed and tested on (Debian's nginx-light) has no brotli
 * module, and static hosts (Netlify, Cloudflare Pages) compress on their own and ignore such files;
 * a `.br` beside every file cost as much build time again as the `.gz` (measured at 1,000 articles:
 * 2.3 s for brotli at quality 6 beside 1.8 s for gzip at level 9, over 88 MB of text), for nothing served.
 *
 * Text formats only. Pagefind's index, fragments, filters, metadata (`.pf_*`) and WebAssembly
 * (`wasm.*.pagefind`) are already gzip streams (they start with the gzip magic bytes 1f 8b), so
 * compressing them again only adds bytes; they are left alone, and so is any file whose compressed
 * form would not save at least a tenth of its size.
 */
import { gzipSync } from 'node:zlib';

/** Extensions of the text files the archive serves: pages, styles, scripts, data, feeds, images, citations. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.csv', '.txt', '.bib', '.ris'] as const;

/** The compressed form must be at most this share of the original to be worth writing. */
export const MAX_RATIO = 0.9;

/** Whether a file, by its name, is a text format worth trying to compress. */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.some((ext) => path.endsWith(ext));
}

/** Gzip at its highest level: done once at build time, served many times. */
export function compress(data: Uint8Array): Buffer {
  return gzipSync(data, { level: 9 });
}

/** The `.gz` worth keeping for `data`, or undefined for an already-compressed or tiny file. */
export function worthKeeping(data: Uint8Array): Buffer | undefined {
  const gz = compress(data);
  return gz.byteLength <= data.byteLength * MAX_RATIO ? gz : undefined;
}
