/**
 * Which built pages the every-page browser spec (tests/e2e/site.spec.ts) opens. The checks that need
 * no browser (html-validate, links and fragments, weight) run over every built page in Node
 * (tests/build/); the browser's (console errors, requests to other hosts, axe, the 360 px fit) cost
 * a page load and an axe run each, and a language's pages of one kind share their components and
 * the shape of their markup. So the browser opens every page at the unprefixed addresses (the default
 * language) and, of each other language's pages, the largest and the smallest of every kind.
 *
 * A page's kind is its path with each entry's id put as `{id}` and each number as `{n}`
 * (`/ru/articles/some-slug/source/` → `/articles/{id}/source/`), so the kinds come from the built pages
 * and the content's ids: a new kind of page is sampled without a list to update.
 */

/** A built page: its site path (without the base) and the size of its HTML in bytes. */
export interface BuiltPage {
  readonly path: string;
  readonly bytes: number;
}

/** The language prefix of a site path (`/ru/about/` → `ru`), if its first segment is one of `langs`. */
export function languageOf(path: string, langs: readonly string[]): string | undefined {
  const first = path.split('/')[1] ?? '';
  return langs.includes(first) ? first : undefined;
}

/** A page's kind: its path after any language prefix, entry ids as `{id}`, numbers as `{n}`. */
export function pageKind(path: string, langs: readonly string[], ids: ReadonlySet<string>): string {
  const segments = path.split('/').slice(1);
  if (languageOf(path, langs) !== undefined) segments.shift();
  return `/${segments.map((s) => (ids.has(s) ? '{id}' : /^\d+$/.test(s) ? '{n}' : s)).join('/')}`;
}

/**
 * The pages the browser opens: every page without a language prefix, and for each prefixed language
 * and page kind its largest and smallest page (one when the kind has one page), in the order given.
 */
export function browserSample(pages: readonly BuiltPage[], langs: readonly string[], ids: ReadonlySet<string>): string[] {
  const chosen = new Set<string>();
  const extremes = new Map<string, { largest: BuiltPage; smallest: BuiltPage }>();
  for (const page of pages) {
    const lang = languageOf(page.path, langs);
    if (lang === undefined) {
      chosen.add(page.path);
      continue;
    }
    const key = `${lang} ${pageKind(page.path, langs, ids)}`;
    const seen = extremes.get(key);
    if (seen === undefined) extremes.set(key, { largest: page, smallest: page });
    else {
      if (page.bytes > seen.largest.bytes) seen.largest = page;
      if (page.bytes < seen.smallest.bytes) seen.smallest = page;
    }
  }
  for (const { largest, smallest } of extremes.values()) chosen.add(largest.path).add(smallest.path);
  return pages.map((p) => p.path).filter((p) => chosen.has(p));
}
