import { describe, expect, test } from 'vitest';
import { foldText, foldWord, isAcronym, nameVariants, nameWords, registryWords } from './folding.ts';
import { findMentions } from './matching.ts';
import { tokayev } from '../testing/registry-entries.ts';

describe('foldText', () => {
  test('strips diacritics and keeps offsets of the original', () => {
    const f = foldText('Kasym-Žomart');
    expect(f.folded).toBe('Kasym-Zomart');
    expect(f.starts[6]).toBe(6);
  });
  test('maps a decomposed accent back to its one original character', () => {
    const f = foldText('Sa\u0301nchez');
    expect(f.folded).toBe('Sanchez');
    expect(f.ends[1]).toBe(3);
    expect(findMentions([{ id: 'j', name: 'José', spellings: [] }], 'Jose\u0301 said')[0]?.text).toBe('Jose\u0301');
  });
  test('makes curly apostrophes and hyphen look-alikes plain', () => {
    expect(foldText('Russia’s Nur\u2011Sultan').folded).toBe("Russia's Nur-Sultan");
  });
});

describe('isAcronym', () => {
  test.each([
    ['US', true],
    ['U.S.', true],
    ['CSTO', true],
    ['Us', false],
    ['Putin', false],
    ['A', false],
  ])('%s → %s', (s, expected) => expect(isAcronym(s)).toBe(expected));
});

describe('foldWord and nameWords', () => {
  test.each([
    ['Kasym-Žomart', 'kasym-zomart'],
    ['“Tokayev’s', 'tokayev'],
    ['(Alma-Ata),', 'alma-ata'],
    ['`Kiev`', 'kiev'],
  ])('%s folds to %s', (word, folded) => expect(foldWord(word)).toBe(folded));
  test('Kiev and Kyiv stay different words', () => expect(foldWord('Kiev')).not.toBe(foldWord('Kyiv')));
  test('a name as its folded words', () => expect(nameWords('Alyaksandr  Lukashenka’s')).toEqual(['alyaksandr', 'lukashenka']));
});

describe('nameVariants', () => {
  test('canonical name first, repeats differing only in case or accents dropped', () => {
    expect(nameVariants({ name: 'Almaty', spellings: ['Alma-Ata', 'ALMATY', 'Álmaty'] })).toEqual(['Almaty', 'Alma-Ata']);
  });
});

describe('registryWords', () => {
  test('the folded letters of every name and spelling', () => {
    expect([...registryWords([tokayev])].sort()).toEqual(['jomart', 'kassym', 'kasym', 'tokaev', 'tokayev', 'zomart']);
  });
});
