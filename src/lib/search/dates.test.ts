import { describe, expect, it } from 'vitest';
import { monthOf } from './chronology.ts';
import { byDate, DateRank, dateOrder, dateOrderText } from './dates.ts';

/** A dated result. */
const at = (id: string, key: string) => ({ id, key });

describe('dateOrder', () => {
  it.each([
    [
      'by key, oldest first',
      [
        { id: 'b', key: '2022-01-05' },
        { id: 'a', key: '2020-03' },
        { id: 'c', key: '2021-12-31' },
      ],
      ['a', 'c', 'b'],
    ],
    [
      'a month sorts before the days of that month',
      [
        { id: 'd', key: '2022-01-05' },
        { id: 'm', key: '2022-01' },
      ],
      ['m', 'd'],
    ],
    [
      'ties by id, so a rebuild gives the same file',
      [
        { id: 'y', key: '2021' },
        { id: 'x', key: '2021' },
      ],
      ['x', 'y'],
    ],
    [
      'pages without a key are left out',
      [
        { id: 'p', key: undefined },
        { id: 'e', key: '' },
        { id: 'a', key: '2020' },
      ],
      ['a'],
    ],
    ['nothing', [], []],
    [
      'a span by its start, then its end; a month before its days and spans starting in it',
      [
        { id: 's', key: '2022-01/2022-03' },
        { id: 'd', key: '2022-01-05' },
        { id: 't', key: '2022-01/2022-02' },
        { id: 'm', key: '2022-01' },
      ],
      ['m', 't', 's', 'd'],
    ],
  ] as const)('%s', (_, results, expected) => {
    expect(dateOrder(results).map((r) => r.id)).toEqual(expected);
  });
});

describe('the date order file', () => {
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');

  it.each([
    [
      'each id by its key and its months, in the order given',
      [at('b1/3', '2022-03-04'), at('b1/t1f', '2022'), at('b1/0', '2021-12/2022-01-10')],
      ['3\t202203', 't1f\t202201+11', '0\t202112+1'],
    ],
    ['nothing', [], []],
  ] as const)('%s', (_, ordered, expected) => {
    expect(lines(dateOrderText(ordered))).toEqual(expected);
  });

  it('finds every listed result by its id, in order, with its months, and no other', () => {
    const ordered = [at('b1/t2', '2020'), at('b1/a', '2020-02'), at('b1/0', '2020-02-03/2021-05'), at('b1/t10', '2022-12-31')];
    const rank = new DateRank(dateOrderText(ordered));
    expect(rank.size).toBe(4);
    expect(ordered.map((r) => rank.of(r.id))).toEqual([0, 1, 2, 3]);
    expect(ordered.map((r) => rank.span(r.id))).toEqual([
      { start: monthOf(2020, 1), end: monthOf(2020, 12) },
      { start: monthOf(2020, 2), end: monthOf(2020, 2) },
      { start: monthOf(2020, 2), end: monthOf(2021, 5) },
      { start: monthOf(2022, 12), end: monthOf(2022, 12) },
    ]);
    for (const undated of ['b1/1', 'b1/t1', 'b1/t']) {
      expect(rank.of(undated), undated).toBeUndefined();
      expect(rank.inRange(undated, {}), undated).toBe(false);
    }
  });

  it.each([
    ['a year overlaps a range inside it', '2020', { from: monthOf(2020, 6), to: monthOf(2020, 7) }, true],
    ['a span overlaps a range at its last month', '2020-02-03/2021-05', { from: monthOf(2021, 5) }, true],
    ['a span ends before the range', '2020-02-03/2021-05', { from: monthOf(2021, 6) }, false],
    ['a day after the range', '2022-12-31', { to: monthOf(2022, 11) }, false],
    ['an open range keeps every dated result', '2022-12-31', {}, true],
  ] as const)('%s', (_, key, range, expected) => {
    const rank = new DateRank(dateOrderText([at('b/t1a', key)]));
    expect(rank.inRange('b/t1a', range)).toBe(expected);
    expect(rank.pageInRange(26, range)).toBe(expected);
    expect(rank.pageInRange(27, range)).toBe(false);
  });

  it.each([
    ['an empty file', '', 0],
    ['blank lines and a missing last newline', '\nab\t202001\n\ncd\t202002', 2],
    ['Windows line ends', 'ab\t202001\r\ncd\t202001+3\r\n', 2],
    ['a repeated line keeps its first place', 'ab\t202001\ncd\t202001\nab\t202001\n', 2],
  ] as const)('reads %s', (_, text, size) => {
    expect(new DateRank(text).size).toBe(size);
  });

  it.each([
    ['a line without months (an older file)', 'ab\n', /line 1/],
    ['months that are not a number', 'ab\t2020-01\n', /line 1/],
  ] as const)('refuses %s, naming the line', (_, text, message) => {
    expect(() => new DateRank(text)).toThrow(message);
  });
});

describe('byDate', () => {
  const rank = new DateRank(dateOrderText([at('b/1', '2020'), at('b/2', '2021'), at('b/t3', '2022')]));
  const results = [{ id: 'b/2' }, { id: 'b/t9' }, { id: 'b/t3' }, { id: 'b/t8' }, { id: 'b/1' }];
  it.each([
    ['asc', ['b/1', 'b/2', 'b/t3', 'b/t9', 'b/t8']],
    ['desc', ['b/t3', 'b/2', 'b/1', 'b/t9', 'b/t8']],
  ] as const)('%s, keeping the results without a date after the others, in the order given', (direction, expected) => {
    expect(byDate(results, rank, direction).map((r) => r.id)).toEqual(expected);
  });

  it('keeps every result when none is dated', () => {
    expect(byDate([{ id: 'b/t9' }, { id: 'b/t1' }], rank, 'asc').map((r) => r.id)).toEqual(['b/t9', 'b/t1']);
  });
});
