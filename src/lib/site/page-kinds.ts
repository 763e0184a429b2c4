/**
 * The kinds of page that stand for one content entry each, declared once: the search index, the
 * search page's type facet, the sitemap and the downloads read this table, so that a new kind is one
 * row here plus its page, and cannot be searched by one part of the build and missed by another.
 */

/** One kind of entry page, at `/<folder>/<id>/`. */
export interface PageKind {
  /** The content collection its entries come from (src/content.config.ts). */
  readonly collection: string;
  /** Its URL folder: the pages are `/<folder>/<id>/index.html`. */
  readonly folder: string;
  /** The search's `type` facet value for these pages, which is also its label on the search page. */
  readonly searchType: string;
  /**
   * Whether the pages carry the `type` tag (`data-pagefind-filter="type"`). Articles carry none and are
   * counted as the results without one: Pagefind scans every loaded filter value for every result, so
   * tagging thousands of articles would cost each search as much as all the other tags together.
   */
  readonly tagged: boolean;
  /** Whether its pages are given to Pagefind (each has a `data-pagefind-body` element). */
  readonly searched: boolean;
  /** Whether its pages are listed in `sitemap.xml`. */
  readonly inSitemap: boolean;
  /** The names of the files beside each page (src/lib/site/download-table.ts), besides the page itself. */
  readonly downloads: readonly string[];
}

/** Every kind of entry page, in the order the search page lists its types. */
export const PAGE_KINDS = [
  {
    collection: 'articles',
    folder: 'articles',
    searchType: 'Article',
    tagged: false,
    searched: true,
    inSitemap: true,
    downloads: ['cite.bib', 'cite.ris', 'cite.json', 'cite-templates.json', 'source.txt', 'tei.xml', 'preview.png'],
  },
  { collection: 'actors', folder: 'actors', searchType: 'Actor', tagged: true, searched: true, inSitemap: true, downloads: [] },
  { collection: 'places', folder: 'places', searchType: 'Place', tagged: true, searched: true, inSitemap: true, downloads: [] },
  {
    collection: 'events',
    folder: 'events',
    searchType: 'Event',
    tagged: true,
    searched: true,
    inSitemap: true,
    downloads: ['preview.png'],
  },
] as const satisfies readonly PageKind[];

/** A `type` facet value of the tagged kinds. */
export type TaggedType = Extract<(typeof PAGE_KINDS)[number], { tagged: true }>['searchType'];

/** The folders whose pages are searched, in the table's order. */
export function searchedFolders(kinds: readonly PageKind[] = PAGE_KINDS): string[] {
  return kinds.filter((k) => k.searched).map((k) => k.folder);
}

/** The `type` values pages carry, in the table's order. */
export function taggedTypes(kinds: readonly PageKind[] = PAGE_KINDS): string[] {
  return kinds.filter((k) => k.tagged).map((k) => k.searchType);
}

/** The one searched kind without a tag: its results are those with none of the tagged types. */
export function untaggedType(kinds: readonly PageKind[] = PAGE_KINDS): string {
  const untagged = kinds.filter((k) => k.searched && !k.tagged);
  if (untagged.length !== 1) throw new Error(`Exactly one searched page kind must be untagged; found ${untagged.length}`);
  return (untagged[0] as PageKind).searchType;
}

/** The kind of a collection; throws for a collection without pages of its own. */
export function kindOf(collection: string, kinds: readonly PageKind[] = PAGE_KINDS): PageKind {
  const kind = kinds.find((k) => k.collection === collection);
  if (kind === undefined) throw new Error(`No page kind for the collection "${collection}" (src/lib/site/page-kinds.ts)`);
  return kind;
}

/** Whether a site path (without the base, "/actors/x/") is an entry page of a kind left out of the sitemap. */
export function outOfSitemap(path: string, kinds: readonly PageKind[] = PAGE_KINDS): boolean {
  const folder = path.split('/')[1];
  return kinds.some((k) => !k.inSitemap && k.folder === folder);
}
