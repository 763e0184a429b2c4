import { describe, expect, it } from 'vitest';
import { LANGUAGE_KINDS, languagesOf, linkIn } from './page-languages.ts';

const kindOf = (path: string) => LANGUAGE_KINDS.filter((k) => k.matches(path)).map((k) => k.kind);

describe('the kinds of page built in every language', () => {
  it.each([
    ['/about/removed/', 'removed'],
    ['/about/removed/3/', 'removed'],
    ['/about/', 'about'],
    ['/about/method/', 'about'],
    ['/actors/vladimir-putin/', 'actor'],
    ['/places/almaty/', 'place'],
  ])('%s is of the kind %s, and of no other', (path, kind) => {
    expect(kindOf(path)).toEqual([kind]);
    expect(languagesOf(path)).toEqual(['en', 'ru', 'kk']);
  });
  it.each([
    '/about/removed/x/',
    '/about/removed/2/3/',
    '/articles/x/source/',
  ])('%s is in English alone', (path) => {
    expect(kindOf(path)).toEqual([]);
    expect(languagesOf(path)).toEqual(['en']);
  });
  it.each([
    ['/about/removed/2/', 'ru', '/ru/about/removed/2/'],
  ] as const)('a link to %s from a page in %s leads to %s', (path, lang, to) => {
    expect(linkIn(path, lang)).toBe(to);
  });
});
