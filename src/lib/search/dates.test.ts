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
    [
      'each hash cut to what tells it from every other result',
      ['en_a1b2', 'en_c3d4'],
      ['en_a1b2', 'en_a1ff', 'en_c3d4', 'en_c9'],
      ['a1b', 'c3'],
    ],
    ['a lone hash needs one character', ['en_a1b2'], ['en_a1b2', 'en_f00d'], ['a']],
    ['a hash that starts a longer one (a collision) is written whole', ['en_abc', 'en_abcd'], ['en_abc', 'en_abcd'], ['abc', 'abcd']],
    ['undated results count too, though they are not listed', ['en_0001'], ['en_0001', 'en_0002'], ['0001']],
    ['nothing', [], ['en_1'], []],
  ] as const)('%s', (_, ordered, all, expected) => {
    expect(lines(dateOrderText(ordered, all))).toEqual(expected);
  });

  it('finds every listed result by its id, in order, and no other', () => {
    const all = ['en_a1b2', 'en_a1ff', 'en_c3d4', 'en_c9', 'en_abc', 'en_abcd', 'en_f00d'];
    const ordered = ['en_c3d4', 'en_abcd', 'en_a1b2', 'en_abc'];
    const rank = new DateRank(dateOrderText(ordered, all));
    expect(rank.size).toBe(4);
    expect(ordered.map((id) => rank.of(id))).toEqual([0, 1, 2, 3]);
    for (const undated of ['en_a1ff', 'en_c9', 'en_f00d']) expect(rank.of(undated), undated).toBeUndefined();
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
  const rank = new DateRank(dateOrderText(['en_01', 'en_02', 'en_03'], ['en_01', 'en_02', 'en_03', 'en_09']));
  const results = [{ id: 'en_02' }, { id: 'en_09' }, { id: 'en_03' }, { id: 'en_01' }];
  it.each([
    ['asc', ['en_01', 'en_02', 'en_03']],
    ['desc', ['en_03', 'en_02', 'en_01']],
  ] as const)('%s, leaving out results without a date', (direction, expected) => {
    expect(byDate(results, rank, direction).map((r) => r.id)).toEqual(expected);
  });

  it('returns nothing when no result is dated', () => {
    expect(byDate([{ id: 'en_09' }], rank, 'asc')).toEqual([]);
  });
});
