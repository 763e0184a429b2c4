/** The archive's interface languages: English (the site as it is) and the two of its region. */
export const LANGS = ['en', 'ru', 'kk'] as const;

/** An interface language, by its ISO 639-1 code (also its `lang` attribute). */
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, as the language switcher shows it (an endonym is the same on every page). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** The default language, at the site's unprefixed addresses. */
export const DEFAULT_LANG: Lang = 'en';

/** Whether a string is one of the interface languages. */
export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/**
 * The language an MDX page's components write in: the language of the text shown (which a page sets when
 * it shows a fallback), else the page's, from its address (Astro's i18n routing), else English.
 */
export function contentLangOf(shown: Lang | undefined, currentLocale: string | undefined): Lang {
  return shown ?? (isLang(currentLocale) ? currentLocale : DEFAULT_LANG);
}

/**
 * The languages a build makes, from the value of `variable` (ARCHIVE_LANGUAGES): unset or empty, all of
 * them; else a comma-separated list of interface languages that includes English, which is the site at its
 * unprefixed addresses. Returned in LANGS's order. Throws naming the variable and the allowed values.
 */
export function parseLanguages(value: string | undefined, variable = 'ARCHIVE_LANGUAGES'): readonly Lang[] {
  if (value === undefined || value.trim() === '') return LANGS;
  const given = value.split(',').map((v) => v.trim());
  const expected = `a comma-separated list of ${LANGS.join(', ')} that includes ${DEFAULT_LANG} (e.g. ${variable}=${DEFAULT_LANG})`;
  const unknown = given.filter((v) => !isLang(v));
  if (unknown.length > 0)
    throw new Error(
      `${variable}="${value}": ${unknown.map((v) => JSON.stringify(v)).join(', ')} is not an interface language; expected ${expected}`,
    );
  if (!given.includes(DEFAULT_LANG)) throw new Error(`${variable}="${value}" leaves out ${DEFAULT_LANG}; expected ${expected}`);
  return LANGS.filter((l) => given.includes(l));
}
