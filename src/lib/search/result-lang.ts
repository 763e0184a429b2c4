/**
 * A result as a reader of the search page's language sees it: the address of the page's copy in that
 * language where its kind is built in every language (src/lib/i18n/page-languages.ts, so a kind
 * translated later follows without a change here), its title in that language where the index has one
 * (translated.ts), else the nearest one a reader of it reads (editorial.ts's order), and its date in
 * that language. The language of each is given, for the `lang` attribute.
 */
import { FALLBACKS } from '../i18n/editorial.ts';
import type { Lang } from '../i18n/langs.ts';
import { type LanguageKind, LANGUAGE_KINDS, linkIn } from '../i18n/page-languages.ts';

/** The result field of a page's title in `lang` (`title_ru`, written by translated.ts); English is Pagefind's own `title`. */
export const titleMeta = (lang: Lang): string => (lang === 'en' ? 'title' : `title_${lang}`);

/** The result field of a page's date in `lang` (`date_kk`); English is `date`. */
export const dateMeta = (lang: Lang): string => (lang === 'en' ? 'date' : `date_${lang}`);

/** A result's title and the language it is in. */
export interface ResultTitle {
  readonly text: string;
  readonly lang: Lang;
}

/** The title of a result for a reader of `lang`; an archived article's title is as collected, in English. */
export function resultTitle(meta: Readonly<Record<string, string | undefined>>, lang: Lang, url: string): ResultTitle {
  for (const tried of FALLBACKS[lang]) {
    const text = meta[titleMeta(tried)];
    if (tried === 'en' || text !== undefined) return { text: text ?? meta['title'] ?? url, lang: tried };
  }
  return { text: meta['title'] ?? url, lang: 'en' };
}

/** The date of a result in `lang`, if it has one. */
export function resultDate(meta: Readonly<Record<string, string | undefined>>, lang: Lang): string | undefined {
  return meta[dateMeta(lang)] ?? meta['date'];
}

/**
 * Where a result (`url`, Pagefind's, with the site's `base` path) leads from a page in `lang`: its copy
 * in `lang` when its kind is built in every language, else the English page; fragment and query kept.
 */
export function resultUrl(url: string, base: string, lang: Lang, kinds: readonly LanguageKind[] = LANGUAGE_KINDS): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (lang === 'en' || !url.startsWith(root)) return url;
  return `${root.slice(0, -1)}${linkIn(`/${url.slice(root.length)}`, lang, kinds)}`;
}
