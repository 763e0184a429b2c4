/**
 * The interface languages this build makes: all of them, or those ARCHIVE_LANGUAGES lists (`en` alone is
 * the English-only build the bench compares the three languages with). Read here and nowhere else; a
 * module of its own, importing nothing but the list of languages, because the integrations in
 * astro.config.mjs read it as well as the pages, and src/data/languages.ts depends on the cache keys,
 * which depend on this.
 */
import { parseLanguages } from '../lib/i18n/langs.ts';

export const BUILT_LANGS = parseLanguages(process.env['ARCHIVE_LANGUAGES']);
