import { describe, expect, test } from 'vitest';
import { indexMentions, matchParagraphs, registryKey } from '../content/mentions.ts';
import { compileMatcher } from '../content/registry.ts';
import { chooseNetwork, companions, pairsAmong, type Pair } from './cooccurrence.ts';

const a = (id: string) => registryKey('actors', id);
const p = (id: string) => registryKey('places', id);
const matcher = compileMatcher([
  { id: a('putin'), name: 'Vladimir Putin', spellings: ['Putin'] },
  { id: a('tokayev'), name: 'Kassym-Jomart Tokayev', spellings: ['Tokayev', 'Tokaev'] },
  { id: a('lukashenko'), name: 'Alexander Lukashenko', spellings: ['Lukashenka'] },
  { id: a('csto'), name: 'CSTO', spellings: [] },
  { id: p('almaty'), name: 'Almaty', spellings: ['Alma-Ata'] },
]);
const para = (n: number, text: string) => ({ n, text });
const index = indexMentions(
  [
    {
      id: 'one',
      paragraphs: [
        para(1, 'Tokayev called Putin; the CSTO sent troops to Almaty.'),
        para(2, 'Putin and Tokaev spoke again.'),
        para(3, 'Lukashenka said nothing.'),
      ],
    },
    { id: 'two', paragraphs: [para(1, 'Putin met Lukashenka.'), para(2, 'In Alma-Ata, Tokayev thanked the CSTO. Tokayev twice.')] },
  ].map((art) => ({ id: art.id, paragraphs: matchParagraphs(matcher, art.paragraphs) })),
);

describe('pairsAmong', () => {
  const actors = pairsAmong(index.beside, (k) => k.startsWith('actors/'));
  test('counts each pair once, by the paragraphs that name both, strongest first', () => {
    expect(actors).toEqual<Pair[]>([
      { a: a('csto'), b: a('tokayev'), paragraphs: 2 },
      { a: a('putin'), b: a('tokayev'), paragraphs: 2 },
      { a: a('csto'), b: a('putin'), paragraphs: 1 },
      { a: a('lukashenko'), b: a('putin'), paragraphs: 1 },
    ]);
  });
  test('a name repeated in one paragraph counts that paragraph once', () => {
    expect(actors.find((x) => x.a === a('csto') && x.b === a('tokayev'))?.paragraphs).toBe(2);
  });
  test('an actor alone in its paragraphs is in no pair', () => {
    expect(pairsAmong(index.beside, (k) => k === a('lukashenko'))).toEqual([]);
  });
});

describe('companions', () => {
  test('an actor’s companions among actors and among places, with counts', () => {
    expect(companions(index.beside, a('tokayev'), 'actors', 10)).toEqual([
      { id: 'csto', paragraphs: 2 },
      { id: 'putin', paragraphs: 2 },
    ]);
    expect(companions(index.beside, a('tokayev'), 'places', 10)).toEqual([{ id: 'almaty', paragraphs: 2 }]);
    expect(companions(index.beside, p('almaty'), 'actors', 1)).toEqual([{ id: 'csto', paragraphs: 2 }]);
  });
  test('an entry named beside no one has none', () => {
    expect(companions(index.beside, a('nobody'), 'actors', 10)).toEqual([]);
  });
});

describe('chooseNetwork', () => {
  const pairs: Pair[] = [
    { a: 'a', b: 'b', paragraphs: 9 },
    { a: 'b', b: 'c', paragraphs: 5 },
    { a: 'a', b: 'c', paragraphs: 4 },
    { a: 'c', b: 'd', paragraphs: 3 },
  ];
  const articles = new Map([
    ['a', 10],
    ['b', 8],
    ['c', 8],
    ['d', 1],
    ['e', 50],
  ]);
  test('below the limits everything that is connected is drawn', () => {
    const n = chooseNetwork(articles, pairs, { maxNodes: 60, maxEdges: 150 });
    expect(n.nodes.map((x) => x.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(n.edges).toHaveLength(4);
    expect(n.trimmed).toBe(false);
  });
  test('at the limits: the actors named in most articles, then the strongest pairs among them', () => {
    const n = chooseNetwork(articles, pairs, { maxNodes: 3, maxEdges: 2 });
    expect(n.nodes).toEqual([
      { key: 'a', articles: 10 },
      { key: 'b', articles: 8 },
      { key: 'c', articles: 8 },
    ]);
    expect(n.edges.map((e) => `${e.a}-${e.b}`)).toEqual(['a-b', 'b-c']);
    expect(n).toMatchObject({ candidates: 4, pairs: 4, among: 3, trimmed: true });
  });
});
