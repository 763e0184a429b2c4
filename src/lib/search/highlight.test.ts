import { describe, expect, it } from 'vitest';
import { fragmentId, highlightRanges, highlightTerms } from './highlight.ts';

describe('highlight', () => {
  it('finds whole words case-insensitively', () => {
    const text = 'Lukashenka met lukashenka’s aide; Lukashenkas no.';
    expect(highlightRanges(text, ['Lukashenka'])).toEqual([
      [0, 10],
      [15, 25],
    ]);
  });
  it('treats regex characters in terms literally', () => {
    expect(highlightRanges('a.b axb', ['a.b'])).toEqual([[0, 3]]);
  });
  it('bounds the terms a URL can ask for', () => {
    const params = new URLSearchParams([...Array(30).keys()].map((i) => ['highlight', `t${i}`]));
    params.append('highlight', 'x'.repeat(61));
    expect(highlightTerms(params)).toHaveLength(10);
  });
});

describe('fragmentId', () => {
  it.each([
    ['#p4', 'p4'],
    ['#%D0%B0', 'а'],
    ['#%E0%A4%A', '%E0%A4%A'],
    ['#%', '%'],
    ['', ''],
  ])('%j names %j, a malformed escape as written', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });
});
