/**
 * The layout of the timeline's overview drawing, computed at build time.
 *
 * The drawing is static SVG (no client JavaScript), so everything a script would work out in the
 * browser is worked out here: where each entry sits on the time axis, how wide it is, which lane
 * keeps it clear of its neighbours, where the year ticks go, and the words that describe it to a
 * screen reader. The component only draws what this returns; returning data rather than an SVG
 * string lets Astro escape every label.
 *
 * An exact day is a dot. Anything less precise (a month, a span, an approximate date) is a bar over
 * every day it may fall on, so the drawing never shows a precision the archive does not have.
 * Above `maxMarks` entries the drawing switches to a bar chart of entries per month, which keeps
 * the page small at 7,000 entries.
 */
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import { formatDate } from '../i18n/dates.ts';
import type { Lang } from '../i18n/langs.ts';
import { translate } from '../i18n/translate.ts';
import { bounds, isExactDay, type DateSpec } from './dates.ts';
import type { Scope } from './timeline.ts';

export interface OverviewEntry {
  readonly id: string;
  readonly kind: 'event' | 'publication';
  readonly title: string;
  readonly when: DateSpec;
  /** Where the mark links: the entry's page (an event's or an article's), as the caller builds it. */
  readonly href?: string | undefined;
}

export interface OverviewOptions {
  readonly scope: Scope;
  /** Width of the drawing in SVG units; the height follows from the lanes. */
  readonly width?: number;
  readonly laneHeight?: number;
  /** Above this many entries in scope, draw counts per month instead of marks. */
  readonly maxMarks?: number;
  /** The language of the drawing's words (bands, tooltips, title and text alternative); English when not given. */
  readonly lang?: Lang;
}

export interface OverviewMark {
  readonly id: string;
  readonly kind: 'event' | 'publication';
  readonly shape: 'dot' | 'bar';
  /** For a dot, its centre; for a bar, its left edge. */
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly lane: number;
  /** Title and date as a reader sees them, for the mark's tooltip. */
  readonly label: string;
  /** The entry's `href`, when it has one: the drawing links the mark there. */
  readonly href?: string | undefined;
}

export interface OverviewBin {
  readonly month: string;
  readonly x: number;
  readonly width: number;
  /** Bar heights in SVG units, exact days and imprecise dates stacked. */
  readonly exactHeight: number;
  readonly impreciseHeight: number;
  readonly count: number;
  readonly label: string;
}

export interface OverviewLayout {
  readonly width: number;
  readonly height: number;
  readonly mode: 'marks' | 'counts';
  readonly marks: readonly OverviewMark[];
  readonly bins: readonly OverviewBin[];
  /** One tick at the start of each year, labelled with the year. */
  readonly ticks: ReadonlyArray<{ readonly x: number; readonly label: string }>;
  /** The y of the axis line, and of the line between events and publications (marks mode). */
  readonly axisY: number;
  readonly bands: ReadonlyArray<{ readonly label: string; readonly y: number }>;
  readonly title: string;
  /** The text alternative: what the drawing shows, in words. */
  readonly description: string;
  readonly outside: { readonly before: number; readonly after: number };
}

const MARGIN_LEFT = 8;
const MARGIN_RIGHT = 8;
const DOT_RADIUS = 4;
const MIN_BAR = 3;
const GAP = 2;
const COUNT_HEIGHT = 60;

/**
 * Assigns each interval the first lane where it does not touch the one before it (greedy interval
 * colouring, optimal for intervals sorted by start).
 */
export function assignLanes(intervals: ReadonlyArray<{ readonly start: number; readonly end: number }>): number[] {
  const order = intervals.map((iv, i) => ({ ...iv, i })).sort((a, b) => a.start - b.start || a.end - b.end);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length).fill(0);
  for (const iv of order) {
    let lane = laneEnds.findIndex((end) => end + GAP <= iv.start);
    if (lane === -1) lane = laneEnds.push(iv.end) - 1;
    else laneEnds[lane] = iv.end;
    lanes[iv.i] = lane;
  }
  return lanes;
}

