/**
 * Pagination for a route under src/pages/[lang]/: Astro's `paginate` writes each page's `url.prev` and
 * `url.next` from the params it is given, so a language's pages must be paginated with their `lang`
 * param for those links to stay in the language. Lets a helper that paginates for the English route
 * (src/data/entity-pages.ts) serve the language routes unchanged.
 */

/** The part of Astro's `paginate` options this adds to. */
interface WithParams {
  readonly params?: Readonly<Record<string, string | number | undefined>>;
}

/** `paginate` with `lang` added to the params of every call: a caller's own `lang` param is replaced. */
// biome-ignore lint/suspicious/noExplicitAny: Astro's PaginateFunction is generic in its data and options; any keeps it assignable.
export function paginateIn<F extends (data: readonly any[], args?: any) => unknown>(paginate: F, lang: string): F {
  const bound = (data: readonly unknown[], args?: WithParams) => paginate(data, { ...args, params: { ...args?.params, lang } });
  return bound as F;
}
