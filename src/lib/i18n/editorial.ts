/**
 * Which text of an editorial field a page in a given interface language shows, and in what language it
 * is. The archive's own text is translated (content files' `translations`, src/lib/content/schema/
 * translations.ts); where a translation is missing the page shows the nearest one a reader of that
 * language reads — a Kazakh reader the Russian, then the English — marked with its own `lang` so that a
 * screen reader speaks it rightly and a visible note can say it is not in the page's language.
 */
import type { TranslationStatus, Translations } from '../content/schema/translations.ts';
import type { Lang } from './langs.ts';

/** The languages tried, in order, for a page in each interface language. */
export const FALLBACKS: Readonly<Record<Lang, readonly Lang[]>> = {
  en: ['en'],
  ru: ['ru', 'en'],
  kk: ['kk', 'ru', 'en'],
};

/** An editorial text as a page shows it. */
export interface Editorial {
  /** The text to show. */
  readonly text: string;
  /** The language it is in (its `lang` attribute). */
  readonly lang: Lang;
  /** True when it is not in the page's language: the page says so. */
  readonly fallback: boolean;
  /** For a translation: whether a native speaker has reviewed it; undefined for the English original. */
  readonly status?: TranslationStatus;
}

/**
 * The text of `field` for a page in `lang`: the translation into `lang` if the entry has one, else the
 * next language of {@link FALLBACKS}, ending with the English original (always present).
 */
export function editorial(english: string, translations: Translations | undefined, field: string, lang: Lang): Editorial {
  for (const tried of FALLBACKS[lang]) {
    if (tried === 'en') return { text: english, lang: 'en', fallback: lang !== 'en' };
    const block = translations?.[tried];
    const text = block?.[field];
    if (block !== undefined && text !== undefined) return { text, lang: tried, fallback: tried !== lang, status: block.status };
  }
  return { text: english, lang: 'en', fallback: lang !== 'en' };
}
