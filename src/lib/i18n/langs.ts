/** The archive's interface languages: English (the site as it is) and the two of its region. */
export const LANGS = ['en', 'ru', 'kk'] as const;

/** An interface language, by its ISO 639-1 code (also its `lang` attribute). */
export type Lang = (typeof LANGS)[number];
