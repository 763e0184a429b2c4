/**
 * Dates as the archive knows them: to the day, to the month, to the year, or only as a span.
 *
 * The editorial rule is "never invent a day": a date is stored as the ISO string of exactly the
 * precision that is known (`2022`, `2022-06`, `2022-06-17`), and every function here keeps that
 * precision instead of widening it into a `Date` that would claim a day.
 */
import { endOfMonth, endOfYear, format, isValid, parse } from 'date-fns';

/** How much of a date is known. Derived from the shape of the stored string, never stored twice. */
export type Precision = 'year' | 'month' | 'day';

/** A date of known precision, parsed. `start` and `end` bound the days it may fall on. */
export interface PartialDate {
  readonly iso: string;
  readonly precision: Precision;
  readonly start: Date;
  readonly end: Date;
}

/** When something happened or appeared: a single partial date, or a span between two. */
export interface DateSpec {
  readonly date?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly approximate?: boolean | undefined;
  /** An editorial remark on the date ("late August"), shown beside it, never parsed. */
  readonly note?: string | undefined;
}

const PATTERNS: Record<Precision, { re: RegExp; fmt: string }> = {
  year: { re: /^\d{4}$/, fmt: 'yyyy' },
  month: { re: /^\d{4}-\d{2}$/, fmt: 'yyyy-MM' },
  day: { re: /^\d{4}-\d{2}-\d{2}$/, fmt: 'yyyy-MM-dd' },
};

/** What a stored date must look like, for error messages. */
export const PARTIAL_DATE_EXPECTED = 'a quoted ISO date of the precision known: "2022", "2022-06" or "2022-06-17"';

/** Why a stored date string is not a date: what was found, and what was expected instead. */
export interface DateProblem {
  readonly found: string;
  readonly expected: string;
}

/**
 * Parses `2022`, `2022-06` or `2022-06-17`, or says why it is not a date.
 *
 * date-fns' strict `parse` rejects impossible days (2021-02-30) that `new Date()` would roll over
 * into March, which is the silent corruption the schema exists to stop.
 */
export function checkPartialDate(iso: string): PartialDate | DateProblem {
  let known = parsed.get(iso);
  if (known === undefined) {
    known = checkUncached(iso);
    parsed.set(iso, known);
  }
  return known;
}

/**
 * Every string checked so far and its result. date-fns' `parse` and `format` cost tens of
 * microseconds a call, and the same few thousand dates are parsed again and again while a large
 * archive is built (sorting, formatting, citations); nothing in the archive changes a `Date` it gets.
 */
const parsed = new Map<string, PartialDate | DateProblem>();

function checkUncached(iso: string): PartialDate | DateProblem {
  for (const precision of ['day', 'month', 'year'] as const) {
    const { re, fmt } = PATTERNS[precision];
    if (!re.test(iso)) continue;
    const start = parse(iso, fmt, new Date(2000, 0, 1));
    if (!isValid(start) || format(start, fmt) !== iso) {
      return {
        found: `"${iso}", which is not a real ${precision === 'day' ? 'calendar day' : precision}`,
        expected: 'a real date, quoted: "2022", "2022-06" or "2022-06-17"',
      };
    }
    const end = precision === 'day' ? start : precision === 'month' ? endOfMonth(start) : endOfYear(start);
    return { iso, precision, start, end };
  }
  return { found: `"${iso}"`, expected: PARTIAL_DATE_EXPECTED };
}

/** Like {@link checkPartialDate}, with the problem as one message (`found …; expected …`). */
export function parsePartialDate(iso: string): PartialDate | string {
  const parsed = checkPartialDate(iso);
  return 'found' in parsed ? `found ${parsed.found}; expected ${parsed.expected}` : parsed;
}

