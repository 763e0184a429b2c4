import { describe, expect, test } from 'vitest';
import { byline, joinNames, languageName, removedLabel, translationPath } from './format.ts';

describe('joinNames', () => {
  test('none, one, two and three names', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('byline', () => {
  test('signed pieces list their authors', () => {
    expect(byline([{ name: 'Paul Goble' }])).toBe('Paul Goble');
  });
  test('unsigned pieces say so and keep their sign-off', () => {
    expect(byline([], 'Yours, Meduza')).toBe('Unsigned (signed off “Yours, Meduza”)');
    expect(byline([])).toBe('Unsigned');
  });
});

describe('languages', () => {
  test('names come from CLDR', () => {
    expect(languageName('ar')).toBe('Arabic');
    expect(languageName('it')).toBe('Italian');
    expect(languageName('it')).toBe('Italian'); // asked again, the same name (now remembered)
  });
  test('a translation path lists each language once, in order', () => {
    expect(translationPath('en', [])).toBe('English');
    expect(
      translationPath('ar', [
        { from: 'ar', to: 'ru' },
        { from: 'ru', to: 'en' },
      ]),
    ).toBe('Arabic → Russian → English');
  });
});

describe('removedLabel', () => {
  test('a whole line is quoted as it stood', () => {
    expect(removedLabel({ text: 'Post a Comment' })).toBe('“Post a Comment”');
  });
  test('a stray mark is shown in its context', () => {
    expect(removedLabel({ text: '(', context: 'prove their worth (' })).toBe('“(” in “prove their worth (”');
  });
  test('extra whitespace is named, with its context folded', () => {
    expect(removedLabel({ text: '\u00a0 ', context: 'Regnum in\u00a0 Kazakhstan' })).toBe('extra space in “Regnum in Kazakhstan”');
  });
});
