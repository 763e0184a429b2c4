import { describe, expect, test } from 'vitest';
import { publicationAt } from '../testing/fixtures.ts';
import type { DateSpec } from './dates.ts';
import {
  ARCHIVE_SCOPE,
  eventsInvolving,
  groupByYearAndMonth,
  groupOf,
  imprecision,
  mergeEntries,
  partitionByScope,
  planYearPages,
  splitGroups,
  timelinePath,
  type EventEntry,
  type TimelineEntry,
  type TimelineGroup,
} from './timeline.ts';

const ev = (id: string, when: DateSpec, actors: string[] = []): EventEntry => ({
  kind: 'event',
  id,
  title: id,
  when: { confidence: 'confirmed', ...when } as DateSpec,
  actors,
  places: [],
  confidence: 'confirmed',
  sources: [{ article: 'a', paragraphs: [1] }],
});
const pub = publicationAt;
const ids = (entries: readonly TimelineEntry[]) => entries.map((e) => e.id);

describe('mergeEntries', () => {
  test('orders events and publications together by date', () => {
    const merged = mergeEntries([ev('b', { date: '2022-01-05' }), ev('a', { date: '2020-08-09' })], [pub('p', { date: '2021-03-06' })]);
    expect(ids(merged)).toEqual(['a', 'p', 'b']);
  });
  test('a day inside a month sorts before the month’s later days but after its start', () => {
    expect(
      ids(mergeEntries([ev('day', { date: '2022-06-17' }), ev('month', { date: '2022-06' }), ev('first', { date: '2022-06-01' })], [])),
    ).toEqual(['first', 'month', 'day']);
  });
  test('an event comes before a publication of the same day', () => {
    expect(ids(mergeEntries([ev('z-event', { date: '2022-01-07' })], [pub('a-pub', { date: '2022-01-07' })]))).toEqual([
      'z-event',
      'a-pub',
    ]);
  });
  test('a span sorts by its start', () => {
    expect(
      ids(mergeEntries([ev('late', { date: '2022-07-01' })], [pub('span', { from: '2022-06', to: '2022-07', approximate: true })])),
    ).toEqual(['span', 'late']);
  });
});

describe('partitionByScope', () => {
  const entries = [
    ev('2019', { date: '2019-03' }),
    ev('in', { date: '2021-05-01' }),
    ev('edge', { from: '2019-12', to: '2020-02' }),
    ev('2023', { date: '2023' }),
  ];
  test('splits before, within and after, keeping what may fall inside', () => {
    const p = partitionByScope(entries, ARCHIVE_SCOPE);
    expect([ids(p.before), ids(p.within), ids(p.after)]).toEqual([['2019'], ['in', 'edge'], ['2023']]);
  });
  test('the last day of the scope is within it', () => {
    expect(ids(partitionByScope([ev('nye', { date: '2022-12-31' })], ARCHIVE_SCOPE).within)).toEqual(['nye']);
  });
});

describe('groupOf', () => {
  test.each([
    [{ date: '2022-01-05' }, 'month', '2022-01', 'January 2022'],
    [{ date: '2020-08' }, 'month', '2020-08', 'August 2020'],
    [{ from: '2022-01-11', to: '2022-01-19' }, 'month', '2022-01', 'January 2022'],
    [{ from: '2020-06-25', to: '2020-07-01' }, 'span', '2020-06--2020-07', 'June–July 2020'],
    [{ from: '2022-06', to: '2022-07' }, 'span', '2022-06--2022-07', 'June–July 2022'],
    [{ date: '2021' }, 'year', '2021', '2021, month not known'],
    [{ from: '2021-12-30', to: '2022-01-02' }, 'span', '2021-12--2022-01', 'December 2021 – January 2022'],
  ] as Array<[DateSpec, string, string, string]>)('%o → %s %s', (when, kind, key, label) => {
    expect(groupOf(when)).toMatchObject({ kind, key, label });
  });
  test('a cross-year span belongs to the year it starts in', () => {
    expect(groupOf({ from: '2021-12', to: '2022-02' }).year).toBe(2021);
  });
});

describe('groupByYearAndMonth', () => {
  const entries = [
    ev('jan5', { date: '2022-01-05' }),
    ev('y2022', { date: '2022' }),
    ev('jun', { date: '2022-06-17' }),
    ev('junjul', { from: '2022-06', to: '2022-07' }),
    ev('jul', { date: '2022-07-05' }),
    ev('jan2', { date: '2022-01-02' }),
    ev('aug20', { date: '2020-08' }),
  ];
  const years = groupByYearAndMonth(entries);
  test('years in order, with counts', () => {
    expect(years.map((y) => [y.year, y.count])).toEqual([
      [2020, 1],
      [2022, 6],
    ]);
  });
  test('the year-wide group first, then months and spans by start and end', () => {
    expect(years[1]?.groups.map((g) => g.key)).toEqual(['2022', '2022-01', '2022-06', '2022-06--2022-07', '2022-07']);
  });
  test('entries in date order within a group', () => {
    expect(ids(years[1]?.groups[1]?.entries ?? [])).toEqual(['jan2', 'jan5']);
  });
  test('no entry is lost or duplicated', () => {
    expect(years.flatMap((y) => y.groups.flatMap((g) => ids(g.entries))).sort()).toEqual(ids(entries).sort());
  });
});

