import { describe, expect, test } from 'vitest';
import { compileMatcher, findMentions, termRanges } from './matching.ts';
import { all, russia } from '../testing/registry-entries.ts';

const ids = (text: string, entries = all) => findMentions(entries, text).map((m) => m.id);
const texts = (text: string, entries = all) => findMentions(entries, text).map((m) => m.text);

describe('spellings', () => {
  test('every spelling of Tokayev in the sources', () => {
    expect(ids('President Kassym-Jomart Tokayev declared')).toEqual(['tokayev']);
    expect(texts('the re-election of President Kasym-Žomart. Tokaev.')).toEqual(['Kasym-Žomart', 'Tokaev']);
    expect(ids('Tokayev added')).toEqual(['tokayev']);
  });
  test('every spelling of Lukashenko in the sources', () => {
    expect(texts('supports Alyaksandr Lukashenka in his fight')).toEqual(['Alyaksandr Lukashenka']);
    expect(texts('like Lukasenko in Belarus')).toEqual(['Lukasenko']);
    expect(texts('Lukashenko and Lukashenka')).toEqual(['Lukashenko', 'Lukashenka']);
  });
  test('the canonical name counts as a spelling', () => {
    expect(ids('Vladimir Putin has made it clear')).toEqual(['putin']);
    expect(texts('Vladimir Putin has made it clear')).toEqual(['Vladimir Putin']);
  });
});

describe('case and diacritics', () => {
  test('ignores case for words', () => {
    expect(ids('conquering kyiv in a week')).toEqual(['kyiv']);
    expect(ids('TOKAYEV')).toEqual(['tokayev']);
  });
  test('finds an accented spelling without its accent and the reverse', () => {
    expect(ids('explains Sanchez')).toEqual(['sanchez']);
    expect(findMentions([{ id: 'x', name: 'Sanchez', spellings: [] }], 'Sánchez.')[0]?.text).toBe('Sánchez');
    expect(ids('Kasym-Zomart')).toEqual(['tokayev']);
  });
  test('all-capital spellings match only in capitals', () => {
    expect(ids('expand US influence')).toEqual(['us']);
    expect(ids('let us see; bus; USSR')).toEqual([]);
    expect(ids('Csto')).toEqual([]);
    expect(ids('the CSTO mission')).toEqual(['csto']);
  });
  test('U.S. with its full stops', () => {
    expect(texts('the U.S. has been smuggling')).toEqual(['U.S.']);
    expect(texts('force the U.S. president')).toEqual(['U.S.']);
  });
});

describe('word boundaries', () => {
  test('a name inside a longer word is not a mention', () => {
    expect(ids('Putinism and Putinist')).toEqual([]);
    expect(ids('Kazakhstani')).toEqual([]);
    expect(ids('Russian officials')).toEqual([]);
    expect(ids('Kazakhs')).toEqual([]);
  });
  test('possessives with straight and curly apostrophes', () => {
    expect(texts('Tokayev’s rhetoric')).toEqual(['Tokayev']);
    expect(texts("Tokayev's rhetoric")).toEqual(['Tokayev']);
    expect(ids('Russia’s war')).toEqual(['russia']);
    expect(ids('Moscow’s position')).toEqual(['russia']);
    expect(ids('Lukashenka’s failure')).toEqual(['lukashenko']);
  });
  test('a word after a hyphen', () => {
    expect(ids('a pro-Kiev position')).toEqual(['kyiv']);
  });
  test('hyphens and spaces inside a spelling are interchangeable', () => {
    expect(ids('Nur-Sultan')).toEqual(['astana']);
    expect(ids('Nur Sultan')).toEqual(['astana']);
    expect(ids('Nur\u2010Sultan')).toEqual(['astana']);
    expect(ids('Kassym Jomart')).toEqual(['tokayev']);
    expect(ids('Nursultan')).toEqual([]);
  });
  test('punctuation around a name', () => {
    expect(ids('(Putin),“Tokaev”')).toEqual(['putin', 'tokayev']);
  });
});

describe('longest match first', () => {
  test('a longer spelling is one mention', () => {
    expect(findMentions(all, 'Alyaksandr Lukashenka')).toHaveLength(1);
  });
  test('a name inside another entry’s name is not a mention', () => {
    expect(ids('Carnegie Moscow Center director')).toEqual(['carnegie']);
    expect(ids('Carnegie Moscow Center in Moscow')).toEqual(['carnegie', 'russia']);
  });
  test('the longest of several spellings starting at the same word', () => {
    expect(texts('the Kremlin agreed')).toEqual(['the Kremlin']);
  });
});

describe('offsets', () => {
  test('point into the original text, accents and curly quotes included', () => {
    const text = 'Sánchez says Tokayev’s Kasym-Žomart';
    for (const m of findMentions(all, text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findMentions(all, text).map((m) => m.start)).toEqual([0, 13, 23]);
  });
  test('survive characters outside the Basic Multilingual Plane', () => {
    const text = '𝐀 Putin';
    const [m] = findMentions(all, text);
    expect(m && text.slice(m.start, m.end)).toBe('Putin');
  });
});

describe('compileMatcher', () => {
  test('refuses a spelling claimed by two entries', () => {
    expect(() => compileMatcher([russia, { id: 'moscow', name: 'Moscow', spellings: [] }])).toThrow(
      /"russia" and "moscow" both claim the spelling "Moscow"/,
    );
  });
  test('accepts an entry repeating its own name among its spellings', () => {
    expect(() => compileMatcher([{ id: 'kyiv', name: 'Kyiv', spellings: ['Kyiv', 'kyiv'] }])).not.toThrow();
  });
  test('an empty registry finds nothing', () => {
    expect(compileMatcher([])('Putin')).toEqual([]);
  });
});

describe('termRanges', () => {
  test.each([
    ['Lukašenko met Putin', ['lukasenko'], [[0, 9]]],
    ['Tokayev’s order', ['Tokayev'], [[0, 7]]],
    ['Putinism is not Putin', ['Putin'], [[16, 21]]],
    ['nothing here', ['a(b'], []],
    ['anything', [], []],
  ] as const)('%s with %j', (text, terms, ranges) => expect(termRanges(text, terms)).toEqual(ranges));
});
