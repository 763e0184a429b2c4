/**
 * What the ¶ mark's menu (src/client/page-tools.ts) needs beside the citation templates: the
 * styles it offers and the address it copies.
 */

/** The styles "Cite ¶N" offers, full references only (the in-text forms stay in "Cite this"). */
export const MENU_STYLES = ['chicago-note', 'chicago-bib', 'apa', 'mla', 'gost'] as const;

/**
 * The styles the page's script adds to "Cite this" from the templates when the page's HTML does not carry
 * them: an English article page has to stay within its gzipped budget (tests/build/weight.build.ts), which
 * a fifth full citation would pass (a Russian or Kazakh page carries ГОСТ first, in its HTML). Each with its
 * heading and the heading's language.
 */
export const SCRIPTED_STYLES = [{ id: 'gost', label: 'ГОСТ Р 7.0.100–2018', lang: 'ru' }] as const;

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