/** Like {@link parsePartialDate} but throws; for data that the schema has already validated. */
export function mustParse(iso: string): PartialDate {
  const parsed = parsePartialDate(iso);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/**
 * Checks the shape of a {@link DateSpec}: exactly a `date`, or a `from` and a `to` in order.
 * Returns each problem with its field, so a schema can report each on its own path.
 */
export function dateSpecProblems(spec: DateSpec): Array<DateProblem & { field: keyof DateSpec }> {
  const problems: Array<DateProblem & { field: keyof DateSpec }> = [];
  const hasDate = spec.date !== undefined;
  const hasSpan = spec.from !== undefined || spec.to !== undefined;
  if (hasDate && hasSpan)
    problems.push({ field: 'date', found: 'both `date` and a span', expected: 'either `date`, or `from` and `to`, not both' });
  if (!hasDate && !hasSpan) problems.push({ field: 'date', found: 'no date', expected: '`date`, or `from` and `to` for a span' });
  for (const field of ['date', 'from', 'to'] as const) {
    const value = spec[field];
    if (value === undefined) continue;
    const parsed = checkPartialDate(value);
    if ('found' in parsed) problems.push({ field, ...parsed });
  }
  if (hasSpan) {
    if (spec.from === undefined) problems.push({ field: 'from', found: 'a span without `from`', expected: 'a span to have `from`' });
    if (spec.to === undefined) problems.push({ field: 'to', found: 'a span without `to`', expected: 'a span to have `to`' });
    if (spec.from !== undefined && spec.to !== undefined) {
      const from = parsePartialDate(spec.from);
      const to = parsePartialDate(spec.to);
      if (typeof from !== 'string' && typeof to !== 'string' && from.start > to.end) {
        problems.push({
          field: 'to',
          found: `a span that ends (${spec.to}) before it starts (${spec.from})`,
          expected: '`to` on or after `from`',
        });
      }
    }
  }
  return problems;
}

/** The earliest and latest day a spec may fall on; a span's imprecise ends widen it. */
export function bounds(spec: DateSpec): { start: Date; end: Date } {
  if (spec.date !== undefined) {
    const d = mustParse(spec.date);
    return { start: d.start, end: d.end };
  }
  return { start: mustParse(spec.from ?? '').start, end: mustParse(spec.to ?? '').end };
}

/**
 * The earliest and latest day a spec may fall on, as `yyyy-MM-dd`: sortable bounds for the data
 * downloads, which claim no day (a month gives its first and last day).
 */
export function isoBounds(spec: DateSpec): { start: string; end: string } {
  const b = bounds(spec);
  return { start: format(b.start, 'yyyy-MM-dd'), end: format(b.end, 'yyyy-MM-dd') };
}

/** The ISO string to sort by: a span sorts by its start, as the dossier asks. */
export function sortKey(spec: DateSpec): string {
  return spec.date ?? spec.from ?? '';
}

/** Compares two specs chronologically (by start, then by end), for `Array.prototype.sort`. */
export function compareSpecs(a: DateSpec, b: DateSpec): number {
  const [as, ae] = times(a);
  const [bs, be] = times(b);
  return as - bs || ae - be;
}

/**
 * A spec's bounds in milliseconds, parsed once per spec object: sorting thousands of articles and
 * events compares each spec many times, and would otherwise parse its ISO text at each comparison
 * (scripts/bench/profile.ts shows what that costs). Specs are frontmatter values, never changed.
 */
const boundTimes = new WeakMap<DateSpec, readonly [number, number]>();
function times(spec: DateSpec): readonly [number, number] {
  let t = boundTimes.get(spec);
  if (t === undefined) {
    const b = bounds(spec);
    t = [b.start.getTime(), b.end.getTime()];
    boundTimes.set(spec, t);
  }
  return t;
}

/** True when the spec names a single known day: only then may a day be shown. */
export function isExactDay(spec: DateSpec): boolean {
  return spec.date !== undefined && mustParse(spec.date).precision === 'day' && !spec.approximate;
}

/**
 * The words of dates in one language: how a single date of each precision is written, and each shape
 * of span that shares a part (the same month, the same year). The rules of which shape a spec takes
 * are {@link formatDateSpecIn}'s, the same for every language; src/lib/i18n/dates.ts has Russian and
 * Kazakh.
 */
export interface DateWords {
  /** A single date; `approximate` when it follows the language's word for "around" (Russian wants the genitive). */
  readonly one: (d: PartialDate, approximate: boolean) => string;
  /** Two days of one month: "13–15 September 2022". */
  readonly daysOfMonth: (from: Date, to: Date) => string;
  /** Two days of one year: "25 June – 1 July 2020". */
  readonly daysOfYear: (from: Date, to: Date) => string;
  /** Two months of one year: "June–July 2022". */
  readonly monthsOfYear: (from: Date, to: Date, approximate: boolean) => string;
  /** The whole text of an approximate date: "June–July 2022, approximate". */
  readonly approximate: (text: string) => string;
}

/** English, as every page writes dates today. */
export const ENGLISH_DATES: DateWords = {
  one: (d) => format(d.start, d.precision === 'day' ? 'd MMMM yyyy' : d.precision === 'month' ? 'MMMM yyyy' : 'yyyy'),
  daysOfMonth: (from, to) => `${format(from, 'd')}–${format(to, 'd MMMM yyyy')}`,
  daysOfYear: (from, to) => `${format(from, 'd MMMM')} – ${format(to, 'd MMMM yyyy')}`,
  monthsOfYear: (from, to) => `${format(from, 'MMMM')}–${format(to, 'MMMM yyyy')}`,
  approximate: (text) => `${text}, approximate`,
};

/**
 * Formats the spec for readers exactly as precisely as it is known: "6 March 2021",
 * "March 2019", "June–July 2022, approximate", "13–15 September 2022".
 * Shared parts of a span are written once, as a careful editor would.
 */
export function formatDateSpec(spec: DateSpec): string {
  return formatDateSpecIn(spec, ENGLISH_DATES);
}

/** {@link formatDateSpec} in the words of any language. */
export function formatDateSpecIn(spec: DateSpec, words: DateWords): string {
  const approximate = spec.approximate === true;
  const text =
    spec.date !== undefined
      ? words.one(mustParse(spec.date), approximate)
      : formatSpan(mustParse(spec.from ?? ''), mustParse(spec.to ?? ''), words, approximate);
  return approximate ? words.approximate(text) : text;
}

function formatSpan(from: PartialDate, to: PartialDate, words: DateWords, approximate: boolean): string {
  if (from.iso === to.iso) return words.one(from, approximate);
  const sameYear = from.start.getFullYear() === to.start.getFullYear();
  if (from.precision === 'day' && to.precision === 'day' && sameYear) {
    if (from.start.getMonth() === to.start.getMonth()) return words.daysOfMonth(from.start, to.start);
    return words.daysOfYear(from.start, to.start);
  }
  if (from.precision === 'month' && to.precision === 'month' && sameYear) return words.monthsOfYear(from.start, to.start, approximate);
  return `${words.one(from, approximate)} – ${words.one(to, approximate)}`;
}

/**
 * A machine-readable value for `<time datetime>`: the ISO date for a single date (HTML accepts
 * `2022`, `2022-06` and `2022-06-17` alike), or the start of a span.
 */
export function machineDate(spec: DateSpec): string {
  return spec.date ?? spec.from ?? '';
}

/** The year a spec starts in, for grouping and facets. */
export function startYear(spec: DateSpec): number {
  return bounds(spec).start.getFullYear();
}