/** The plot's frame: the scope, its length in days, the plot's width, and the x of the start of a day. */
interface Frame {
  readonly scope: { readonly start: Date; readonly end: Date };
  readonly days: number;
  readonly plot: number;
  /** x of the start of a day (x of the day after the scope is the right edge). */
  readonly xOf: (d: Date) => number;
}

function frameOf(options: OverviewOptions, width: number): Frame {
  const scope = bounds({ from: options.scope.from, to: options.scope.to });
  const days = differenceInCalendarDays(scope.end, scope.start) + 1;
  const plot = width - MARGIN_LEFT - MARGIN_RIGHT;
  return { scope, days, plot, xOf: (d: Date) => MARGIN_LEFT + (differenceInCalendarDays(d, scope.start) / days) * plot };
}

type Placed = { e: OverviewEntry; start: Date; end: Date; exact: boolean };

/** The entries within the scope, clipped to it, and how many fall before and after it. */
function placeEntries(entries: readonly OverviewEntry[], scope: Frame['scope']): { inside: Placed[]; before: number; after: number } {
  const inside: Placed[] = [];
  let before = 0;
  let after = 0;
  for (const e of entries) {
    const b = bounds(e.when);
    if (b.end < scope.start) before++;
    else if (b.start > scope.end) after++;
    else
      inside.push({
        e,
        start: b.start < scope.start ? scope.start : b.start,
        end: b.end > scope.end ? scope.end : b.end,
        exact: isExactDay(e.when),
      });
  }
  return { inside, before, after };
}

/** A tick at each 1 January within the scope. */
function yearTicks({ scope, xOf }: Frame): Array<{ x: number; label: string }> {
  const ticks: Array<{ x: number; label: string }> = [];
  for (let y = scope.start.getFullYear(); y <= scope.end.getFullYear(); y++) {
    const d = new Date(y, 0, 1);
    if (d >= scope.start) ticks.push({ x: round(xOf(d)), label: String(y) });
  }
  return ticks;
}

/** Too many entries to mark one by one: a bar a month, exact and imprecise dates stacked. */
function monthBins(inside: readonly Placed[], { xOf }: Frame, lang: Lang): OverviewBin[] {
  const counts = new Map<string, { exact: number; imprecise: number }>();
  for (const { start, exact } of inside) {
    const key = format(start, 'yyyy-MM');
    const c = counts.get(key) ?? { exact: 0, imprecise: 0 };
    if (exact) c.exact++;
    else c.imprecise++;
    counts.set(key, c);
  }
  const most = Math.max(1, ...[...counts.values()].map((c) => c.exact + c.imprecise));
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, c]) => {
      const start = new Date(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1);
      const next = new Date(start.getFullYear(), start.getMonth() + 1, 1);
      const x = xOf(start);
      return {
        month,
        x: round(x),
        width: round(Math.max(MIN_BAR, xOf(next) - x - 1)),
        exactHeight: round((c.exact / most) * COUNT_HEIGHT),
        impreciseHeight: round((c.imprecise / most) * COUNT_HEIGHT),
        count: c.exact + c.imprecise,
        label: translate(lang, 'overview.bin', {
          count: c.exact + c.imprecise,
          n: c.exact + c.imprecise,
          month: formatDate({ date: month }, lang),
          imprecise: c.imprecise,
        }),
      };
    });
}

