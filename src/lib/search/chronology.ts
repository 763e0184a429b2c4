/**
 * Search over the archive as a chronology: the months an article's or event's date may fall in, a
 * from–to range of months read from the search page's address or form, and the years a page counts
 * under in the Year facet.
 *
 * The rule is the timeline's (`partitionByScope` in src/lib/dates/timeline.ts): a date that may fall
 * inside a period is in it, so a span or an imprecise date is kept for what it might be. A page's
 * date travels to the browser as its date key, the ISO date exactly as stored (`2022-06`) or a span
 * as an ISO interval (`2022-01-05/2022-02`); the months are worked out here, by the same arithmetic
 * in the build and the browser. Month numbers are `year × 12 + month − 1`: whole numbers compare
 * faster than dates, and the range has no finer precision than a month.
 */
import type { DateSpec } from '../dates/dates.ts';
import type { SearchKey, Speaker } from './words.ts';

/** A month as a whole number: `year × 12 + (month − 1)`. */
export type Month = number;

/** The first and last month a date may fall in. */
export interface MonthSpan {
  readonly start: Month;
  readonly end: Month;
}

/** A from–to range of months; either end may be open. */
export interface MonthRange {
  readonly from?: Month | undefined;
  readonly to?: Month | undefined;
}

const ISO_PART = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** The month number of a year and a month (1–12). */
export const monthOf = (year: number, month: number): Month => year * 12 + month - 1;

