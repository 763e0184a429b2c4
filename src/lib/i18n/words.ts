/**
 * Small phrases built from the dictionaries: a byline, a date's imprecision. English is the existing
 * formatters' output byte for byte (src/lib/site/format.ts, src/lib/dates/timeline.ts); the other
 * languages join names with the platform's CLDR list patterns ("А, Б и В", "А, Б және В").
 */
import { type DateSpec, isExactDay } from '../dates/dates.ts';
import { byline } from '../site/format.ts';
import type { Key } from './dictionaries/en.ts';
import type { Lang } from './langs.ts';
import { translate } from './translate.ts';

const lists = new Map<Lang, Intl.ListFormat>();

/** Names joined as a reader of `lang` expects. */
export function joinNamesIn(lang: Lang, names: readonly string[]): string {
  let list = lists.get(lang);
  if (list === undefined) {
    list = new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' });
    lists.set(lang, list);
  }
  return list.format(names);
}

/** A piece's byline in `lang`: its authors' names (never translated), or that it is unsigned and how it signs off. */
export function bylineIn(lang: Lang, authors: readonly { name: string }[], signature?: string): string {
  if (lang === 'en') return byline(authors, signature);
  if (authors.length > 0)
    return joinNamesIn(
      lang,
      authors.map((a) => a.name),
    );
  return signature === undefined ? translate(lang, 'byline.unsigned') : translate(lang, 'byline.signedOff', { signature });
}

/** The dictionary key of how a date is imprecise (the words of src/lib/dates/timeline.ts's `imprecision`), if it is. */
export function imprecisionKey(when: DateSpec): Key | undefined {
  if (isExactDay(when)) return undefined;
  if (when.approximate) return 'date.approximate';
  if (when.date === undefined) return 'date.span';
  return when.date.length === 4 ? 'date.year' : 'date.month';
}
