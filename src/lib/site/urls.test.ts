import { describe, expect, test } from 'vitest';
import { absolute, href, paths, withBase } from './urls.ts';

describe('withBase', () => {
  test('at the root and under a base path, with or without slashes', () => {
    expect(withBase('/', '/actors/')).toBe('/actors/');
    expect(withBase('/archive/', '/actors/')).toBe('/archive/actors/');
    expect(withBase('/archive', 'actors/')).toBe('/archive/actors/');
  });
});

describe('paths', () => {
  test('the documented scheme', () => {
    expect(paths.article('a-slug')).toBe('/articles/a-slug/');
    expect(paths.paragraph('a-slug', 3)).toBe('/articles/a-slug/#p3');
    expect(paths.passage('a-slug', 'standfirst')).toBe('/articles/a-slug/#standfirst');
    expect(paths.actor('vladimir-putin')).toBe('/actors/vladimir-putin/');
    expect(paths.places()).toBe('/places/');
    expect(paths.timelineYear(2022)).toBe('/timeline/2022/');
  });
  test('href keeps the fragment under a base path', () => {
    expect(href('/archive/', paths.paragraph('s', 2))).toBe('/archive/articles/s/#p2');
  });
});

describe('absolute', () => {
  test('joins site, base and path', () => {
    expect(absolute('https://example.org', '/archive/', '/articles/s/')).toBe('https://example.org/archive/articles/s/');
  });
  test('refuses to guess a missing site', () => {
    expect(() => absolute(undefined, '/', '/')).toThrow(/must set `site`/);
  });
});