/** A month number as the address and the month field write it: `2022-03`. */
export function monthText(m: Month): string {
  const year = Math.floor(m / 12);
  return `${String(year).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** The date key of a date as stored: the ISO date, or a span's ends as an ISO interval (`from/to`). */
export function dateKey(spec: DateSpec): string {
  if (spec.date !== undefined) return spec.date;
  return `${spec.from ?? ''}/${spec.to ?? ''}`;
}

/** The date a key (`dateKey`) was made from. */
export function specOfKey(key: string): DateSpec {
  const [from = '', to] = key.split('/');
  return to === undefined ? { date: from } : { from, to };
}

/**
 * The first and last day a date key may fall on, `YYYY-MM-DD`, as `isoBounds` (src/lib/dates/dates.ts)
 * gives them; worked out here because the search page's script would otherwise carry date-fns.
 */
export function dayBoundsOfKey(key: string): { start: string; end: string } {
  const parts = key.split('/');
  const first = ISO_PART.exec(parts[0] ?? '');
  const last = ISO_PART.exec(parts[parts.length - 1] ?? '');
  if (!first || !last) throw new Error(`date key "${key}": expected ISO dates (2022, 2022-06, 2022-06-17)`);
  const start = `${first[1]}-${first[2] ?? '01'}-${first[3] ?? '01'}`;
  const month = last[2] ?? '12';
  const days = new Date(Date.UTC(Number(last[1]), Number(month), 0)).getUTCDate();
  return { start, end: `${last[1]}-${month}-${last[3] ?? String(days).padStart(2, '0')}` };
}

/** The first or last month one ISO date of a key may fall in (a year: January or December). */
function partMonth(part: string, end: boolean, key: string): Month {
  const m = ISO_PART.exec(part);
  if (!m) throw new Error(`date key "${key}": expected ISO dates (2022, 2022-06, 2022-06-17), found "${part}"`);
  const year = Number(m[1]);
  if (m[2] === undefined) return monthOf(year, end ? 12 : 1);
  return monthOf(year, Number(m[2]));
}

/** The months a date key (`dateKey`) may fall in. */
export function spanOfKey(key: string): MonthSpan {
  const parts = key.split('/');
  if (parts.length > 2) throw new Error(`date key "${key}": expected one date or two joined by "/"`);
  const start = partMonth(parts[0] ?? '', false, key);
  const end = partMonth(parts[parts.length - 1] ?? '', true, key);
  if (end < start) throw new Error(`date key "${key}": ends before it starts`);
  return { start, end };
}

/** Whether a date that may fall in `span` may fall in `range`: the spans overlap. */
export function overlaps(span: MonthSpan, range: MonthRange): boolean {
  return (range.from === undefined || span.end >= range.from) && (range.to === undefined || span.start <= range.to);
}

/**
 * The years a page counts under in the Year facet: every year its date may fall in, so an event of
 * December 2021 to January 2022 is found under both, as the timeline lists it under both.
 */
export function yearsOf(spec: DateSpec): string[] {
  const span = spanOfKey(dateKey(spec));
  const first = Math.floor(span.start / 12);
  const last = Math.floor(span.end / 12);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** One end of a range as read from the address or the form. */
export interface RangeEnd {
  /** The month applied, if the text is one (or reads as one: a year, a day). */
  readonly month?: Month | undefined;
  /** What was wrong with the text, for the reader, when it could not be used. */
  readonly problem?: Said | undefined;
  /** How a text the form cannot show (a year, a day) was read, for the reader. */
  readonly note?: Said | undefined;
}

/** A sentence for the reader, said in the page's language (words.ts). */
export type Said = (sp: Speaker) => string;

const LABEL = { from: 'searchJs.rangeStart', to: 'searchJs.rangeEnd' } as const;

/**
 * Reads one end of a range. The form's month fields write `2022-03`; the address may hold more than
 * they can show: a year (`2022`, read as its first or last month), a day (read as its month), or
 * something that is no month at all (`2022-13`), which is said and not applied.
 */
export function readRangeEnd(raw: string, which: 'from' | 'to'): RangeEnd {
  const text = raw.trim();
  if (text === '') return {};
  const m = ISO_PART.exec(text);
  const said =
    (key: SearchKey, month?: Month, count?: number): Said =>
    (sp) =>
      sp.say(key, {
        end: sp.say(LABEL[which]),
        text: text.slice(0, 40),
        ...(month === undefined ? {} : { month: sp.month(month) }),
        ...(count === undefined ? {} : { count }),
      });
  if (!m) return { problem: said('searchJs.notMonth') };
  const year = Number(m[1]);
  if (m[2] === undefined) {
    const month = monthOf(year, which === 'from' ? 1 : 12);
    return { month, note: said('searchJs.isYear', month) };
  }
  const mm = Number(m[2]);
  if (mm < 1 || mm > 12) return { problem: said('searchJs.badMonth') };
  const month = monthOf(year, mm);
  if (m[3] === undefined) return { month };
  const dd = Number(m[3]);
  const days = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  if (dd < 1 || dd > days) return { problem: said('searchJs.badDay', month, days) };
  return { month, note: said('searchJs.byMonth', month) };
}

/** A range as applied, with what the reader must be told about it. */
export interface ReadRange {
  readonly range: MonthRange;
  /** Whether any end applies. */
  readonly active: boolean;
  /** Why part or all of what was asked is not applied. */
  readonly problems: readonly Said[];
  /** How what was asked was read. */
  readonly notes: readonly Said[];
}

/** Reads a from–to range; a range that ends before it starts is said and not applied at all. */
export function readRange(from: string, to: string): ReadRange {
  const a = readRangeEnd(from, 'from');
  const b = readRangeEnd(to, 'to');
  const problems = [a.problem, b.problem].filter((p): p is Said => p !== undefined);
  const notes = [a.note, b.note].filter((n): n is Said => n !== undefined);
  if (a.month !== undefined && b.month !== undefined && b.month < a.month) {
    const [from, to] = [a.month, b.month];
    problems.push((sp) => sp.say('searchJs.backwards', { from: sp.month(from), to: sp.month(to) }));
    return { range: {}, active: false, problems, notes };
  }
  const range = { from: a.month, to: b.month };
  return { range, active: a.month !== undefined || b.month !== undefined, problems, notes };
}
