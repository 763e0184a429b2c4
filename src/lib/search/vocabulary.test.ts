import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  editDistance,
  foldTerm,
  joinVocabularies,
  maxDistance,
  parseVocabulary,
  shardKey,
  shardVocabulary,
  suggest,
  tailKey,
  tailKeys,
  textWords,
  vocabularyFiles,
} from './vocabulary.ts';

describe('textWords and foldTerm', () => {
  it('splits running text into folded words, keeping inner hyphens', () => {
    expect(textWords('Tokayev’s order: “shoot to kill” in Alma-Ata (Kasym-Žomart).')).toEqual([
      'tokayev',
      'order',
      'shoot',
      'to',
      'kill',
      'in',
      'alma-ata',
      'kasym-zomart',
    ]);
  });
  it('folds Cyrillic case but keeps its letters', () => {
    expect(foldTerm('Токаев,')).toBe('токаев');
  });
});

describe('buildVocabulary', () => {
  it('ranks words by frequency, drops short and digit-only words, and always keeps names', () => {
    const vocab = buildVocabulary(['Russia and Russia and Kazakhstan, 2022', 'Kazakhstan Russia to'], ['Тоқаев', 'Nazarbaev'], 2);
    expect(vocab).toEqual(['russia', 'and', 'nazarbaev', 'тоқаев']);
  });
  it('is the same whatever order the texts tie in', () => {
    expect(buildVocabulary(['beta alpha'], [])).toEqual(['alpha', 'beta']);
  });
});

describe('editDistance', () => {
  it.each([
    ['kazakstan', 'kazakhstan', 1],
    ['tokayv', 'tokayev', 1],
    ['nazarbyaev', 'nazarbayev', 1], // two neighbours swapped
    ['putin', 'putin', 0],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });
  it('stops early past the bound', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 2)).toBe(3);
  });
});

describe('suggest', () => {
  const vocab = parseVocabulary(['russia', 'kazakhstan', 'kazakh', 'tokayev', 'токаев', 'president', 'to'].join('\n'));
  it('offers the nearest archive words', () => {
    expect(suggest('Kazakstan', vocab)).toEqual(['kazakhstan']);
    expect(suggest('Tokayv', vocab)).toEqual(['tokayev']);
    expect(suggest('Токаеву', vocab)).toEqual(['токаев']);
    expect(suggest('presidnet', vocab)).toEqual(['president']);
  });
  it('offers nothing for a word close to nothing, a known word or a very short word', () => {
    expect(suggest('zzqxv', vocab)).toEqual([]);
    expect(suggest('Russia', vocab)).toEqual([]);
    expect(suggest('tp', vocab)).toEqual([]);
    expect(maxDistance('abc')).toBe(0);
  });
  it('ranks equally near words by frequency', () => {
    const v = parseVocabulary('cart\ncard\ncare');
    expect(suggest('carx', v)).toEqual(['cart', 'card', 'care']);
    expect(suggest('carx', v, 1)).toEqual(['cart']);
  });
});

describe('shards', () => {
  it('files a word under its folded first letter, non-Latin letters by code point', () => {
    expect(shardKey('Kazakstan')).toBe('k');
    expect(shardKey('Žomart')).toBe('z');
    expect(shardKey('Токаев')).toBe('u442');
    expect(shardKey('كازاخستان')).toBe('u643');
  });
  it('keeps each shard in frequency order and loses no word', () => {
    const words = ['russia', 'kazakhstan', 'kremlin', 'токаев', 'rouble'];
    const shards = shardVocabulary(words);
    expect(shards.get('k')).toEqual(['kazakhstan', 'kremlin']);
    expect(shards.get('r')).toEqual(['russia', 'rouble']);
    expect([...shards.values()].flat().sort()).toEqual([...words].sort());
  });
});

describe('second files, for a typo in the first letter', () => {
  it.each([
    ['kazakhstan', 'a-n'],
    ['Tokayev', 'o-v'],
    ['Токаев', 'u43e-u432'],
    ['kasym-zomart', 'a-t'],
    ['covid-19', 'o-u39'],
  ])('%s is filed under %s', (word, key) => {
    expect(tailKey(word)).toBe(key);
  });
  it.each([
    ['Yokayev', ['o-v', 'y-v', 'k-v']], // first letter replaced: the second letter is kept
    ['okayev', ['k-v', 'o-v', 'a-v']], // first letter dropped: the first is the meant second
    ['ttokayev', ['t-v', 'o-v']], // a letter added before: the third is the meant second
    ['Hazakhstan', ['a-n', 'h-n', 'z-n']],
  ])('%s may be in %j', (typo, keys) => {
    expect(tailKeys(typo)).toEqual(keys);
  });
  it('files every word once by its first letter and once by its second and last letters', () => {
    const words = ['kazakhstan', 'tokayev', 'astana', 'russia', 'токаев'];
    const files = vocabularyFiles(words);
    expect(files.get('k')).toEqual(['kazakhstan']);
    expect(files.get('a-n')).toEqual(['kazakhstan']);
    expect(files.get('s-a')).toEqual(['astana']);
    expect(files.get('u-a')).toEqual(['russia']);
    const first = [...files].filter(([k]) => !k.includes('-'));
    const second = [...files].filter(([k]) => k.includes('-'));
    expect(first.flatMap(([, w]) => w).sort()).toEqual([...words].sort());
    expect(second.flatMap(([, w]) => w).sort()).toEqual([...words].sort());
  });

  // The lookup the search page makes (src/lib/search/resolve.ts): the first-letter file, then,
  // only if it offers nothing, the second files of the typed word joined.
  const words = ['kazakhstan', 'kazakh', 'tokayev', 'token', 'yoke', 'russia', 'almaty', 'astana', 'токаев', 'казахстан'];
  const files = vocabularyFiles(words);
  const file = (key: string) => parseVocabulary((files.get(key) ?? []).join('\n'));
  const lookup = (typo: string) => {
    const first = suggest(typo, file(shardKey(typo)));
    return first.length > 0 ? first : suggest(typo, joinVocabularies(tailKeys(typo).map(file)));
  };
  it.each([
    ['Hazakhstan', 'kazakhstan'], // first letter replaced
    ['Qazakhstan', 'kazakhstan'],
    ['Yokayev', 'tokayev'],
    ['okayev', 'tokayev'], // first letter dropped
    ['otkayev', 'tokayev'], // first two letters swapped
    ['ttokayev', 'tokayev'], // a letter added before the first
    ['Gazakstan', 'kazakhstan'], // first letter replaced and a letter dropped: two edits in a long word
    ['Дазахстан', 'казахстан'],
    ['Kazakstan', 'kazakhstan'], // not the first letter: from the first-letter file, as before
    ['Lmaty', 'almaty'],
  ])('%s → %s', (typo, meant) => {
    expect(lookup(typo)[0]).toBe(meant);
  });
  it.each([
    ['Hazakhstam'], // first and last letters both wrong
    ['zqxwvj'],
  ])('%s is too far from every word', (typo) => {
    expect(lookup(typo)).toEqual([]);
  });
  it('joins files in the order given, without repeating a word', () => {
    const v = joinVocabularies([parseVocabulary('b\na'), parseVocabulary('a\nc')]);
    expect(v.words).toEqual(['b', 'a', 'c']);
    expect(v.has('c')).toBe(true);
  });
});
