/**
 * The timeline's labels in each interface language. src/lib/dates/timeline.ts groups and pages the
 * entries once, with English labels; a page in another language writes each group's and page's label
 * from its key, through src/lib/i18n/dates.ts, so the grouping rules stay in one place. For English the
 * labels are the ones timeline.ts wrote, byte for byte.
 */
import type { GroupKind } from '../dates/timeline.ts';
import { dateHeading, formatDate } from './dates.ts';
import type { Lang } from './langs.ts';
import { translate } from './translate.ts';

/** A group's heading: "Январь 2022", "2022 жылғы маусым–шілде", "2022, месяц неизвестен". */
export function groupLabelIn(group: { readonly key: string; readonly kind: GroupKind; readonly year: number }, lang: Lang): string {
  if (group.kind === 'year') return translate(lang, 'timeline.yearUnknownMonth', { year: group.year });
  if (group.kind === 'month') return dateHeading({ date: group.key }, lang);
  const [from, to] = group.key.split('--');
  return dateHeading({ from, to }, lang);
}

/** A period page's label as a heading or a link begins it: "2022", "Январь 2022". */
export function periodLabelIn(page: { readonly year: number; readonly month?: number | undefined }, lang: Lang): string {
  return page.month === undefined ? String(page.year) : dateHeading({ date: monthKey(page.year, page.month) }, lang);
}

/** A period page's label inside a sentence or a title: "2022", "январь 2022". */
export function periodInText(page: { readonly year: number; readonly month?: number | undefined }, lang: Lang): string {
  return page.month === undefined ? String(page.year) : formatDate({ date: monthKey(page.year, page.month) }, lang);
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
