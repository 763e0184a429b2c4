import { describe, expect, it } from 'vitest';
import { isStopWord, isWordForm, keepRanges, markedPositions } from './marks.ts';

describe('isWordForm', () => {
  it.each([
    ['kill', 'kill', true],
    ['kill', 'killed,', true],
    ['Kill', 'KILLS', true],
    ['asks', 'asked', true],
    ['asks', 'ask', true],
    ['use', 'used', true],
    ['make', 'making', true],
    ['Nur-Sultan', 'Nursultan', true],
    ['Lukashenka', 'Lukashenka’s', true],
    ['kill', 'killers', false],
    ['to', 'Tokayev', false],
    ['to', 'today', false],
    ['to', 'too', false],
    ['to', 'toward', false],
    ['Kazak', 'Kazakhstan', false],
    ['', 'word', false],
  ])('%s → %s: %s', (term, word, expected) => {
    expect(isWordForm(term, word)).toBe(expected);
  });
});

describe('isStopWord', () => {
  it.each([
    ['to', true],
    ['The', true],
    ['и', true],
    ['Tokayev', false],
    ['CSTO', false],
  ])('%s: %s', (word, expected) => expect(isStopWord(word)).toBe(expected));
});

describe('markedPositions', () => {
  const words = 'Police ordered to shoot to kill. Tokayev said too many killers were killed today toward dawn to'.split(' ');
  const all = words.map((_, i) => i);
  it('marks the query words and their forms, a stop word only between marked words', () => {
    const marked = markedPositions(words, all, ['shoot', 'to', 'kill']).map((i) => words[i]);
    expect(marked).toEqual(['shoot', 'to', 'kill.', 'killed']);
  });
  it('marks no lone stop word, even when it is the whole query', () => {
    expect(markedPositions(words, all, ['to'])).toEqual([]);
    expect(markedPositions(words, all, ['the', 'to'])).toEqual([]);
  });
  it('keeps positions found through a registered spelling', () => {
    expect(markedPositions(words, [], ['Токаев'], [6])).toEqual([6]);
  });
});

describe('keepRanges', () => {
  it('keeps a stop word joined to marked words on both sides, and drops a lone one', () => {
    const text = 'ordered to shoot to kill; wants to go';
    const at = (w: string, from = 0): [number, number] => [text.indexOf(w, from), text.indexOf(w, from) + w.length];
    const ranges = [at('to'), at('shoot'), at('to', 12), at('kill'), at('to', 26)];
    expect(keepRanges(text, ranges).map(([s, e]) => text.slice(s, e))).toEqual(['shoot', 'to', 'kill']);
  });
});
