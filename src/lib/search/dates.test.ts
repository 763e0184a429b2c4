import { describe, expect, it } from 'vitest';
import { byDate, dateOrder, dateOrderText, parseDateOrder } from './dates.ts';

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
  it('reads back what is written, each id at its place', () => {
    const text = dateOrderText(['en_1', 'en_2', 'en_3']);
    expect(text).toBe('en_1\nen_2\nen_3\n');
    expect([...parseDateOrder(text)]).toEqual([
      ['en_1', 0],
      ['en_2', 1],
      ['en_3', 2],
    ]);
  });

  it.each([
    ['an empty file', '', []],
    ['blank lines and a missing last newline', '\nen_1\n\nen_2', ['en_1', 'en_2']],
    ['Windows line ends', 'en_1\r\nen_2\r\n', ['en_1', 'en_2']],
    ['a repeated id keeps its first place', 'en_1\nen_2\nen_1\n', ['en_1', 'en_2']],
  ] as const)('%s', (_, text, ids) => {
    expect([...parseDateOrder(text).keys()]).toEqual(ids);
  });
});

describe('byDate', () => {
  const rank = parseDateOrder('old\nmid\nnew\n');
  const results = [{ id: 'mid' }, { id: 'actor' }, { id: 'new' }, { id: 'old' }];
  it.each([
    ['asc', ['old', 'mid', 'new']],
    ['desc', ['new', 'mid', 'old']],
  ] as const)('%s, leaving out results without a date', (direction, expected) => {
    expect(byDate(results, rank, direction).map((r) => r.id)).toEqual(expected);
  });

  it('returns nothing when no result is dated', () => {
    expect(byDate([{ id: 'actor' }], rank, 'asc')).toEqual([]);
  });
});
