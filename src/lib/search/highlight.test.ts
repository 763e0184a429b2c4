import { describe, expect, it } from 'vitest';
import { fragmentId, highlightRanges, highlightTerms, withoutHighlight } from './highlight.ts';

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
  it('marks a stop word only inside a run of marked words', () => {
    const text = 'Told to shoot to kill, Tokayev went to town.';
    const marked = highlightRanges(text, ['shoot', 'to', 'kill']).map(([s, e]) => text.slice(s, e));
    expect(marked).toEqual(['shoot', 'to', 'kill']);
  });
  it('drops the highlight from an address, keeping the rest', () => {
    expect(withoutHighlight('https://a.example/articles/x/?highlight=to&highlight=kill&v=1#p4')).toBe(
      'https://a.example/articles/x/?v=1#p4',
    );
    expect(withoutHighlight('https://a.example/articles/x/?highlight=to#p4')).toBe('https://a.example/articles/x/#p4');
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
