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
