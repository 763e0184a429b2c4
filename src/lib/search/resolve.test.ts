import { describe, expect, it } from 'vitest';
import { matchCase, resolveQuery, type Attempt } from './resolve.ts';
import { parseVocabulary, shardKey } from './vocabulary.ts';

/**
 * A fake index that behaves as Pagefind does for these tests: a query finds the pages holding all
 * its words; a word in no page falls back to its longest start that is a word's start ("tokayv" →
 * "to"), and the first result then reports the fallback word as matched.
 */
const pages = [['kazakhstan', 'tokayev', 'to', 'order'], ['kazakhstan', 'russia', 'to'], ['nazarbaev']];
function fakeRun(q: string): Promise<Attempt<number>> {
  const words = q.toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
  const matched: string[] = [];
  let hits = pages.map((_, i) => i);
  for (const w of words) {
    let found = pages.flat().find((p) => p.startsWith(w));
    for (let n = w.length - 1; found === undefined && n > 0; n--) found = pages.flat().find((p) => p.startsWith(w.slice(0, n)));
    if (found === undefined) return Promise.resolve({ results: [], matchedWords: [] });
    matched.push(found);
    hits = hits.filter((i) => pages[i]!.includes(found));
  }
  return Promise.resolve({ results: hits, matchedWords: matched });
}
/** The vocabulary file of a word's first letter, as the page fetches it. */
const all = [...pages.flat(), 'токаев'];
const vocabulary = (word: string) => Promise.resolve(parseVocabulary(all.filter((w) => shardKey(w) === shardKey(word)).join('\n')));
let loads = 0;
const counted = (word: string) => {
  loads++;
  return vocabulary(word);
};

describe('resolveQuery', () => {
  it('returns a query that matches as it is, without loading the vocabulary', async () => {
    loads = 0;
    expect(await resolveQuery('Kazakhstan', false, fakeRun, counted)).toEqual({ q: 'Kazakhstan', results: [0, 1], notes: [] });
    expect(loads).toBe(0);
  });
  it('corrects a typo, keeping its capital, and says so', async () => {
    const r = await resolveQuery('Kazakstan', false, fakeRun, vocabulary);
    expect(r.q).toBe('Kazakhstan');
    expect(r.results).toEqual([0, 1]);
    expect(r.notes[0]).toMatchObject({ kind: 'corrected', from: 'Kazakstan', to: 'Kazakhstan' });
    expect(r.notes[0]).toHaveProperty('alternatives', []);
  });
  it('never shows fallback hits as results, and corrects the word instead', async () => {
    const r = await resolveQuery('Tokayv', false, fakeRun, vocabulary);
    expect(r).toMatchObject({ q: 'Tokayev', results: [0] });
  });
  it('shows nothing for a word close to no archive word, and names it', async () => {
    const r = await resolveQuery('zzqxv', false, fakeRun, vocabulary);
    expect(r.results).toEqual([]);
    expect(r.notes).toEqual([{ kind: 'unknown', terms: ['zzqxv'], suggestions: [] }]);
  });
  it('searches a Cyrillic query in Latin letters when it finds nothing', async () => {
    const r = await resolveQuery('Казахстан', false, fakeRun, vocabulary);
    expect(r).toMatchObject({ q: 'Kazakhstan', results: [0, 1], notes: [{ kind: 'transliterated', from: 'Казахстан', to: 'Kazakhstan' }] });
  });
  it('in exact mode, neither corrects nor transliterates, and still hides fallback hits', async () => {
    expect(await resolveQuery('Kazakstan', true, fakeRun, vocabulary)).toMatchObject({ q: 'Kazakstan', results: [] });
    expect((await resolveQuery('Tokayv', true, fakeRun, vocabulary)).results).toEqual([]);
  });
  it('matches the capital of the typed word', () => {
    expect(matchCase('Kazakstan', 'kazakhstan')).toBe('Kazakhstan');
    expect(matchCase('kazakstan', 'kazakhstan')).toBe('kazakhstan');
  });
});
