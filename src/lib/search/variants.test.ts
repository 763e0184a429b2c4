import { describe, expect, it } from 'vitest';
import { foundThrough, nameBlocks, type NamedEntry } from './variants.ts';

// Folding, variants and registry validation are tested with the registry (../content/registry.test.ts).
const luka: NamedEntry = {
  id: 'alexander-lukashenko',
  name: 'Alexander Lukashenko',
  spellings: ['Lukashenka', 'Alyaksandr Lukashenka', 'Lukashenko', 'LUKASHENKO', 'Lukasenko'],
};
const almaty: NamedEntry = { id: 'almaty', name: 'Almaty', spellings: ['Almaty', 'Alma-Ata'] };

describe('nameBlocks', () => {
  it('builds one block per tagged entry with a kind-qualified id', () => {
    const blocks = nameBlocks([
      { kind: 'actor', entry: luka },
      { kind: 'place', entry: almaty },
    ]);
    expect(blocks.map((b) => b.id)).toEqual(['names-actor-alexander-lukashenko', 'names-place-almaty']);
    expect(blocks[1]?.text).toBe('Almaty; Alma-Ata');
    expect(blocks[0]?.text.split('; ')).toEqual(['Alexander Lukashenko', 'Lukashenka', 'Alyaksandr Lukashenka', 'Lukashenko', 'Lukasenko']);
  });
});

describe('foundThrough', () => {
  it.each([
    ['another spelling of a tagged name', 'names-actor-nursultan-nazarbayev', 'Nursultan Nazarbayev', { name: 'Nursultan Nazarbayev' }],
    ['a glossary term, by its id', 'names-term-january-2022-events', 'январские события', { term: 'january-2022-events' }],
    ['the page’s own text in another language: nothing to say', 'names-tr-ru', 'Токаев просит ОДКБ', undefined],
    ['the page’s own words: nothing to say', undefined, undefined, undefined],
  ])('%s', (_, block, via, said) => {
    expect(foundThrough(block, via)).toEqual(said);
  });
});
