import { describe, expect, it } from 'vitest';
import { foldWord, nameBlocks, nameVariants, nameWords, variantProblems, type NamedEntry } from './variants.ts';

const luka: NamedEntry = {
  id: 'alexander-lukashenko',
  file: 'content/actors/alexander-lukashenko.yaml',
  name: 'Alexander Lukashenko',
  spellings: ['Lukashenka', 'Alyaksandr Lukashenka', 'Lukashenko', 'LUKASHENKO', 'Lukasenko'],
};
const almaty: NamedEntry = { id: 'almaty', file: 'content/places/almaty.yaml', name: 'Almaty', spellings: ['Almaty', 'Alma-Ata'] };

describe('foldWord', () => {
  it('folds case, diacritics, clinging punctuation and possessives', () => {
    expect(foldWord('Kasym-Žomart')).toBe('kasym-zomart');
    expect(foldWord('“Tokayev’s')).toBe('tokayev');
    expect(foldWord('(Alma-Ata),')).toBe('alma-ata');
  });
  it('keeps words that differ apart', () => {
    expect(foldWord('Kiev')).not.toBe(foldWord('Kyiv'));
  });
});

describe('nameVariants', () => {
  it('puts the canonical name first and drops repeats that differ only in case', () => {
    expect(nameVariants(luka)).toEqual(['Alexander Lukashenko', 'Lukashenka', 'Alyaksandr Lukashenka', 'Lukashenko', 'Lukasenko']);
    expect(nameVariants(almaty)).toEqual(['Almaty', 'Alma-Ata']);
  });
});

describe('nameBlocks', () => {
  it('builds one block per tagged entry with a kind-qualified id', () => {
    const blocks = nameBlocks([{ kind: 'actor', entry: luka }, { kind: 'place', entry: almaty }]);
    expect(blocks.map((b) => b.id)).toEqual(['names-actor-alexander-lukashenko', 'names-place-almaty']);
    expect(blocks[1]?.text).toBe('Almaty; Alma-Ata');
    expect(blocks[0]?.text.split('; ')).toContain('Lukasenko');
  });
});

describe('variantProblems', () => {
  it('accepts a clean registry', () => {
    expect(variantProblems([luka, almaty])).toEqual([]);
  });
  it('names both files when one spelling belongs to two entries', () => {
    const other: NamedEntry = { id: 'belarus', file: 'content/actors/belarus.yaml', name: 'Belarus', spellings: ['lukashenka'] };
    const [problem] = variantProblems([luka, other]);
    expect(problem).toContain('content/actors/belarus.yaml');
    expect(problem).toContain('content/actors/alexander-lukashenko.yaml');
  });
  it('refuses a spelling containing the separator', () => {
    const bad: NamedEntry = { ...almaty, spellings: ['Almaty; Alma-Ata'] };
    expect(variantProblems([bad])[0]).toMatch(/content\/places\/almaty\.yaml: spellings: .*contains ";"/);
  });
  it('folds words into comparable keys', () => {
    expect(nameWords('Alyaksandr  Lukashenka’s')).toEqual(['alyaksandr', 'lukashenka']);
  });
});
