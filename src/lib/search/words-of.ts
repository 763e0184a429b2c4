/**
 * The words a search page gives its scripts (words.ts), made at build time from the dictionaries, the
 * month names of date-fns' locales (the same as the pages' dates, src/lib/i18n/dates.ts) and the
 * glossary's terms.
 */
import { format } from 'date-fns';
import { enGB, kk, ru } from 'date-fns/locale';
import type { GlossaryEntry } from '../content/glossary.ts';
import type { PluralForms } from '../i18n/dictionaries/en.ts';
import { FALLBACKS } from '../i18n/editorial.ts';
import type { Lang } from '../i18n/langs.ts';
import { DICTIONARIES } from '../i18n/translate.ts';
import { type FacetLabels, SEARCH_KEY_PREFIX, type SearchKey, type SearchWords } from './words.ts';

const LOCALES = { en: enGB, ru, kk } as const;

/** The month names standing alone (date-fns' `LLLL`: "январь", not "января"). */
export function monthNames(lang: Lang): string[] {
  return Array.from({ length: 12 }, (_, m) => format(new Date(2022, m, 1), 'LLLL', { locale: LOCALES[lang] }));
}

/**
 * A glossary term's name for a reader of `lang`: its first form in that language (the Kazakh reader,
 * failing one, the Russian), and the English term otherwise.
 */
export function termName(term: GlossaryEntry, lang: Lang): string {
  for (const l of FALLBACKS[lang]) {
    if (l === 'en') break;
    const form = term.data.names.find((n) => n.language === l && n.script === 'Cyrl');
    if (form !== undefined) return form.form;
  }
  return term.data.term;
}

/**
 * The words of the search scripts on a page in `lang`, with the facet values' `labels` (facet-labels.ts)
 * on the search page, written only when there is one to give.
 */
export function searchWords(lang: Lang, terms: readonly GlossaryEntry[] = [], labels: FacetLabels = {}): SearchWords {
  const strings: Partial<Record<SearchKey, string | PluralForms>> = {};
  for (const [key, value] of Object.entries(DICTIONARIES[lang]))
    if (key.startsWith(SEARCH_KEY_PREFIX)) strings[key as SearchKey] = value as string | PluralForms;
  const glossary = Object.fromEntries(terms.map((t) => [t.id, termName(t, lang)]));
  return { lang, strings, months: monthNames(lang), glossary, ...(Object.keys(labels).length > 0 && { labels }) };
}