describe('eventsInvolving', () => {
  test('keeps events naming the actor and drops publications', () => {
    const entries = [
      ev('a', { date: '2022-01-05' }, ['tokayev']),
      ev('b', { date: '2022-01-06' }, ['csto']),
      pub('p', { date: '2022-01-07' }),
    ];
    expect(ids(eventsInvolving(entries, 'actors', 'tokayev'))).toEqual(['a']);
    expect(eventsInvolving(entries, 'places', 'tokayev')).toEqual([]);
  });
});

const group = (key: string, n: number): TimelineGroup => ({
  key,
  kind: 'month',
  year: Number(key.slice(0, 4)),
  label: key,
  entries: Array.from({ length: n }, (_, i) => ev(`${key}-${i}`, { date: `${key}-${String((i % 28) + 1).padStart(2, '0')}` })),
});

describe('splitGroups', () => {
  test('keeps groups whole when they fit', () => {
    expect(splitGroups([group('2022-01', 2), group('2022-02', 2), group('2022-03', 2)], 4).map((p) => p.map((g) => g.key))).toEqual([
      ['2022-01', '2022-02'],
      ['2022-03'],
    ]);
  });
  test('splits an oversized group and marks the continuation', () => {
    const parts = splitGroups([group('2022-01', 5)], 2);
    expect(parts.map((p) => p.map((g) => [g.entries.length, g.continued ?? false]))).toEqual([[[2, false]], [[2, true]], [[1, true]]]);
  });
  test('no part exceeds the limit and nothing is lost', () => {
    const parts = splitGroups([group('2022-01', 3), group('2022-02', 7), group('2022-03', 1)], 3);
    expect(Math.max(...parts.map((p) => p.reduce((n, g) => n + g.entries.length, 0)))).toBeLessThanOrEqual(3);
    expect(parts.flat().reduce((n, g) => n + g.entries.length, 0)).toBe(11);
  });
  test('refuses a page size below one', () => {
    expect(() => splitGroups([], 0)).toThrow(/at least 1/);
  });
});

describe('planYearPages', () => {
  test('a year that fits is one page', () => {
    const [year] = groupByYearAndMonth([ev('a', { date: '2022-01-05' }), ev('b', { date: '2022-03' })]);
    const pages = planYearPages(year!, 10);
    expect(pages.map((p) => p.period)).toEqual(['2022']);
    expect(pages[0]?.months).toEqual([]);
  });
  test('a large year becomes an index and month pages, a large month parts', () => {
    const entries = [
      ev('y', { date: '2022' }),
      ...Array.from({ length: 5 }, (_, i) => ev(`jan${i}`, { date: `2022-01-0${i + 1}` })),
      ev('feb', { date: '2022-02-01' }),
      ev('febmar', { from: '2022-02', to: '2022-03' }),
    ];
    const [year] = groupByYearAndMonth(entries);
    const pages = planYearPages(year!, 2);
    expect(pages.map((p) => p.period)).toEqual(['2022', '2022/01', '2022/01/2', '2022/01/3', '2022/02']);
    expect(pages[0]?.months.map((m) => [m.period, m.count])).toEqual([
      ['2022/01', 5],
      ['2022/02', 2],
    ]);
    expect(ids(pages[0]?.groups.flatMap((g) => g.entries) ?? [])).toEqual(['y']);
    expect(pages[4]?.groups.map((g) => g.key)).toEqual(['2022-02', '2022-02--2022-03']);
    expect(pages.every((p) => p.groups.reduce((n, g) => n + g.entries.length, 0) <= 2)).toBe(true);
  });
  test('paths', () => {
    expect(timelinePath('2022/01')).toBe('/timeline/2022/01/');
  });
});

describe('imprecision', () => {
  test.each([
    [{ date: '2022-01-05' }, undefined],
    [{ date: '2022-01-05', approximate: true }, 'approximate date'],
    [{ date: '2020-08' }, 'known only to the month'],
    [{ date: '2021' }, 'known only to the year'],
    [{ from: '2022-01-11', to: '2022-01-19' }, 'span of dates'],
    [{ from: '2022-06', to: '2022-07', approximate: true }, 'approximate date'],
  ] as Array<[DateSpec, string | undefined]>)('%o → %s', (when, expected) => expect(imprecision(when)).toBe(expected));
});
