/**
 * What the English pages of events, actors and places give the index in Russian and Kazakh, so that
 * one index answers every language's search page: each page's title and description in each language
 * (src/lib/i18n/editorial.ts chooses the text, a Kazakh gap falling back to the Russian) as one hidden
 * block per language, and the title and date a result shows in each (`title_ru`, `date_kk` …,
 * result-lang.ts reads them). They travel to the index through the search manifest (extras.ts), never
 * in the page readers get. An actor's or a place's title in a language is the name its pages show there
 * (src/lib/i18n/names.ts: the form marked for display).
 *
 * One index rather than one per language (Pagefind splits by `<html lang>`): the articles are archived
 * in English and must be found from every language's page, so a Russian index would carry every article
 * again, and the first query would load a second index's files for the same pages.
 */
import { type Editorial, editorial } from '../i18n/editorial.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { type Named, nameIn } from '../i18n/names.ts';
import type { Translations } from '../content/schema/translations.ts';
import { withKeyboardWords } from './kazakh-keyboard.ts';
import { dateMeta, titleMeta } from './result-lang.ts';
import { NAMES_ID_PREFIX, type NameBlock, TRANSLATION_BLOCK } from './variants.ts';

/** The interface languages other than English. */
export const OTHER_LANGS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');

/** An entry as this module reads it: its English title or name, its description, translations and registered names. */
export interface TranslatedEntry {
  readonly title: string;
  readonly description?: string | undefined;
  readonly translations?: Translations | undefined;
  readonly names?: Named['names'];
  /** Which field is the title: an event's translated `title`, or an actor's or place's registered name. */
  readonly titleFrom: 'translation' | 'name';
}

/** The title a result shows in `lang`, when there is one in another language than English. */
function titleIn(entry: TranslatedEntry, lang: Lang): { text: string; lang: Lang } | undefined {
  if (entry.titleFrom === 'name') {
    const shown = entry.names === undefined ? undefined : nameIn({ name: entry.title, names: entry.names }, lang);
    return shown?.lang === 'en' ? undefined : shown;
  }
  const shown: Editorial = editorial(entry.title, entry.translations, 'title', lang);
  return shown.lang === 'en' ? undefined : shown;
}

/**
 * The result fields in Russian and Kazakh: a title only where the language has its own (a fallback is
 * read from the language it falls back to), a date where the page has one (`dateIn` formats it).
 */
export function translatedMeta(entry: TranslatedEntry, dateIn?: (lang: Lang) => string): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const lang of OTHER_LANGS) {
    const title = titleIn(entry, lang);
    if (title !== undefined && title.lang === lang) meta[titleMeta(lang)] = title.text;
    if (dateIn) meta[dateMeta(lang)] = dateIn(lang);
  }
  return meta;
}

/**
 * The hidden blocks of a page's own text in Russian and Kazakh: its title and description as the page
 * in that language shows them, each language once (a Kazakh block that would repeat the Russian is left out).
 */
export function translatedBlocks(entry: TranslatedEntry): NameBlock[] {
  const blocks: NameBlock[] = [];
  for (const lang of OTHER_LANGS) {
    const title = titleIn(entry, lang);
    const description = entry.description === undefined ? undefined : editorial(entry.description, entry.translations, 'description', lang);
    const texts = [title?.lang === lang ? title.text : undefined, description?.lang === lang ? description.text : undefined];
    const text = texts.filter((t): t is string => t !== undefined).join(' ');
    // Kazakh also as a Russian keyboard types it (kazakh-keyboard.ts).
    if (text !== '')
      blocks.push({ id: `${NAMES_ID_PREFIX}${TRANSLATION_BLOCK}${lang}`, text: lang === 'kk' ? withKeyboardWords(text) : text });
  }
  return blocks;
}
