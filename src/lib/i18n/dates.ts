/**
 * Dates in each interface language, by the archive's precision rules (src/lib/dates/dates.ts decides
 * which shape a date or span takes; this module gives each language's words for the shapes), through
 * date-fns' `ru` and `kk` locales.
 *
 * Russian writes a day with the genitive month ("7 января 2022") and a month alone in the nominative
 * ("январь 2022"), date-fns' `MMMM` and `LLLL`; after "около" a month takes the genitive too.
 * Kazakh puts the year first, with "жылғы" ("2022 жылғы 7 қаңтар", "2022 жылғы қаңтар"), the order
 * of Kazakhstan's official acts; date-fns' `kk` writes only "7 қаңтар 2022" in its long formats, so
 * the order is set here, with its month names (the same in both of its forms).
 */
import { format } from 'date-fns';
import { kk, ru } from 'date-fns/locale';
import { type DateSpec, type DateWords, ENGLISH_DATES, formatDateSpecIn } from '../dates/dates.ts';
import type { Lang } from './langs.ts';

const onRu = (d: Date, pattern: string) => format(d, pattern, { locale: ru });
const onKk = (d: Date, pattern: string) => format(d, pattern, { locale: kk });

const RUSSIAN_DATES: DateWords = {
  one: (d, approximate) =>
    onRu(d.start, d.precision === 'day' ? 'd MMMM yyyy' : d.precision === 'month' ? (approximate ? 'MMMM yyyy' : 'LLLL yyyy') : 'yyyy'),
  daysOfMonth: (from, to) => `${onRu(from, 'd')}–${onRu(to, 'd MMMM yyyy')}`,
  daysOfYear: (from, to) => `${onRu(from, 'd MMMM')} – ${onRu(to, 'd MMMM yyyy')}`,
  monthsOfYear: (from, to, approximate) => {
    const month = approximate ? 'MMMM' : 'LLLL';
    return `${onRu(from, month)}–${onRu(to, `${month} yyyy`)}`;
  },
  approximate: (text) => `около ${text}`,
};

/** "2022 жылғы": the year as the head of a Kazakh date. */
const kkYear = (d: Date) => `${onKk(d, 'yyyy')} жылғы`;

const KAZAKH_DATES: DateWords = {
  one: (d) =>
    d.precision === 'day'
      ? `${kkYear(d.start)} ${onKk(d.start, 'd LLLL')}`
      : d.precision === 'month'
        ? `${kkYear(d.start)} ${onKk(d.start, 'LLLL')}`
        : onKk(d.start, 'yyyy'),
  daysOfMonth: (from, to) => `${kkYear(to)} ${onKk(from, 'd')}–${onKk(to, 'd LLLL')}`,
  daysOfYear: (from, to) => `${kkYear(to)} ${onKk(from, 'd LLLL')} – ${onKk(to, 'd LLLL')}`,
  monthsOfYear: (from, to) => `${kkYear(to)} ${onKk(from, 'LLLL')}–${onKk(to, 'LLLL')}`,
  approximate: (text) => `шамамен ${text}`,
};

const WORDS: Record<Lang, DateWords> = { en: ENGLISH_DATES, ru: RUSSIAN_DATES, kk: KAZAKH_DATES };

/** What an entry without a date says instead, in each language. */
export const UNDATED: Record<Lang, string> = { en: 'undated', ru: 'без даты', kk: 'күні көрсетілмеген' };

/**
 * A date spec as a reader of `lang` reads it, exactly as precisely as it is known; an absent spec
 * is "undated". English is src/lib/dates/dates.ts's `formatDateSpec`, byte for byte.
 */
export function formatDate(spec: DateSpec | undefined, lang: Lang): string {
  return spec === undefined ? UNDATED[lang] : formatDateSpecIn(spec, WORDS[lang]);
}

/**
 * A date as a heading or the first words of a list item: {@link formatDate} with its first letter a
 * capital in the language's own rule ("Январь 2022" over a month's entries, where the running text has
 * "январь 2022"). English months and Kazakh dates, which open with a year, are unchanged.
 */
export function dateHeading(spec: DateSpec | undefined, lang: Lang): string {
  const text = formatDate(spec, lang);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
