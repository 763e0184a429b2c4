import { describe, expect, it } from 'vitest';
import { MAX_QUERY, cleanQuery, isRealMatch, queryTerms, rewriteQuery, unmatchedTerms } from './query.ts';

describe('cleanQuery', () => {
  it('refuses blank and punctuation-only queries, saying which', () => {
    expect(cleanQuery('   \t ')).toMatchObject({ q: '', empty: 'blank' });
    expect(cleanQuery('?!… -- "" ;')).toMatchObject({ q: '', empty: 'no-words' });
    expect(cleanQuery('🙂🙂')).toMatchObject({ q: '', empty: 'no-words' });
  });
  it('drops an unpaired quote and turns typographic quotes into phrase marks', () => {
    expect(cleanQuery('"shoot to kill')).toEqual({ q: 'shoot to kill', changes: ['unpaired-quote'], empty: undefined });
    expect(cleanQuery('“shoot to kill”').q).toBe('"shoot to kill"');
  });
  it('bounds a very long query at a word boundary', () => {
    const c = cleanQuery('Kazakhstan '.repeat(200));
    expect(c.changes).toEqual(['shortened']);
    expect(c.q.length).toBeLessThanOrEqual(MAX_QUERY);
    expect(c.q.endsWith('Kazakhstan')).toBe(true);
  });
  it('keeps right-to-left, mixed-script and emoji text as typed', () => {
    expect(cleanQuery('كازاخستان Токаев Putin 🙂').q).toBe('كازاخستان Токаев Putin 🙂');
  });
});

describe('queryTerms', () => {
  it('lists folded words without quotes, punctuation-only tokens or repeats', () => {
    expect(queryTerms('"Shoot to kill" — Tokayev’s tokayev')).toEqual(['shoot', 'to', 'kill', 'tokayev']);
  });
});

describe('isRealMatch', () => {
  it.each([
    ['Kazakhstan', 'Kazakhstan’s', true],
    ['Kazak', 'Kazakhstan', true], // Pagefind matches the start of a word
    ['elections', 'election', true], // stemming
    ['Russian', 'Russia', true],
    ['Tokayv', 'to', false], // fallback to a shorter start
    ['Kazakstan', 'Kazakh', false],
    ['Tokayv', 'Tokayev', false], // fallback through "tokay", not a stemmed form
    ['protesters', 'protest', true],
    ['Nur-Sultan', 'Nursultan', true], // Pagefind joins hyphenated words
    ['Nur-Sultan', 'Nur-Sultan;', true],
    ['Nazarbaev', 'Nazarbaev', true],
  ])('%s / %s → %s', (term, word, real) => {
    expect(isRealMatch(term, word)).toBe(real);
  });
  it('names the terms found only by fallback', () => {
    expect(unmatchedTerms(['tokayv', 'russia'], ['to', 'Russia'])).toEqual(['tokayv']);
  });
});

describe('rewriteQuery', () => {
  it('swaps corrected words and keeps the rest', () => {
    const fixes = new Map([
      ['kazakstan', 'kazakhstan'],
      ['tokayv', 'tokayev'],
    ]);
    expect(rewriteQuery('"Kazakstan protests" Tokayv', fixes)).toBe('"kazakhstan protests" tokayev');
  });
});
