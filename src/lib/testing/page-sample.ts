/**
 * Which built pages the every-page browser spec (tests/e2e/site.spec.ts) opens. The checks that need
 * no browser (html-validate, links and fragments, weight) run over every built page in Node
 * (tests/build/); the browser's (console errors, requests to other hosts, axe, the 360 px fit) cost
 * a page load and an axe run each, and the pages of one kind in one language share their components
 * and the shape of their markup. So the browser opens, of the default language's pages (at the
 * unprefixed addresses), the largest and the smallest of every kind: the pages that carry the kind's
 * longest and shortest entry. Of each other language's, it opens the largest of every kind: what a
 * translation changes on a page is its interface strings, the same on every page of the kind, and its
 * editorial text, of which the largest page carries the most; the shortest entry's markup (an empty
 * list, a missing description) is the English page's, whose smallest page is opened.
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
 * The pages the browser opens: for each page kind, the default language's largest and smallest page
 * (one when the kind has one page) and each other language's largest, in the order given.
 */
export function browserSample(pages: readonly BuiltPage[], langs: readonly string[], ids: ReadonlySet<string>): string[] {
  const extremes = new Map<string, { largest: BuiltPage; smallest: BuiltPage }>();
  for (const page of pages) {
    const key = `${languageOf(page.path, langs) ?? ''} ${pageKind(page.path, langs, ids)}`;
    const seen = extremes.get(key);
    if (seen === undefined) extremes.set(key, { largest: page, smallest: page });
    else {
      if (page.bytes > seen.largest.bytes) seen.largest = page;
      if (page.bytes < seen.smallest.bytes) seen.smallest = page;
    }
  }
  const chosen = new Set<string>();
  for (const { largest, smallest } of extremes.values()) {
    chosen.add(largest.path);
    if (languageOf(smallest.path, langs) === undefined) chosen.add(smallest.path);
  }
  return pages.map((p) => p.path).filter((p) => chosen.has(p));
}
