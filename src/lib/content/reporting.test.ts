import { describe, expect, it } from 'vitest';
import { reportingSentences, scoreSentences, sentences, titleKeywords } from './reporting.ts';

const tokayev = { id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', spellings: ['Tokayev', 'Tokaev'] };
const csto = { id: 'csto', name: 'CSTO', spellings: ['Collective Security Treaty Organization'] };
const almaty = { id: 'almaty', name: 'Almaty', spellings: ['Alma-Ata'] };

describe('sentences', () => {
  it('splits a paragraph at sentence ends', () => {
    expect(sentences('One thing happened. Then another! Was it a third? Yes.')).toEqual([
      'One thing happened.',
      'Then another!',
      'Was it a third?',
      'Yes.',
    ]);
  });
  it('takes a line break as a sentence end (a standfirst’s lines have no full stops)', () => {
    expect(sentences('Police are ordered to shoot to kill\nOpinions: Trenin says')).toEqual([
      'Police are ordered to shoot to kill',
      'Opinions: Trenin says',
    ]);
  });
});

describe('titleKeywords', () => {
  it('keeps content words as five-letter stems, folded, without stop words', () => {
    expect(titleKeywords('CSTO deploys troops to Kazakhstan')).toEqual(['csto', 'deplo', 'troop', 'kazak']);
    expect(titleKeywords('Shoot-to-kill order; order "essentially restored"')).toEqual(['shoot', 'kill', 'order', 'essen', 'resto']);
  });
});

describe('reportingSentences', () => {
  const para =
    'Markets were calm on Monday. On January 6, the CSTO deployed troops to Kazakhstan at Tokayev’s request. ' +
    'Analysts in Moscow expect more. Meanwhile the weather in Alma-Ata was cold.';
  it.each([
    [
      'the sentence naming the actors and the title’s words',
      { entities: [tokayev, csto], title: 'CSTO deploys troops to Kazakhstan' },
      ['On January 6, the CSTO deployed troops to Kazakhstan at Tokayev’s request.'],
    ],
    ['a place through its other spelling', { entities: [almaty], title: 'Cold weather' }, ['Meanwhile the weather in Alma-Ata was cold.']],
    ['the first sentence when nothing matches', { entities: [], title: 'Xyzzy plugh' }, ['Markets were calm on Monday.']],
  ] as const)('chooses %s', (_what, terms, expected) => {
    expect(reportingSentences(para, terms)).toEqual(expected);
  });
  it('returns tied sentences in text order, at most two', () => {
    const tied = 'Tokayev spoke. Nothing else. Tokayev spoke again. Tokayev left.';
    expect(reportingSentences(tied, { entities: [tokayev], title: 'Speech' })).toEqual(['Tokayev spoke.', 'Tokayev spoke again.']);
    expect(scoreSentences(tied, { entities: [tokayev], title: 'Speech' }).map((s) => s.score)).toEqual([2, 0, 2, 2]);
  });
  it('does not count a keyword inside another word’s middle, nor a partial name', () => {
    expect(scoreSentences('Unrestored calm; Tokayevism spreads.', { entities: [tokayev], title: 'order restored' })[0]?.score).toBe(0);
  });
});
