import { describe, expect, it } from 'vitest';
import { en } from './dictionaries/en.ts';
import { LANGS } from './langs.ts';
import { DICTIONARIES, isKey, pluralCategory, segments, translate, useTranslations } from './translate.ts';

describe('plural categories come from CLDR, not n === 1', () => {
  it.each([
    ['ru', 1, 'one'],
    ['ru', 21, 'one'],
    ['ru', 2, 'few'],
    ['ru', 24, 'few'],
    ['ru', 5, 'many'],
    ['ru', 11, 'many'],
    ['ru', 12, 'many'],
    ['ru', 111, 'many'],
    ['ru', 1.5, 'other'],
    ['kk', 1, 'one'],
    ['kk', 5, 'other'],
    ['en', 1, 'one'],
    ['en', 21, 'other'],
  ] as const)('%s %d → %s', (lang, n, category) => {
    expect(pluralCategory(lang, n)).toBe(category);
  });
});

describe('translate', () => {
  it.each([
    ['en', 1, '1 article in the archive.'],
    ['en', 21, '21 articles in the archive.'],
    ['ru', 1, 'В архиве 1 статья.'],
    ['ru', 21, 'В архиве 21 статья.'],
    ['ru', 3, 'В архиве 3 статьи.'],
    ['ru', 5, 'В архиве 5 статей.'],
    ['ru', 11, 'В архиве 11 статей.'],
    ['kk', 5, 'Мұрағатта 5 мақала бар.'],
  ] as const)('counts in %s: %d', (lang, count, text) => {
    expect(translate(lang, 'home.count', { count })).toBe(text);
  });
  it('fills placeholders and refuses a missing value or a count-dependent string without a count', () => {
    expect(translate('ru', 'browse.page', { page: 2, last: 5 })).toBe('страница 2 из 5');
    expect(translate('kk', 'footer.edition', { n: 4 })).toBe('4-басылым');
    expect(() => translate('ru', 'browse.page', { page: 2 })).toThrow('{last}');
    expect(() => translate('ru', 'home.count')).toThrow('count');
  });
  it('is bound to a language by useTranslations', () => {
    expect(useTranslations('kk')('nav.timeline')).toBe(DICTIONARIES.kk['nav.timeline']);
  });
  it('knows its keys', () => {
    expect(isKey('nav.timeline')).toBe(true);
    expect(isKey('nav.nothing')).toBe(false);
    expect(isKey('toString')).toBe(false);
  });
});

describe('segments', () => {
  it('cuts a string at the placeholders without a value, in the language’s own order', () => {
    expect(segments('en', 'notFound.didYouMean')).toEqual([{ text: 'Did you mean ' }, { slot: 'link' }, { text: '?' }]);
    expect(segments('kk', 'notFound.didYouMean')).toEqual([{ text: 'Мүмкін, сізге ' }, { slot: 'link' }, { text: ' керек болған шығар?' }]);
    const parts = segments('ru', 'home.method');
    expect(parts.filter((p) => 'slot' in p)).toEqual([{ slot: 'timeline' }, { slot: 'actors' }, { slot: 'method' }]);
  });
  it('fills the placeholders that have a value into the text around them', () => {
    expect(segments('en', 'browse.range', { from: 1, to: 20, total: 40 })).toEqual([{ text: 'Articles 1–20 of 40, newest first.' }]);
  });
});

describe('the dictionaries', () => {
  const keys = Object.keys(en).sort();
  it.each(LANGS)('%s has exactly the English keys, each non-empty, with the same placeholders', (lang) => {
    const dict = DICTIONARIES[lang] as unknown as Record<string, string | Record<string, string>>;
    expect(Object.keys(dict).sort()).toEqual(keys);
    const holes = (v: string | Record<string, string>) =>
      [...new Set(Object.values(typeof v === 'string' ? { v } : v).flatMap((s) => s.match(/\{\w+\}/g) ?? []))].sort();
    for (const key of keys) {
      const value = dict[key] as string | Record<string, string>;
      const english = (en as Record<string, string | Record<string, string>>)[key] as string | Record<string, string>;
      for (const s of typeof value === 'string' ? [value] : Object.values(value)) expect(s.trim(), `${lang} ${key}`).not.toBe('');
      expect(holes(value), `${lang} ${key}`).toEqual(holes(english));
    }
  });
  it.each(['ru', 'kk'] as const)('%s is written in Cyrillic, without Latin look-alikes inside words', (lang) => {
    for (const [key, value] of Object.entries(DICTIONARIES[lang])) {
      const text = (typeof value === 'string' ? value : Object.values(value).join(' ')).replace(/\{\w+\}/g, '');
      expect(text, key).not.toMatch(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][A-Za-z]|[A-Za-z][А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
    }
  });
  it('gives Russian every plural form its rules use, and Kazakh its two', () => {
    for (const value of Object.values(DICTIONARIES.ru))
      if (typeof value !== 'string') expect(Object.keys(value).sort()).toEqual(['few', 'many', 'one', 'other']);
    for (const value of Object.values(DICTIONARIES.kk))
      if (typeof value !== 'string') expect(Object.keys(value).sort()).toEqual(['one', 'other']);
  });
});
