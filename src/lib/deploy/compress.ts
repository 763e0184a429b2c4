/**
 * Precompression: which built files get a `.gz` (for nginx's gzip_static) and a `.br` (for servers
 * with a brotli_static module) beside them, and the compressed bytes themselves, from node:zlib.
 *
 * Text formats only. Pagefind's index, fragments, filters, metadata (`.pf_*`) and WebAssembly
 * (`wasm.*.pagefind`) are already gzip streams (they start with the gzip magic bytes 1f 8b), so
 * compressing them again only adds bytes; they are left alone, and so is any file whose compressed
 * form would not save at least a tenth of its size.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions of the text files the archive serves: pages, styles, scripts, data, feeds, images, citations. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.csv', '.txt', '.bib', '.ris'] as const;

/** The compressed form must be at most this share of the original to be worth writing. */
export const MAX_RATIO = 0.9;

/** Whether a file, by its name, is a text format worth trying to compress. */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.some((ext) => path.endsWith(ext));
}

/**
 * Brotli's quality. Measured on this archive's 1.1 MB of text: quality 6 takes well under a second
 * and is 8% smaller than gzip -9; quality 11 is 19% smaller but takes over 5 s, growing with the
 * archive, for files that only nginx with a brotli module serves (static hosts compress themselves).
 */
export const BROTLI_QUALITY = 6;

/** Gzip at its highest level (done once at build time, served many times), brotli at BROTLI_QUALITY. */
export function compress(data: Uint8Array): { gz: Buffer; br: Buffer } {
  return {
    gz: gzipSync(data, { level: 9 }),
    br: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength },
    }),
  };
}

/** The compressed versions worth keeping for `data` (none for an already-compressed or tiny file). */
export function worthKeeping(data: Uint8Array): Array<{ ext: '.gz' | '.br'; bytes: Buffer }> {
  const { gz, br } = compress(data);
  const keep: Array<{ ext: '.gz' | '.br'; bytes: Buffer }> = [];
  if (gz.byteLength <= data.byteLength * MAX_RATIO) keep.push({ ext: '.gz', bytes: gz });
  if (br.byteLength <= data.byteLength * MAX_RATIO) keep.push({ ext: '.br', bytes: br });
  return keep;
}
