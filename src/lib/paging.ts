/** How many articles a list page shows: the home page's latest and each /browse/ page. */
export const ARTICLES_PER_PAGE = 25;