/** A mark per entry (a dot for an exact day, a bar for a span), in a band per kind, each in the lowest free lane. */
function bandMarks(
  inside: readonly Placed[],
  { xOf, plot, days }: Frame,
  laneHeight: number,
  lang: Lang,
): { marks: OverviewMark[]; bands: Array<{ label: string; y: number }>; bottom: number } {
  const geometry = inside.map(({ e, start, end, exact }) => {
    if (exact) {
      const cx = xOf(start) + plot / days / 2;
      return { e, shape: 'dot' as const, x: cx, width: 0, start: cx - DOT_RADIUS, end: cx + DOT_RADIUS };
    }
    const x = xOf(start);
    const w = Math.max(MIN_BAR, xOf(addDays(end, 1)) - x);
    return { e, shape: 'bar' as const, x, width: w, start: x, end: x + w };
  });
  const marks: OverviewMark[] = [];
  const bands: Array<{ label: string; y: number }> = [];
  let top = 4;
  for (const [kind, label] of [
    ['event', translate(lang, 'overview.band.events')],
    ['publication', translate(lang, 'overview.band.articles')],
  ] as const) {
    const mine = geometry.filter((g) => g.e.kind === kind);
    if (mine.length === 0) continue;
    bands.push({ label, y: top });
    const bandTop = top + 14;
    const lanes = assignLanes(mine);
    mine.forEach((g, i) => {
      const lane = lanes[i] ?? 0;
      marks.push({
        id: g.e.id,
        kind,
        shape: g.shape,
        x: round(g.x),
        width: round(g.width),
        y: round(bandTop + lane * laneHeight + laneHeight / 2),
        lane,
        label: `${g.e.title} (${formatDate(g.e.when, lang)})`,
        ...(g.e.href === undefined ? {} : { href: g.e.href }),
      });
    });
    top = bandTop + (Math.max(0, ...lanes) + 1) * laneHeight + 6;
  }
  return { marks, bands, bottom: top };
}

/** Lays out the overview of `entries` over `options.scope`; see the module comment. */
export function layoutOverview(entries: readonly OverviewEntry[], options: OverviewOptions): OverviewLayout {
  const width = options.width ?? 960;
  const frame = frameOf(options, width);
  const { scope } = frame;
  const { inside, before, after } = placeEntries(entries, scope);
  const ticks = yearTicks(frame);
  const lang = options.lang ?? 'en';
  const title = translate(lang, 'overview.title', { from: monthOf(scope.start, lang), to: monthOf(scope.end, lang) });
  const description = describe(inside, { before, after }, scope, lang);
  const outside = { before, after };
  if (inside.length > (options.maxMarks ?? 400)) {
    const axisY = COUNT_HEIGHT + 4;
    const bins = monthBins(inside, frame, lang);
    return { width, height: axisY + 20, mode: 'counts', marks: [], bins, ticks, axisY, bands: [], title, description, outside };
  }
  const { marks, bands, bottom: axisY } = bandMarks(inside, frame, options.laneHeight ?? 12, lang);
  return { width, height: axisY + 20, mode: 'marks', marks, bins: [], ticks, axisY, bands, title, description, outside };
}

/** A month as a reader of `lang` writes it alone: "January 2020", "январь 2020", "2020 жылғы қаңтар". */
function monthOf(d: Date, lang: Lang): string {
  return formatDate({ date: format(d, 'yyyy-MM') }, lang);
}

function describe(
  inside: ReadonlyArray<{ e: OverviewEntry; start: Date; exact: boolean }>,
  outside: { before: number; after: number },
  scope: { start: Date; end: Date },
  lang: Lang,
): string {
  const events = inside.filter((i) => i.e.kind === 'event').length;
  const publications = inside.length - events;
  const imprecise = inside.filter((i) => !i.exact).length;
  const perYear = new Map<number, number>();
  const perMonth = new Map<string, number>();
  for (const { start } of inside) {
    perYear.set(start.getFullYear(), (perYear.get(start.getFullYear()) ?? 0) + 1);
    const m = format(start, 'yyyy-MM');
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
  }
  const busiest = [...perMonth].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0];
  const years =
    [...perYear]
      .sort(([a], [b]) => a - b)
      .map(([year, n]) => translate(lang, 'overview.yearCount', { year, n }))
      .join('; ') || translate(lang, 'overview.none');
  const parts = [
    translate(lang, 'overview.summary', {
      events: translate(lang, 'overview.events', { count: events, n: events }),
      publications: translate(lang, 'overview.publications', { count: publications, n: publications }),
      from: monthOf(scope.start, lang),
      to: monthOf(scope.end, lang),
    }),
    translate(lang, 'overview.imprecise', { count: imprecise, n: imprecise }),
    translate(lang, 'overview.byYear', { years }),
  ];
  if (busiest !== undefined)
    parts.push(translate(lang, 'overview.busiest', { count: busiest[1], n: busiest[1], month: formatDate({ date: busiest[0] }, lang) }));
  if (outside.before + outside.after > 0)
    parts.push(translate(lang, 'overview.outside', { count: outside.before + outside.after, ...outside }));
  return parts.join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
