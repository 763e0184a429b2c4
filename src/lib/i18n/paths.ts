/**
 * Where a page is in each interface language: English at the site's unprefixed addresses (today's, kept),
 * Russian and Kazakh under `/ru/` and `/kk/` (Astro's i18n routing with `prefixDefaultLocale: false`).
 * Paths here are root-relative and without the base path (src/lib/site/urls.ts adds it).
 */
import { DEFAULT_LANG, isLang, LANGS, type Lang } from './langs.ts';

/** The path of `path` (an English, unprefixed path) in `lang`. */
export function localized(path: string, lang: Lang): string {
  if (!path.startsWith('/')) throw new Error(`A site path starts with "/": got ${JSON.stringify(path)}`);
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** A path's language and its English path: "/ru/timeline/" → { lang: "ru", path: "/timeline/" }. */
export function unlocalized(path: string): { lang: Lang; path: string } {
  const first = path.split('/')[1];
  if (first !== DEFAULT_LANG && isLang(first)) return { lang: first, path: path.slice(first.length + 1) || '/' };
  return { lang: DEFAULT_LANG, path };
}

/** One `hreflang` alternate of a page: a language code (or `x-default`) and the path there. */
export interface Alternate {
  readonly hreflang: Lang | 'x-default';
  readonly path: string;
}

/**
 * The alternates of a page that exists in `langs`: each language's path, and `x-default` (the English,
 * for a reader whose language the archive does not have). A page in one language has none.
 */
export function alternates(path: string, langs: readonly Lang[] = LANGS): Alternate[] {
  if (langs.length < 2) return [];
  const english = unlocalized(path).path;
  return [
    ...LANGS.filter((l) => langs.includes(l)).map((l) => ({ hreflang: l, path: localized(english, l) })),
    { hreflang: 'x-default', path: localized(english, DEFAULT_LANG) },
  ];
}
