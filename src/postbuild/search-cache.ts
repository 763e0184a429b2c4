/**
 * The search index's parts kept from build to build (src/lib/build/output-cache.ts): a part is keyed
 * by a digest of what Pagefind is given for it — its pages' paths and bytes as Pagefind reads them
 * (search-parts.ts, `pageForPagefind`), Pagefind's version and its options — so a part whose pages
 * are all unchanged gets Pagefind's output of the last build, and only the others are indexed again.
 * Parts are cut by a hash of the page paths (src/lib/pagefind/parts.ts), so an edit changes the key of
 * the part it falls in and no other. The merge (src/lib/pagefind/merge.ts) reads a kept part as it
 * reads a fresh one, and numbers pages by URL whichever part they are in: the merged index is the
 * cold build's, byte for byte (tests/build/incremental.build.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { digestOf, type OutputCache } from '../lib/build/output-cache.ts';
import { PAGEFIND_OPTIONS } from '../lib/pagefind/cli.ts';
import type { SearchManifest } from '../lib/search/extras.ts';
import { eachAtOnce } from './at-once.ts';
import { walk } from './deploy-files.ts';
import { indexPart, PARALLEL_PARTS, pageForPagefind } from './search-parts.ts';

/** Bumped when what a kept part holds changes meaning (its key's first word). */
const PART_FORMAT = 'search-part 1';

/** The key of the part of `pages` of the site in `dir`: the digest of what Pagefind `version` is given for it. */
export function partKey(dir: string, pages: readonly string[], version: string, extras?: SearchManifest): string {
  const each = pages.flatMap((page) => [
    page,
    createHash('sha256')
      .update(pageForPagefind(dir, page, extras))
      .digest('hex'),
  ]);
  return `search:${digestOf([PART_FORMAT, version, ...PAGEFIND_OPTIONS, String(pages.length), ...each])}`;
}

/** What indexing the parts did: each part's output folder, in order, and how many were kept or indexed. */
export interface PartsIndexed {
  readonly folders: string[];
  readonly kept: number;
  readonly indexed: number;
}

/**
 * Puts each of `parts` (pages of the site in `dir`) into `<scratch>/<n>/out`: the kept output of the
 * last build when `cache` has the part's key (`keys`, by `partKey`), else Pagefind's, `PARALLEL_PARTS` parts at a time, kept
 * for the next build. Throws, once every started part has ended, if a part failed or Pagefind read
 * another number of pages.
 */
export async function indexKeptParts(
  dir: string,
  parts: readonly (readonly string[])[],
  scratch: string,
  options: { cache: OutputCache | undefined; keys: readonly string[]; extras?: SearchManifest; log: (message: string) => void },
): Promise<PartsIndexed> {
  const { cache, keys, extras, log } = options;
  const folders = parts.map((_, n) => join(scratch, String(n), 'out'));
  const toIndex = parts.flatMap((_, n) => (cache?.restore(keys[n] as string, folders[n] as string) === true ? [] : [n]));
  await eachAtOnce(toIndex, PARALLEL_PARTS, async (n) => {
    const pages = parts[n] ?? [];
    const folder = folders[n] as string;
    log(`Indexing search part ${n + 1} of ${parts.length} (${pages.length} pages)`);
    const read = await indexPart(dir, pages, join(scratch, String(n)), folder, extras);
    if (read !== pages.length) throw new Error(`Pagefind read ${read} of the ${pages.length} pages of search part ${n}`);
    cache?.put(keys[n] as string, folder, walk(folder));
  });
  return { folders, kept: parts.length - toIndex.length, indexed: toIndex.length };
}
