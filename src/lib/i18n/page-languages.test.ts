import { describe, expect, it } from 'vitest';
import { LANGUAGE_KINDS, languagesOf, linkIn } from './page-languages.ts';

const kindOf = (path: string) => LANGUAGE_KINDS.filter((k) => k.matches(path)).map((k) => k.kind);

describe('the kinds of page built in every language', () => {
  it.each([
    ['/about/removed/', 'removed'],
    ['/about/removed/3/', 'removed'],
    ['/about/', 'about'],
    ['/about/method/', 'about'],
    ['/actors/vladimir-putin/articles/', 'actor-list'],
    ['/actors/vladimir-putin/events/2/', 'actor-list'],
    ['/actors/vladimir-putin/', 'actor'],
    ['/places/almaty/articles/', 'place-list'],
    ['/places/almaty/events/12/', 'place-list'],
    ['/places/almaty/', 'place'],
  ])('%s is of the kind %s, and of no other', (path, kind) => {
    expect(kindOf(path)).toEqual([kind]);
    expect(languagesOf(path)).toEqual(['en', 'ru', 'kk']);
  });
  it.each([
    '/about/removed/x/',
    '/about/removed/2/3/',
    '/actors/vladimir-putin/mentions/',
    '/actors/vladimir-putin/articles/x/',
    '/places/almaty/events/2/3/',
    '/articles/x/source/',
  ])('%s is in English alone', (path) => {
    expect(kindOf(path)).toEqual([]);
    expect(languagesOf(path)).toEqual(['en']);
  });
  it.each([
    ['/about/removed/2/', 'ru', '/ru/about/removed/2/'],
    ['/actors/vladimir-putin/articles/', 'kk', '/kk/actors/vladimir-putin/articles/'],
    ['/places/almaty/events/', 'ru', '/ru/places/almaty/events/'],
    ['/places/almaty/events/', 'en', '/places/almaty/events/'],
  ] as const)('a link to %s from a page in %s leads to %s', (path, lang, to) => {
    expect(linkIn(path, lang)).toBe(to);
  });
});
