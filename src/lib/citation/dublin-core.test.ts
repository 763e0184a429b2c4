import { describe, expect, it } from 'vitest';
import type { CitationInput } from './citation.ts';
import { dcDate, dublinCoreTags } from './dublin-core.ts';

const input: CitationInput = {
  id: 'x',
  title: 'A title',
  authors: ['Paul Goble'],
  type: 'blog-post',
  container: 'Window on Eurasia',
  published: { date: '2021-03-06' },
  originalUrl: 'https://example.org/original',
  language: 'en',
  translators: [],
  archive: { name: 'Archive', url: 'https://archive.example/articles/x/' },
};

describe('dcDate', () => {
  const cases: Array<[string, CitationInput['published'], string]> = [
    ['a day', { date: '2021-03-06' }, '2021-03-06'],
    ['a month', { date: '2022-06' }, '2022-06'],
    ['an approximate date keeps its year only', { date: '2022-06', approximate: true }, '2022'],
    ['a span within a year', { from: '2022-06', to: '2022-07' }, '2022'],
    ['a span within a month', { from: '2022-09-13', to: '2022-09-15' }, '2022-09'],
    ['a span across years', { from: '2021-12', to: '2022-01' }, ''],
  ];
  it.each(cases)('%s', (_n, spec, expected) => expect(dcDate(spec)).toBe(expected));
});

describe('dublinCoreTags', () => {
  it('gives title, creator, date, publisher, language, source, identifier and type', () => {
    expect(dublinCoreTags(input)).toEqual([
      { name: 'DC.title', content: 'A title' },
      { name: 'DC.creator', content: 'Paul Goble' },
      { name: 'DC.date', content: '2021-03-06' },
      { name: 'DC.publisher', content: 'Window on Eurasia' },
      { name: 'DC.language', content: 'en' },
      { name: 'DC.source', content: 'https://example.org/original' },
      { name: 'DC.identifier', content: 'https://archive.example/articles/x/' },
      { name: 'DC.type', content: 'blogPost' },
    ]);
  });
  it('names no creator for an unsigned piece, and the collected copy as source when the original is lost', () => {
    const tags = dublinCoreTags({
      ...input,
      authors: [],
      originalUrl: null,
      republished: { by: 'R', url: 'https://r.example/copy' },
      published: { from: '2021-12', to: '2022-01' },
    });
    expect(tags.filter((t) => 'name' in t && t.name === 'DC.creator')).toEqual([]);
    expect(tags.filter((t) => 'name' in t && t.name === 'DC.date')).toEqual([]);
    expect(tags).toContainEqual({ name: 'DC.source', content: 'https://r.example/copy' });
  });
});
