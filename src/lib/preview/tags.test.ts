import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, type Preview, previewDescription, previewTags } from './tags.ts';

const page: Preview = {
  type: 'website',
  title: 'Timeline',
  description: 'Events,\nas the texts report them.',
  url: 'https://archive.test/timeline/',
  siteName: 'Kazakhstan–Russia Archive',
  image: { url: 'https://archive.test/preview.png', alt: 'Kazakhstan–Russia Archive' },
};
const value = (tags: ReturnType<typeof previewTags>, key: string) =>
  tags.filter((t) => ('name' in t ? t.name : t.property) === key).map((t) => t.content);

describe('previewDescription', () => {
  const long = 'word '.repeat(80);
  it.each([
    ['keeps a short text, on one line', 'Line one\nline  two', 'Line one line two'],
    ['cuts a long one at a word, with an ellipsis', long, `${'word '.repeat(38)}word…`],
  ])('%s', (_n, text, expected) => expect(previewDescription(text)).toBe(expected));
  it('never exceeds the limit and never keeps a newline', () => {
    for (const text of [long, 'x'.repeat(500), 'a\n'.repeat(300)]) {
      const d = previewDescription(text);
      expect(d.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
      expect(d).not.toMatch(/[\n\r]/);
    }
  });
});

describe('previewTags', () => {
  it('gives Open Graph and Twitter the same title, description and large image', () => {
    const tags = previewTags(page);
    expect(value(tags, 'og:type')).toEqual(['website']);
    expect(value(tags, 'og:description')).toEqual(['Events, as the texts report them.']);
    expect(value(tags, 'twitter:description')).toEqual(value(tags, 'og:description'));
    expect(value(tags, 'og:image')).toEqual(['https://archive.test/preview.png']);
    expect(value(tags, 'twitter:image')).toEqual(['https://archive.test/preview.png']);
    expect(value(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect([value(tags, 'og:image:width'), value(tags, 'og:image:height')]).toEqual([['1200'], ['630']]);
    expect(value(tags, 'article:published_time')).toEqual([]);
  });
  it('gives an article its day and signed authors only', () => {
    const tags = previewTags({ ...page, type: 'article', published: '2021-03-06', authors: ['Paul Goble'] });
    expect(value(tags, 'article:published_time')).toEqual(['2021-03-06']);
    expect(value(tags, 'article:author')).toEqual(['Paul Goble']);
    expect(value(previewTags({ ...page, type: 'article', authors: [] }), 'article:author')).toEqual([]);
  });
});
