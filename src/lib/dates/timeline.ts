/**
 * The timeline: the dossier's events and the archive's own publications in one chronology,
 * grouped by year and month, and split into pages by period when it grows.
 *
 * Grouping keeps the "never invent a day" rule: an entry goes into a month only when every day it
 * may fall on is in that month. A span across months ("June–July 2022") gets its own group after
 * the month it starts in, and a date known only to the year comes first in its year, under
 * "2022, month not known", rather than being pinned to January.
 */
import { bounds, compareSpecs, formatDateSpec, isExactDay, type DateSpec } from './dates.ts';

export type Confidence = 'confirmed' | 'inferred' | 'unknown';

/** A dated event from `content/events/`, with the paragraphs that report it. */
export interface EventEntry {
  readonly kind: 'event';
  readonly id: string;
  readonly title: string;
  readonly when: DateSpec;
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly confidence: Confidence;
  readonly sources: ReadonlyArray<{ readonly article: string; readonly paragraphs: readonly number[] }>;
}

/** The publication of one of the archive's articles, shown among the events it reports. */
export interface PublicationEntry {
  readonly kind: 'publication';
  /** The article's id (file stem). */
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly when: DateSpec;
  readonly actors: readonly string[];
  readonly places: readonly string[];
}

export type TimelineEntry = EventEntry | PublicationEntry;

/**
 * Orders entries by date (start, then end), an event before a publication of the same date
 * (a report follows what it reports), then by id so that the order never depends on file order.
 */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareSpecs(a.when, b.when) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) || a.id.localeCompare(b.id);
}

/** Merges events and publications into one chronology; the inputs may come in any order. */
export function mergeEntries(events: readonly EventEntry[], publications: readonly PublicationEntry[]): TimelineEntry[] {
  return [...events, ...publications].sort(compareEntries);
}

/** A period of whole days, inclusive, as partial ISO dates: `{ from: '2020', to: '2022' }`. */
export interface Scope {
  readonly from: string;
  readonly to: string;
}

/** The archive's period. */
export const ARCHIVE_SCOPE: Scope = { from: '2020', to: '2022' };

/**
 * Sorts entries into before, within and after a scope. An entry that may fall inside the scope
 * (its possible days overlap it) is within: an imprecise date is not excluded for what it might be.
 */
export function partitionByScope<T extends TimelineEntry>(entries: readonly T[], scope: Scope): { before: T[]; within: T[]; after: T[] } {
  const s = bounds({ from: scope.from, to: scope.to });
  const out = { before: [] as T[], within: [] as T[], after: [] as T[] };
  for (const e of entries) {
    const b = bounds(e.when);
    if (b.end < s.start) out.before.push(e);
    else if (b.start > s.end) out.after.push(e);
    else out.within.push(e);
  }
  return out;
}

export type GroupKind = 'year' | 'month' | 'span';

/** Entries sharing the same known period: a month, a span of months, or a whole year. */
export interface TimelineGroup {
  /** Unique on a page, usable in an id: `2022-01`, `2022-06--2022-07`, `2022`. */
  readonly key: string;
  readonly kind: GroupKind;
  readonly year: number;
  readonly label: string;
  readonly entries: readonly TimelineEntry[];
  /** True on the second and later parts of a group split across pages. */
  readonly continued?: boolean;
}

export interface YearGroup {
  readonly year: number;
  readonly groups: readonly TimelineGroup[];
  readonly count: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthIso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** The group an entry belongs to, from the days it may fall on. */
export function groupOf(when: DateSpec): { key: string; kind: GroupKind; year: number; label: string } {
  const { start, end } = bounds(when);
  const year = start.getFullYear();
  const from = monthIso(start);
  const to = monthIso(end);
  if (from === to) return { key: from, kind: 'month', year, label: formatDateSpec({ date: from }) };
  if (from === `${year}-01` && to === `${year}-12`) return { key: String(year), kind: 'year', year, label: `${year}, month not known` };
  return { key: `${from}--${to}`, kind: 'span', year, label: formatDateSpec({ from, to }) };
}

/**
 * Groups entries by the year they start in, and within it by month, span of months or year.
 * A year-wide group comes first in its year; the others follow by start, then end.
 */
export function groupByYearAndMonth(entries: readonly TimelineEntry[]): YearGroup[] {
  const groups = new Map<string, { g: ReturnType<typeof groupOf>; start: number; end: number; entries: TimelineEntry[] }>();
  for (const e of [...entries].sort(compareEntries)) {
    const g = groupOf(e.when);
    let slot = groups.get(g.key);
    if (slot === undefined) {
      // Order groups by the period they stand for, not by their first entry's day.
      const b = g.kind === 'span' ? bounds({ from: g.key.slice(0, 7), to: g.key.slice(-7) }) : bounds({ date: g.key });
      slot = { g, start: b.start.getTime(), end: b.end.getTime(), entries: [] };
      groups.set(g.key, slot);
    }
    slot.entries.push(e);
  }
  const years = new Map<number, Array<{ g: ReturnType<typeof groupOf>; start: number; end: number; entries: TimelineEntry[] }>>();
  for (const slot of groups.values()) {
    const list = years.get(slot.g.year) ?? [];
    list.push(slot);
    years.set(slot.g.year, list);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, slots]) => {
      slots.sort((a, b) => (a.g.kind === 'year' ? -1 : 0) - (b.g.kind === 'year' ? -1 : 0) || a.start - b.start || a.end - b.end);
      return {
        year,
        groups: slots.map((s) => ({ ...s.g, entries: s.entries })),
        count: slots.reduce((n, s) => n + s.entries.length, 0),
      };
    });
}

