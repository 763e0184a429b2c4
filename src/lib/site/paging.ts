/**
 * Page sizes that keep every page light at thousands of articles: the ceiling is 200 KB of
 * HTML for any page, and a list item here is well under 1 KB.
 */

/** How many articles a list page shows: the home page's latest and each /browse/ page. */
export const ARTICLES_PER_PAGE = 25;

/** How many articles and events an actor's or place's own page shows before linking to the full lists. */
export const ENTITY_PREVIEW = 20;

/** How many items each page of an actor's or place's full list shows. */
export const ENTITY_LIST_PAGE = 100;

/** The sizes of the paginated lists. */
export interface PageSizes {
  readonly articlesPerPage: number;
  readonly entityPreview: number;
  readonly entityListPage: number;
}

/** The archive's page sizes. */
export const ARCHIVE_PAGE_SIZES: PageSizes = {
  articlesPerPage: ARTICLES_PER_PAGE,
  entityPreview: ENTITY_PREVIEW,
  entityListPage: ENTITY_LIST_PAGE,
};

/**
 * The page sizes a build uses: the archive's, or, with `ARCHIVE_LIST_SIZE=n` (for the tests: the small
 * test content's lists then run to several pages, in every language), n articles a list page, n items
 * an entry's preview and twice n a page of its full lists (as the archive's full lists hold more than
 * a preview). A value that is not a whole number from 1 stops the build, naming the variable.
 */
export function pageSizes(value: string | undefined, variable = 'ARCHIVE_LIST_SIZE'): PageSizes {
  if (value === undefined || value.trim() === '') return ARCHIVE_PAGE_SIZES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${variable}="${value}": expected a whole number from 1 (the items of a list page; unset for the archive's sizes)`);
  return { articlesPerPage: n, entityPreview: n, entityListPage: 2 * n };
}

/**
 * The first `preview` items, and whether the rest needs its own list pages. A page shows a preview
 * rather than everything so that an actor named in thousands of articles keeps a small page.
 */
export function preview<T>(items: readonly T[], size: number): { shown: readonly T[]; more: boolean } {
  return { shown: items.slice(0, size), more: items.length > size };
}
