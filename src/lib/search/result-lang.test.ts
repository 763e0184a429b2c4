import { describe, expect, it } from 'vitest';
import type { LanguageKind } from '../i18n/page-languages.ts';
import { resultDate, resultTitle, resultUrl } from './result-lang.ts';

const eventMeta = {
  title: 'Tokayev asks the CSTO for help',
  title_ru: 'Токаев просит ОДКБ о помощи',
  date: '5 January 2022',
  date_ru: '5 января 2022',
};

describe('a result’s title', () => {
  it.each([
    ['en', { text: 'Tokayev asks the CSTO for help', lang: 'en' }],
    ['ru', { text: 'Токаев просит ОДКБ о помощи', lang: 'ru' }],
    // No Kazakh title: the Russian, as the Kazakh page itself shows it, marked as Russian.
    ['kk', { text: 'Токаев просит ОДКБ о помощи', lang: 'ru' }],
  ] as const)('in %s', (lang, title) => {
    expect(resultTitle(eventMeta, lang, '/events/e/')).toEqual(title);
  });
  it('keeps an archived article’s title as collected, in English', () => {
    expect(resultTitle({ title: 'Kazakhstan after January' }, 'kk', '/articles/a/')).toEqual({
      text: 'Kazakhstan after January',
      lang: 'en',
    });
  });
});

describe('a result’s date', () => {
  it('is in the page’s language where the index has it', () => {
    expect(resultDate(eventMeta, 'ru')).toBe('5 января 2022');
    expect(resultDate(eventMeta, 'kk')).toBe('5 January 2022');
    expect(resultDate({}, 'ru')).toBeUndefined();
  });
});

describe('where a result leads', () => {
  const kinds: LanguageKind[] = [{ kind: 'events', matches: (p) => p.startsWith('/events/') }];
  it.each([
    ['/events/e/', '/', 'ru', '/ru/events/e/'],
    ['/events/e/#p2', '/', 'kk', '/kk/events/e/#p2'],
    ['/archive/events/e/', '/archive/', 'ru', '/archive/ru/events/e/'],
    ['/archive/events/e/', '/archive', 'ru', '/archive/ru/events/e/'],
    // A kind not built in every language stays English, and an English page leads to English pages.
    ['/articles/a/?q=x', '/', 'ru', '/articles/a/?q=x'],
    ['/events/e/', '/', 'en', '/events/e/'],
  ] as const)('%s (base %s) from a page in %s: %s', (url, base, lang, to) => {
    expect(resultUrl(url, base, lang, kinds)).toBe(to);
  });
});
