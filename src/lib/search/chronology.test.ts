import { describe, expect, it } from 'vitest';
import { isoBounds } from '../dates/dates.ts';
import { speaker } from './words.ts';
import { searchWords } from './words-of.ts';
import {
  dateKey,
  dayBoundsOfKey,
  specOfKey,
  monthOf,
  monthText,
  overlaps,
  readRange,
  readRangeEnd,
  spanOfKey,
  yearsOf,
} from './chronology.ts';

const en = speaker(searchWords('en'));
const ru = speaker(searchWords('ru'));
const kk = speaker(searchWords('kk'));

describe('date keys and their months', () => {
  it.each([
    ['a day', { date: '2022-03-04' }, '2022-03-04', [2022, 3], [2022, 3]],
    ['a month', { date: '2022-03' }, '2022-03', [2022, 3], [2022, 3]],
    ['a year', { date: '2021' }, '2021', [2021, 1], [2021, 12]],
    ['a span of days', { from: '2021-12-30', to: '2022-01-02' }, '2021-12-30/2022-01-02', [2021, 12], [2022, 1]],
    ['a span of imprecise ends', { from: '2020', to: '2021-02' }, '2020/2021-02', [2020, 1], [2021, 2]],
  ] as const)('%s', (_, spec, key, [sy, sm], [ey, em]) => {
    expect(dateKey(spec)).toBe(key);
    expect(spanOfKey(key)).toEqual({ start: monthOf(sy, sm), end: monthOf(ey, em) });
  });

  it.each([
    ['not a date', 'soon', /"soon"/],
    ['three parts', '2020/2021/2022', /one date or two/],
    ['a span that ends before it starts', '2022/2021', /ends before it starts/],
  ])('refuses %s', (_, key, message) => {
    expect(() => spanOfKey(key)).toThrow(message);
  });

  it('writes and names months', () => {
    expect(monthText(monthOf(2022, 3))).toBe('2022-03');
    expect(monthText(monthOf(2022, 12))).toBe('2022-12');
    expect(en.month(monthOf(2022, 1))).toBe('January 2022');
    expect(ru.month(monthOf(2022, 1))).toBe('январь 2022');
    expect(kk.month(monthOf(2022, 1))).toBe('2022 жылғы қаңтар');
  });
});

describe('the years a page counts under', () => {
  it.each([
    ['a day', { date: '2022-03-04' }, ['2022']],
    ['a year', { date: '2020' }, ['2020']],
    ['a span across a new year', { from: '2021-12', to: '2022-01-15' }, ['2021', '2022']],
    ['a span over three years', { from: '2020', to: '2022-02' }, ['2020', '2021', '2022']],
  ] as const)('%s', (_, spec, years) => {
    expect(yearsOf(spec)).toEqual(years);
  });
});

describe('overlap', () => {
  const span = { start: monthOf(2021, 12), end: monthOf(2022, 2) };
  it.each([
    ['no range', {}, true],
    ['a range after it', { from: monthOf(2022, 3) }, false],
    ['a range starting at its last month', { from: monthOf(2022, 2) }, true],
    ['a range ending at its first month', { to: monthOf(2021, 12) }, true],
    ['a range before it', { to: monthOf(2021, 11) }, false],
    ['a range inside it', { from: monthOf(2022, 1), to: monthOf(2022, 1) }, true],
  ] as const)('%s', (_, range, expected) => {
    expect(overlaps(span, range)).toBe(expected);
  });
});

describe('reading a range', () => {
  it.each([
    ['nothing', '', 'from', {}],
    ['a month', '2022-03', 'from', { month: monthOf(2022, 3) }],
    ['a month with spaces', ' 2022-12 ', 'to', { month: monthOf(2022, 12) }],
  ] as const)('reads %s', (_, raw, which, expected) => {
    expect(readRangeEnd(raw, which)).toEqual(expected);
  });

  it.each([
    ['an impossible month', '2022-13', 'from', /“2022-13” is not a month: months run from 01 to 12/],
    ['month zero', '2022-00', 'to', /range's end “2022-00” is not a month/],
    ['words', 'last spring', 'from', /“last spring” is not a month: expected a year and a month, such as 2022-03/],
    ['an impossible day', '2022-02-30', 'to', /“2022-02-30” is not a day: February 2022 has 28 days/],
  ] as const)('says %s is not applied', (_, raw, which, problem) => {
    const end = readRangeEnd(raw, which);
    expect(end.month).toBeUndefined();
    expect(end.problem?.(en)).toMatch(problem);
  });

  it.each([
    ['a year, as a start', '2022', 'from', monthOf(2022, 1), /is a year: read as January 2022/],
    ['a year, as an end', '2022', 'to', monthOf(2022, 12), /is a year: read as December 2022/],
    ['a day', '2022-03-15', 'from', monthOf(2022, 3), /by month: its start “2022-03-15” was read as March 2022/],
  ] as const)('reads %s the form cannot show, and says how', (_, raw, which, month, note) => {
    const end = readRangeEnd(raw, which);
    expect(end.month).toBe(month);
    expect(end.note?.(en)).toMatch(note);
  });

  it('applies a range in order', () => {
    expect(readRange('2022-03', '2022-12')).toEqual({
      range: { from: monthOf(2022, 3), to: monthOf(2022, 12) },
      active: true,
      problems: [],
      notes: [],
    });
  });

  it('does not apply a range that ends before it starts, and says so', () => {
    const read = readRange('2022-12', '2022-03');
    expect(read.active).toBe(false);
    expect(read.range).toEqual({});
    expect(read.problems.map((p) => p(en))).toEqual([expect.stringMatching(/ends \(March 2022\) before it starts \(December 2022\)/)]);
    expect(read.problems.map((p) => p(ru))).toEqual([
      expect.stringMatching(/^Промежуток заканчивается \(март 2022\) раньше, чем начинается \(декабрь 2022\)/),
    ]);
  });

  it('applies the good end of a range whose other end is no month', () => {
    const read = readRange('2022-13', '2022-06');
    expect(read.range).toEqual({ from: undefined, to: monthOf(2022, 6) });
    expect(read.active).toBe(true);
    expect(read.problems).toHaveLength(1);
  });

  it('says an impossible day in the page’s language, the count of days by its plural', () => {
    expect(readRangeEnd('2022-02-30', 'to').problem?.(ru)).toBe(
      'Значение «2022-02-30» (конец промежутка) — не день: в месяце февраль 2022 всего 28 дней.',
    );
    expect(readRangeEnd('2022', 'from').note?.(kk)).toBe('«2022» мәні (аралықтың басы) — жыл: 2022 жылғы қаңтар деп оқылды.');
  });
});

describe('the days a date key may fall on', () => {
  it.each(['2022', '2022-02', '2024-02', '2022-03-04', '2021-12-30/2022-01', '2020/2021-02'])('%s, as isoBounds gives them', (key) => {
    expect(dayBoundsOfKey(key)).toEqual(isoBounds(specOfKey(key)));
  });
});
