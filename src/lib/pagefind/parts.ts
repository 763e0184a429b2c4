/**
 * Where the search index is cut into parts (src/postbuild/search-parts.ts): by a hash of each page's
 * path, not by the pages' order. A part is every page whose path hash starts with the part's bits; a
 * part of more than `most` pages is split by the next bit, and only such a part. The cut is a function
 * of the set of paths alone, and a page added or removed changes the part it falls in (split in two,
 * or two joined, when it crosses `most`) and no other: cut in order instead, a page added in the
 * middle would shift every later part's first page, and each of those parts would be indexed again
 * (src/postbuild/search-cache.ts keeps a part's index while its pages are unchanged). Hashes spread
 * pages evenly, so parts hold between about half of `most` and `most`.
 */
import { createHash } from 'node:crypto';

/** The hash a page's part is chosen by: SHA-256 of its path. */
const hashOf = (path: string) => createHash('sha256').update(path, 'utf8').digest();

const bit = (hash: Buffer, n: number) => (hash[n >> 3] ?? 0) & (0x80 >> (n & 7));

/**
 * `pages` (paths) cut into parts of at most `most` by their hashes' leading bits, each part's pages
 * in the order given, the parts in the order of their bits; one part when all fit in one.
 */
export function partsByHash(pages: readonly string[], most: number): string[][] {
  if (!(most >= 1)) throw new Error(`A search part must have at least one page (was given ${most})`);
  const hashed = pages.map((path) => ({ path, hash: hashOf(path) }));
  const parts: string[][] = [];
  const cut = (group: typeof hashed, depth: number) => {
    // 256 bits apart only two equal paths; those stay together.
    if (group.length <= most || depth >= 256) {
      parts.push(group.map((p) => p.path));
      return;
    }
    const zero = group.filter((p) => bit(p.hash, depth) === 0);
    const one = group.filter((p) => bit(p.hash, depth) !== 0);
    if (zero.length > 0) cut(zero, depth + 1);
    if (one.length > 0) cut(one, depth + 1);
  };
  cut(hashed, 0);
  return parts;
}
