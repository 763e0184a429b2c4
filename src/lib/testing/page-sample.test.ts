import { describe, expect, it } from 'vitest';
import { browserSample, languageOf, pageKind } from './page-sample.ts';

const langs = ['en', 'ru', 'kk'];
const ids = new Set(['russia', 'almaty', 'a-long-article', 'a-short-article', 'a-middling-article']);

describe('languageOf', () => {
  it.each([
    ['/ru/articles/a-long-article/', 'ru'],
    ['/kk/', 'kk'],
    ['/articles/a-long-article/', undefined],
    ['/', undefined],
    ['/rus/', undefined],
  ])('%s → %s', (path, lang) => expect(languageOf(path, langs)).toBe(lang));
});

describe('pageKind', () => {
  it.each([
    ['/', '/'],
    ['/ru/', '/'],
    ['/ru/articles/a-long-article/', '/articles/{id}/'],
    ['/kk/articles/a-long-article/source/', '/articles/{id}/source/'],
    ['/ru/actors/russia/', '/actors/{id}/'],
    ['/ru/places/almaty/', '/places/{id}/'],
    ['/ru/articles/page/2/', '/articles/page/{n}/'],
    ['/ru/about/method/', '/about/method/'],
    ['/ru/404.html', '/404.html'],
    ['/articles/a-long-article/', '/articles/{id}/'],
  ])('%s is of the kind %s', (path, kind) => expect(pageKind(path, langs, ids)).toBe(kind));
});

describe('browserSample', () => {
  const pages = [
    { path: '/', bytes: 10 },
    { path: '/articles/a-long-article/', bytes: 900 },
    { path: '/articles/a-middling-article/', bytes: 500 },
    { path: '/articles/a-short-article/', bytes: 100 },
    { path: '/ru/', bytes: 10 },
    { path: '/ru/articles/a-long-article/', bytes: 950 },
    { path: '/ru/articles/a-middling-article/', bytes: 520 },
    { path: '/ru/articles/a-short-article/', bytes: 110 },
    { path: '/ru/about/method/', bytes: 300 },
    { path: '/ru/about/rights/', bytes: 200 },
    { path: '/kk/articles/a-long-article/', bytes: 100 },
    { path: '/kk/articles/a-middling-article/', bytes: 700 },
    { path: '/kk/articles/a-short-article/', bytes: 300 },
  ];
  const sample = browserSample(pages, langs, ids);

  it('keeps the largest and the smallest of each kind in the default language, and no page between', () => {
    expect(sample.filter((p) => p.startsWith('/articles/'))).toEqual(['/articles/a-long-article/', '/articles/a-short-article/']);
  });

  it('keeps the largest of each kind in each other language', () => {
    expect(sample.filter((p) => p.startsWith('/ru/articles/'))).toEqual(['/ru/articles/a-long-article/']);
    // By size, not by name: in Kazakh the middling slug is the largest page.
    expect(sample.filter((p) => p.startsWith('/kk/'))).toEqual(['/kk/articles/a-middling-article/']);
  });

  it('keeps a page that is alone of its kind', () => {
    expect(sample).toEqual(expect.arrayContaining(['/', '/ru/', '/ru/about/method/', '/ru/about/rights/']));
  });

  it('keeps the order it was given, each page once', () => {
    expect(sample).toEqual(pages.map((p) => p.path).filter((p) => sample.includes(p)));
    expect(new Set(sample).size).toBe(sample.length);
    expect(sample).toHaveLength(8);
  });
});
