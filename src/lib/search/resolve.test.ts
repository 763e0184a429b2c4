import { describe, expect, it } from 'vitest';
import { matchCase, resolveQuery, type Attempt, type VocabularyPart } from './resolve.ts';
import { joinVocabularies, parseVocabulary, shardKey, tailKey, tailKeys } from './vocabulary.ts';

/**
 * A fake index that behaves as Pagefind does for these tests: a query finds the pages holding all
 * its words; a word in no page falls back to its longest start that is a word's start ("tokayv" →
 * "to"), and the first result then reports the fallback word as matched.
 */
const pages = [['kazakhstan', 'tokayev', 'to', 'order', 'asked'], ['kazakhstan', 'russia', 'to'], ['nazarbaev']];
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
/** The vocabulary files of a word, as the page fetches them: its first letter's, or the second files of `tailKeys`. */
const all = [...pages.flat(), 'токаев', 'asks'];
const file = (has: (w: string) => boolean) => parseVocabulary(all.filter(has).join('\n'));
const vocabulary = (word: string, part: VocabularyPart) =>
  Promise.resolve(
    part === 'first'
      ? file((w) => shardKey(w) === shardKey(word))
      : joinVocabularies(tailKeys(word).map((key) => file((w) => tailKey(w) === key))),
  );
let loads: VocabularyPart[] = [];
const counted = (word: string, part: VocabularyPart) => {
  loads.push(part);
  return vocabulary(word, part);
};

describe('resolveQuery', () => {
  it('returns a query that matches as it is, without loading the vocabulary', async () => {
    loads = [];
    expect(await resolveQuery('Kazakhstan', false, fakeRun, counted)).toEqual({ q: 'Kazakhstan', results: [0, 1], notes: [] });
    expect(loads).toEqual([]);
  });
  it('corrects a typo, keeping its capital, and says so, from the first-letter file alone', async () => {
    loads = [];
    const r = await resolveQuery('Kazakstan', false, fakeRun, counted);
    expect(loads).not.toContain('tail');
    expect(r.q).toBe('Kazakhstan');
    expect(r.results).toEqual([0, 1]);
    expect(r.notes[0]).toMatchObject({ kind: 'corrected', from: 'Kazakstan', to: 'Kazakhstan' });
    expect(r.notes[0]).toHaveProperty('alternatives', []);
  });
  it('never shows fallback hits as results, and corrects the word instead', async () => {
    const r = await resolveQuery('Tokayv', false, fakeRun, vocabulary);
    expect(r).toMatchObject({ q: 'Tokayev', results: [0] });
  });
  it.each([
    ['Hazakhstan', 'Kazakhstan'],
    ['Qazakhstan', 'Kazakhstan'],
    ['Yokayev', 'Tokayev'],
    ['yokayev', 'tokayev'],
    ['okayev', 'tokayev'],
  ])('corrects %s, a typo in the first letter, to %s through the second files', async (typo, meant) => {
    loads = [];
    const r = await resolveQuery(typo, false, fakeRun, counted);
    expect(r.q).toBe(meant);
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.notes[0]).toMatchObject({ kind: 'corrected', from: typo, to: meant });
    expect(loads).toContain('tail');
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
  it('shows what the engine found when every word is in the archive, though the text has other forms of them', async () => {
    // "asks" is in the archive (an event's title), and Pagefind finds the page that says "asked".
    const run = (q: string) => fakeRun(q.replace('asks', 'ask'));
    const r = await resolveQuery('Tokayev asks', false, run, vocabulary);
    expect(r).toEqual({ q: 'Tokayev asks', results: [0], notes: [] });
  });
  it('leaves out a word that is in no text and near none, searches the rest, and names it', async () => {
    const r = await resolveQuery('Zzqxv Nazarbaev', false, fakeRun, vocabulary);
    expect(r).toEqual({ q: 'Nazarbaev', results: [2], notes: [{ kind: 'dropped', terms: ['Zzqxv'], to: 'Nazarbaev' }] });
    const quoted = await resolveQuery('"zzqxv" Nazarbaev', false, fakeRun, vocabulary);
    expect(quoted.q).toBe('Nazarbaev');
  });
  it('does not leave out every word', async () => {
    expect((await resolveQuery('zzqxv qqzzx', false, fakeRun, vocabulary)).results).toEqual([]);
  });
});
