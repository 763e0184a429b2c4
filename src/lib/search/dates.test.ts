import { describe, expect, it } from 'vitest';
import { byDate, DateRank, dateOrder, dateOrderText } from './dates.ts';

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
  ] as const)('%s', (_, results, expected) => {
    expect(dateOrder(results)).toEqual(expected);
  });
});

describe('the date order file', () => {
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');

  it.each([
    ['each id by its key, in the order given', ['b1/3', 'b1/t1f', 'b1/0'], ['3', 't1f', '0']],
    ['nothing', [], []],
  ] as const)('%s', (_, ordered, expected) => {
    expect(lines(dateOrderText(ordered))).toEqual(expected);
  });

  it('finds every listed result by its id, in order, and no other', () => {
    const ordered = ['b1/t2', 'b1/a', 'b1/0', 'b1/t10'];
    const rank = new DateRank(dateOrderText(ordered));
    expect(rank.size).toBe(4);
    expect(ordered.map((id) => rank.of(id))).toEqual([0, 1, 2, 3]);
    for (const undated of ['b1/1', 'b1/t1', 'b1/t']) expect(rank.of(undated), undated).toBeUndefined();
  });

  it.each([
    ['an empty file', '', 0],
    ['blank lines and a missing last newline', '\nab\n\ncd', 2],
    ['Windows line ends', 'ab\r\ncd\r\n', 2],
    ['a repeated line keeps its first place', 'ab\ncd\nab\n', 2],
  ] as const)('reads %s', (_, text, size) => {
    expect(new DateRank(text).size).toBe(size);
  });
});

describe('byDate', () => {
  const rank = new DateRank(dateOrderText(['b/1', 'b/2', 'b/t3']));
  const results = [{ id: 'b/2' }, { id: 'b/t9' }, { id: 'b/t3' }, { id: 'b/1' }];
  it.each([
    ['asc', ['b/1', 'b/2', 'b/t3']],
    ['desc', ['b/t3', 'b/2', 'b/1']],
  ] as const)('%s, leaving out results without a date', (direction, expected) => {
    expect(byDate(results, rank, direction).map((r) => r.id)).toEqual(expected);
  });

  it('returns nothing when no result is dated', () => {
    expect(byDate([{ id: 'b/t9' }], rank, 'asc')).toEqual([]);
  });
});
