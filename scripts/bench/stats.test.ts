import { describe, expect, test } from 'vitest';
import { median, p90, spread } from './stats.ts';

describe('bench summaries', () => {
  test.each([
    [[3], 3],
    [[4, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (xs, m) => expect(median(xs)).toBe(m));

  test('p90 is the sample at 90 % of the sorted list', () => {
    const xs = Array.from({ length: 40 }, (_, i) => 40 - i);
    expect(p90(xs)).toBe(37);
    expect(p90([5])).toBe(5);
  });

  test('spread rounds to a tenth of a millisecond', () => {
    expect(spread([1.04, 2.26, 3.5])).toEqual({ medianMs: 2.3, p90Ms: 3.5 });
  });
});
