import { describe, expect, it } from 'vitest';
import { confidenceWords, editorialNoteKey, langAttr, passageLabel, periodIn } from './entity-text.ts';

describe('editorialNoteKey', () => {
  it.each([
    ['an English original', { lang: 'en', fallback: false }, undefined],
    ['a reviewed translation', { lang: 'ru', fallback: false, status: 'reviewed' }, undefined],
    ['a draft in the page’s language', { lang: 'kk', fallback: false, status: 'draft' }, 'note.draft'],
    ['a Kazakh page falling back to Russian', { lang: 'ru', fallback: true, status: 'draft' }, 'note.fallback.ru'],
    ['a page falling back to English', { lang: 'en', fallback: true }, 'note.fallback.en'],
  ] as const)('%s', (_, shown, key) => {
    expect(editorialNoteKey(shown)).toBe(key);
  });
});

describe('langAttr', () => {
  it('marks only a text in another language than the page’s', () => {
    expect(langAttr('en', 'en')).toBeUndefined();
    expect(langAttr('en', 'ru')).toBe('en');
    expect(langAttr('ru', 'kk')).toBe('ru');
  });
});

describe('periodIn', () => {
  it.each([
    [{ from: '2019-03-20' }, 'en', 'from 20 March 2019'],
    [{ to: '2022-01' }, 'en', 'until January 2022'],
    [{ from: '2019', to: '2022-01-05' }, 'en', '2019 – 5 January 2022'],
    [{ from: '2019-03-20', to: '2022-01-05' }, 'ru', '20 марта 2019 – 5 января 2022'],
    [{ from: '2019-03-20' }, 'ru', 'начало: 20 марта 2019'],
    [{ to: '2022-01-05' }, 'kk', 'аяқталуы: 2022 жылғы 5 қаңтар'],
    [{}, 'ru', undefined],
  ] as const)('%o in %s', (affiliation, lang, expected) => {
    expect(periodIn(affiliation, lang)).toBe(expected);
  });
});

describe('passageLabel', () => {
  it.each([
    ['p4', 'en', 'Paragraph 4'],
    ['p12', 'ru', 'Абзац 12'],
    ['p3', 'kk', '3-абзац'],
    ['standfirst', 'ru', 'Лид'],
    ['dateline', 'en', 'Dateline'],
  ] as const)('%s in %s', (anchor, lang, expected) => {
    expect(passageLabel(anchor, lang)).toBe(expected);
  });
  it('refuses an anchor that names no passage', () => {
    expect(() => passageLabel('paragraph-4', 'en')).toThrow(/p<number>, standfirst or dateline: got "paragraph-4"/);
  });
});

describe('confidenceWords', () => {
  it.each([
    ['confirmed', 'date', 'en', 'date confirmed'],
    ['inferred', 'event', 'en', 'event inferred'],
    ['unknown', undefined, 'en', 'unknown'],
    ['confirmed', 'date', 'ru', 'дата подтверждена'],
    ['confirmed', 'event', 'kk', 'оқиға расталған'],
  ] as const)('%s of %s in %s', (value, of, lang, expected) => {
    expect(confidenceWords(value, of, lang)).toBe(expected);
  });
  it('refuses a value that is not a confidence', () => {
    expect(() => confidenceWords('reported', 'event', 'en')).toThrow(/confirmed, inferred, unknown: got "reported"/);
  });
});
