/**
 * The static paths of the routes under src/pages/[lang]/: each English path once per other interface
 * language the build makes (src/data/built-languages.ts), with a `cacheKey` (src/data/cache-keys.ts)
 * that includes the language, so that a page's copy in one language is never taken for another's.
 */
import { DEFAULT_LANG, type Lang } from '../lib/i18n/langs.ts';
import { BUILT_LANGS } from './built-languages.ts';
import { type BuildKeys, keyed } from './cache-keys.ts';

export { BUILT_LANGS };

/** The languages with a prefix (/ru/, /kk/) that this build makes: none in an English-only build (ARCHIVE_LANGUAGES=en). */
export const PREFIXED_LANGS: readonly Lang[] = BUILT_LANGS.filter((l) => l !== DEFAULT_LANG);

type Path = { params: Record<string, string | number | undefined>; props?: object };

/**
 * Every path of an English route in each prefixed language, keyed by `keyOf` and the language. With no
 * paths given, the route has one page per language (the home page, the 404).
 */
export async function langPaths<P extends Path>(keyOf: (keys: BuildKeys, path: P) => string, paths?: P[] | Promise<P[]>) {
  const english = paths === undefined ? [{ params: {} } as P] : await paths;
  const all = PREFIXED_LANGS.flatMap((lang) => english.map((p) => ({ ...p, params: { ...p.params, lang } })));
  return keyed(all, (k, p) => `${keyOf(k, p)}:${p.params.lang}`);
}
