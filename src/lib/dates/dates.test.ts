import { describe, expect, it, test } from 'vitest';
import {
  compareSpecs,
  dateSpecProblems,
  formatDateSpec,
  isExactDay,
  isoBounds,
  machineDate,
  parsePartialDate,
  sortKey,
  startYear,
} from './dates.ts';

describe('parsePartialDate', () => {
  test('precision comes from the shape of the string', () => {
    expect(parsePartialDate('2022')).toMatchObject({ precision: 'year' });
    expect(parsePartialDate('2022-06')).toMatchObject({ precision: 'month' });
    expect(parsePartialDate('2022-06-17')).toMatchObject({ precision: 'day' });
  });
  test('a month spans its whole length', () => {
    const feb = parsePartialDate('2020-02');
    if (typeof feb === 'string') throw new Error(feb);
    expect(feb.end.getDate()).toBe(29);
  });
  test('impossible days are refused, not rolled over', () => {
    expect(parsePartialDate('2021-02-30')).toBe(
      'found "2021-02-30", which is not a real calendar day; expected a real date, quoted: "2022", "2022-06" or "2022-06-17"',
    );
    expect(parsePartialDate('2021-13')).toMatch(/^found "2021-13", which is not a real month; /);
  });
  test('other shapes are refused with what was expected', () => {
    expect(parsePartialDate('6 March 2021')).toMatch(/; expected a quoted ISO date/);
    expect(parsePartialDate('2021-3-6')).toMatch(/; expected a quoted ISO date/);
  });
});

describe('dateSpecProblems', () => {
  test('a single date or a span is fine', () => {
    expect(dateSpecProblems({ date: '2021-03-06' })).toEqual([]);
    expect(dateSpecProblems({ from: '2022-06', to: '2022-07' })).toEqual([]);
  });
  test('both, neither, half a span or a reversed span are errors on the right field', () => {
    expect(dateSpecProblems({ date: '2021', from: '2021', to: '2022' })[0]?.field).toBe('date');
    expect(dateSpecProblems({})[0]?.expected).toMatch(/^`date`, or `from` and `to`/);
    expect(dateSpecProblems({ from: '2022-06' })).toEqual([{ field: 'to', found: 'a span without `to`', expected: 'a span to have `to`' }]);
    expect(dateSpecProblems({ from: '2022-07', to: '2022-06' })[0]?.field).toBe('to');
  });
  test('an impossible day is reported on its field', () => {
    expect(dateSpecProblems({ from: '2021-02-30', to: '2021-03' })).toEqual([
      {
        field: 'from',
        found: '"2021-02-30", which is not a real calendar day',
        expected: 'a real date, quoted: "2022", "2022-06" or "2022-06-17"',
      },
    ]);
  });
});

describe('formatDateSpec', () => {
  test('shows exactly the precision known', () => {
    expect(formatDateSpec({ date: '2021-03-06' })).toBe('6 March 2021');
    expect(formatDateSpec({ date: '2019-03' })).toBe('March 2019');
    expect(formatDateSpec({ date: '2022' })).toBe('2022');
  });
  test('a month span within a year, marked approximate', () => {
    expect(formatDateSpec({ from: '2022-06', to: '2022-07', approximate: true })).toBe('June–July 2022, approximate');
  });
  test('day spans share what they can', () => {
    expect(formatDateSpec({ from: '2022-09-13', to: '2022-09-15' })).toBe('13–15 September 2022');
    expect(formatDateSpec({ from: '2020-06-25', to: '2020-07-01' })).toBe('25 June – 1 July 2020');
    expect(formatDateSpec({ from: '2021-12', to: '2022-01' })).toBe('December 2021 – January 2022');
  });
  test('never shows a day that is not known', () => {
    expect(formatDateSpec({ date: '2022-06' })).not.toMatch(/\d{1,2} June/);
  });
});

describe('ordering', () => {
  test('a span sorts by its start, then a shorter span first', () => {
    const specs = [{ date: '2022-07-01' }, { from: '2022-06', to: '2022-07' }, { date: '2022-06' }, { date: '2022-06-17' }];
    expect([...specs].sort(compareSpecs).map(sortKey)).toEqual(['2022-06', '2022-06', '2022-06-17', '2022-07-01']);
    expect([...specs].sort(compareSpecs)[0]).toEqual({ date: '2022-06' });
  });
  test('machine dates and years claim no more than is known', () => {
    expect(machineDate({ date: '2022-06' })).toBe('2022-06');
    expect(machineDate({ from: '2022-06', to: '2022-07' })).toBe('2022-06');
    expect(startYear({ from: '2021-12', to: '2022-01' })).toBe(2021);
  });
  test('only a known, non-approximate day is exact', () => {
    expect(isExactDay({ date: '2022-01-07' })).toBe(true);
    expect(isExactDay({ date: '2022-01' })).toBe(false);
    expect(isExactDay({ date: '2022-01-07', approximate: true })).toBe(false);
  });
});

describe('isoBounds', () => {
  it.each([
    [{ date: '2022-06-17' }, '2022-06-17', '2022-06-17'],
    [{ date: '2022-06' }, '2022-06-01', '2022-06-30'],
    [{ date: '2020-02' }, '2020-02-01', '2020-02-29'],
    [{ date: '2019' }, '2019-01-01', '2019-12-31'],
    [{ from: '2022-06', to: '2022-07', approximate: true }, '2022-06-01', '2022-07-31'],
    [{ from: '2022-09-13', to: '2022-09-15' }, '2022-09-13', '2022-09-15'],
  ])('%o is %s to %s', (spec, start, end) => {
    expect(isoBounds(spec)).toEqual({ start, end });
  });
});