/** Events naming an actor (or place), for the small timeline on its page. */
export function eventsInvolving(entries: readonly TimelineEntry[], collection: 'actors' | 'places', id: string): EventEntry[] {
  return entries.filter((e): e is EventEntry => e.kind === 'event' && e[collection].includes(id));
}

/**
 * Packs groups into parts of at most `max` entries, keeping a group whole where it fits and
 * splitting one that does not (its later parts marked `continued`), so no page grows without bound.
 */
export function splitGroups(groups: readonly TimelineGroup[], max: number): TimelineGroup[][] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`expected a page size of at least 1 entry, got ${max}`);
  const parts: TimelineGroup[][] = [];
  let current: TimelineGroup[] = [];
  let size = 0;
  const flush = () => {
    if (current.length > 0) parts.push(current);
    current = [];
    size = 0;
  };
  for (const group of groups) {
    if (size + group.entries.length <= max) {
      current.push(group);
      size += group.entries.length;
      continue;
    }
    flush();
    for (let i = 0; i < group.entries.length; i += max) {
      const slice = group.entries.slice(i, i + max);
      const piece: TimelineGroup = i === 0 ? { ...group, entries: slice } : { ...group, entries: slice, continued: true };
      if (slice.length === max) parts.push([piece]);
      else {
        current = [piece];
        size = slice.length;
      }
    }
  }
  flush();
  return parts;
}

/** One static page of the timeline. */
export interface TimelinePage {
  /** The URL path under `/timeline/`, without slashes at the ends: `2022`, `2022/01`, `2022/01/2`. */
  readonly period: string;
  readonly year: number;
  /** 1–12 for a month page. */
  readonly month?: number;
  /** 1-based part of a month too large for one page, and how many parts it has. */
  readonly part: number;
  readonly parts: number;
  readonly label: string;
  readonly groups: readonly TimelineGroup[];
  /** On a year page that is split: the month pages, with their entry counts. */
  readonly months: ReadonlyArray<{ readonly month: number; readonly label: string; readonly period: string; readonly count: number }>;
}

/**
 * Plans a year's pages. A year that fits is one page, `/timeline/2022/`. A larger year becomes an
 * index page (with the year-wide entries) and one page per month, `/timeline/2022/01/`, holding
 * the groups that start in that month; a month still too large is cut into parts
 * (`/timeline/2022/01/2/`). Periods, not page numbers, make the URLs: adding an entry in March
 * never moves what January's page holds.
 */
export function planYearPages(year: YearGroup, max: number): TimelinePage[] {
  if (year.count <= max) {
    return [{ period: String(year.year), year: year.year, part: 1, parts: 1, label: String(year.year), groups: year.groups, months: [] }];
  }
  const yearWide = year.groups.filter((g) => g.kind === 'year');
  const byMonth = new Map<number, TimelineGroup[]>();
  for (const g of year.groups) {
    if (g.kind === 'year') continue;
    const month = Number(g.key.slice(5, 7));
    byMonth.set(month, [...(byMonth.get(month) ?? []), g]);
  }
  const monthPages: TimelinePage[] = [];
  const months: Array<{ month: number; label: string; period: string; count: number }> = [];
  for (const [month, groups] of [...byMonth].sort(([a], [b]) => a - b)) {
    const base = `${year.year}/${pad(month)}`;
    const label = formatDateSpec({ date: `${year.year}-${pad(month)}` });
    const parts = splitGroups(groups, max);
    months.push({ month, label, period: base, count: groups.reduce((n, g) => n + g.entries.length, 0) });
    parts.forEach((part, i) => {
      monthPages.push({
        period: i === 0 ? base : `${base}/${i + 1}`,
        year: year.year,
        month,
        part: i + 1,
        parts: parts.length,
        label,
        groups: part,
        months: [],
      });
    });
  }
  const yearParts = splitGroups(yearWide, max);
  const index: TimelinePage = {
    period: String(year.year),
    year: year.year,
    part: 1,
    parts: Math.max(1, yearParts.length),
    label: String(year.year),
    groups: yearParts[0] ?? [],
    months,
  };
  const extra = yearParts.slice(1).map(
    (groups, i): TimelinePage => ({
      period: `${year.year}/year/${i + 2}`,
      year: year.year,
      part: i + 2,
      parts: yearParts.length,
      label: String(year.year),
      groups,
      months: [],
    }),
  );
  return [index, ...extra, ...monthPages];
}

/** The path of a timeline page, for `paths`-style links: `/timeline/2022/01/`. */
export function timelinePath(period: string): string {
  return `/timeline/${period}/`;
}

/**
 * The largest number of entries one timeline page lists. An entry with its linked sources is about
 * 1.5 KB of HTML on the real content, so 100 keeps a page well under the 200 KB limit.
 */
export const TIMELINE_ENTRIES_PER_PAGE = 100;

/**
 * Says in words how imprecise a date is, or nothing for an exact day. The formatted date already
 * reads "August 2020", but a reader scanning a list of days needs the difference said out loud.
 */
export function imprecision(when: DateSpec): string | undefined {
  if (isExactDay(when)) return undefined;
  if (when.approximate) return 'approximate date';
  if (when.date === undefined) return 'span of dates';
  return when.date.length === 4 ? 'known only to the year' : 'known only to the month';
}
