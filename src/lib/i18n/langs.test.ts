import { describe, expect, it } from 'vitest';
import { LANGS, parseLanguages } from './langs.ts';

describe('parseLanguages', () => {
  it.each([
    [undefined, LANGS],
    ['', LANGS],
    ['  ', LANGS],
    ['en', ['en']],
    ['en,ru', ['en', 'ru']],
    // In the interface's order, each once, spaces around the commas allowed.
    ['kk, en', ['en', 'kk']],
    ['ru,en,kk,en', ['en', 'ru', 'kk']],
  ])('%j builds %j', (value, expected) => {
    expect(parseLanguages(value)).toEqual(expected);
  });

  it.each([
    ['en,de', /ARCHIVE_LANGUAGES="en,de": "de" is not an interface language; expected a comma-separated list of en, ru, kk/],
    ['EN', /"EN" is not an interface language/],
    ['en,', /"" is not an interface language/],
    ['ru,kk', /ARCHIVE_LANGUAGES="ru,kk" leaves out en; expected .* that includes en/],
  ])('%j is refused, naming the variable and the allowed values', (value, message) => {
    expect(() => parseLanguages(value)).toThrow(message);
  });

  it('names the variable it was given', () => {
    expect(() => parseLanguages('fr', 'LANGS_TO_BUILD')).toThrow(/^LANGS_TO_BUILD="fr"/);
  });
});
