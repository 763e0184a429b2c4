/**
 * Precompression: which built files get a `.gz` beside them (for nginx's `gzip_static`, see
 * deploy/nginx.conf), and the compressed bytes themselves, from node:zlib.
 *
 * Gzip only. The server the archive is deployed and tested on (Debian's nginx-light) has no brotli
 * module, and static hosts (Netlify, Cloudflare Pages) compress on their own and ignore such files;
 * a `.br` beside every file costs about as much build time again as the `.gz` (bench/README.md), for
 * nothing served.
 *
 * Text formats only. Pagefind's index, fragments, filters, metadata (`.pf_*`) and WebAssembly
 * (`wasm.*.pagefind`) are already gzip streams (they start with the gzip magic bytes 1f 8b), so
 * compressing them again only adds bytes; they are left alone, and so is any file whose compressed
 * form would not save at least a tenth of its size.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Extensions of the text files the archive serves: pages, styles, scripts, data, feeds, images, citations. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.csv', '.txt', '.bib', '.ris'] as const;

/** The compressed form must be at most this share of the original to be worth writing. */
export const MAX_RATIO = 0.9;

/**
 * Files smaller than this get no `.gz`: a few hundred bytes travel in one packet either way, and the
 * citation downloads alone are three such files per article, each a file written at build time for a
 * saving of about a hundred bytes (nginx's own documentation suggests `gzip_min_length 1000`).
 */
export const MIN_BYTES = 1024;

/** Whether a file, by its name, is a text format worth trying to compress. */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.some((ext) => path.endsWith(ext));
}

/**
 * Gzip at zlib's default level, 6: level 9 costs markedly more time for files barely smaller, a cost
 * that grows with the archive, and level 1 (nginx's default `gzip_comp_level`) makes files several
 * per cent larger (bench/README.md); a precompressed file is made once and served many times, so the
 * smaller file wins at the middle level.
 *
 * Compressed on libuv's threads (zlib's asynchronous `gzip`), not on the calling thread, which also
 * merges the search index and writes the downloads meanwhile (src/postbuild/finish.ts).
 */
export function compress(data: Uint8Array): Promise<Buffer> {
  return gzipAsync(data, { level: 6 });
}

/** The `.gz` worth keeping for `data`, or undefined for an already-compressed or small file. */
export async function worthKeeping(data: Uint8Array): Promise<Buffer | undefined> {
  if (data.byteLength < MIN_BYTES) return undefined;
  const gz = await compress(data);
  return gz.byteLength <= data.byteLength * MAX_RATIO ? gz : undefined;
}
