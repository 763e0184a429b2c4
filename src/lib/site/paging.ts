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

/**
 * The first `preview` items, and whether the rest needs its own list pages. A page shows a preview
 * rather than everything so that an actor named in thousands of articles keeps a small page.
 */
export function preview<T>(items: readonly T[], size = ENTITY_PREVIEW): { shown: readonly T[]; more: boolean } {
  return { shown: items.slice(0, size), more: items.length > size };
}
