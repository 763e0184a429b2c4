/**
 * The archive's ids for search results, which replace Pagefind's (src/lib/pagefind/meta.ts).
 *
 * Pagefind names each result by the hash of its fragment (`en_3f2a91c`) and lists every result's id
 * in its metadata file, which every first query loads. Random hex is what gzip cannot shrink: the
 * ids would be most of the file, gzipped (bench/README.md). The archive's ids are
 * `<build>/<number>`: the result's page number in hex (as Pagefind numbers the pages), under a
 * folder named by a hash of Pagefind's own metadata. That metadata holds every fragment's content
 * hash, so a fragment's address still changes whenever any result changes and a cached fragment is
 * never stale (the server caches `pagefind/fragment/` for good, src/lib/deploy/rules.ts); numbers
 * in order cost gzip about 2 bytes each.
 *
 * The number of an actor, place or event page (the pages with a `type` tag, `TAGGED_TYPES`) starts
 * with `t`, so search lists articles first without loading the type filter's file or searching a
 * second time (order.ts).
 */

/** Marks the number of a page with a `type` tag (an actor, place or event page). */
const TAGGED_MARK = 't';

/** The id of the page Pagefind numbered `page`, in the index folder `build`. */
export function resultId(build: string, page: number, tagged: boolean): string {
  if (!/^[0-9a-f]+$/.test(build)) throw new Error(`result id: expected the build's folder to be lowercase hex, found "${build}"`);
  if (!Number.isInteger(page) || page < 0) throw new Error(`result id: expected a page number ≥ 0, found ${page}`);
  return `${build}/${tagged ? TAGGED_MARK : ''}${page.toString(16)}`;
}

/** An id's part after its build's folder (`t1f` of `3f2a91c0/t1f`): unique within one build. */
export function resultKey(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** Whether the result is an actor, place or event page rather than an article. */
export function isTaggedResult(id: string): boolean {
  return resultKey(id).startsWith(TAGGED_MARK);
}

/** The page number an id names (`3f2a91c0/t1f` → 31). */
export function resultPage(id: string): number {
  const key = resultKey(id);
  const hex = key.startsWith(TAGGED_MARK) ? key.slice(TAGGED_MARK.length) : key;
  if (!/^[0-9a-f]+$/.test(hex)) throw new Error(`result id: expected "<build>/<number in hex>", found "${id}"`);
  return Number.parseInt(hex, 16);
}
