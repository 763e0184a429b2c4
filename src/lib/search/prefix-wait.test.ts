import { describe, expect, it } from 'vitest';
import { SHORT_PREFIX_WAIT_MS, waitBeforeSearch } from './prefix-wait.ts';

describe('the wait before searching what is typed', () => {
  it.each([
    ['two letters', 'To', SHORT_PREFIX_WAIT_MS],
    ['three letters', 'Tok', 0],
    ['a word', 'Tokaev', 0],
    ['one letter: not searched at all', 'T', 0],
    ['a word, then two letters of the next', 'Tokaev Pu', SHORT_PREFIX_WAIT_MS],
    ['a word, then one letter of the next', 'Tokaev P', SHORT_PREFIX_WAIT_MS],
    ['two letters and a space: the word is finished', 'EU ', 0],
    ['two letters in a closed quote', '"EU"', 0],
    ['two Cyrillic letters', 'То', SHORT_PREFIX_WAIT_MS],
    ['two digits', '20', SHORT_PREFIX_WAIT_MS],
    ['a year', '2022', 0],
    ['a hyphen after three letters', 'Nur-', 0],
    ['nothing', '', 0],
    ['punctuation only', '?!', 0],
  ])('%s: “%s”', (_, raw, ms) => {
    expect(waitBeforeSearch(raw)).toBe(ms);
  });
});
