/**
 * What the ¶ mark's menu (src/client/page-tools.ts) needs beside the citation templates: the
 * styles it offers, how it names a paragraph, and the address it copies.
 */

/** The styles "Cite ¶N" offers, full references only (the in-text forms stay in "Cite this"). */
export const MENU_STYLES = ['chicago-note', 'chicago-bib', 'apa', 'mla', 'gost'] as const;

/**
 * The styles the page's script adds to "Cite this" from the templates rather than the page's HTML
 * carrying them: an article page has to stay within its gzipped budget (tests/build/weight.build.ts),
 * which a fifth full citation would pass. Each with its heading and the heading's language.
 */
export const SCRIPTED_STYLES = [{ id: 'gost', label: 'ГОСТ Р 7.0.100–2018', lang: 'ru' }] as const;

/** "paragraph 4", "the standfirst", "the dateline": what an anchor of the article page is, for a reader. */
export function paragraphLabel(id: string): string {
  const n = /^p([1-9]\d*)$/.exec(id)?.[1];
  if (n !== undefined) return `paragraph ${n}`;
  return `the ${id}`;
}

/**
 * The address to copy or share: the page's, without its query (a search's highlight, any other
 * parameter) and with the fragment `id` when one is given, else with none.
 */
export function pageAddress(href: string, id?: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = id === undefined ? '' : `#${id}`;
  return url.href;
}
