import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  editDistance,
  foldTerm,
  maxDistance,
  parseVocabulary,
  shardKey,
  shardVocabulary,
  suggest,
  textWords,
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
