/**
 * compileMatcher (an index of the spellings' first words) against compileMatcherByExpression (the
 * definition: one alternation per kind): the same mentions, offsets and spellings, over every
 * paragraph of the archive with its whole registry, over hand-made edge cases, and over seeded
 * random texts made of registry spellings in every case, separator and punctuation.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherByExpression, indexable, type RegistryEntry } from './registry.ts';
import { readTree } from '../testing/content.ts';
import { all } from '../testing/registry-entries.ts';

const tree = readTree();
const registry: RegistryEntry[] = [
  ...tree.actors.map((e) => ({
    id: `actors:${e.id}`,
    name: e.data.name,
    spellings: [...e.data.spellings, ...e.data.names.map((n) => n.form)],
  })),
  ...tree.places.map((e) => ({
    id: `places:${e.id}`,
    name: e.data.name,
    spellings: [...e.data.spellings, ...e.data.names.map((n) => n.form)],
  })),
];

function same(entries: readonly RegistryEntry[], texts: readonly string[]): void {
  const fast = compileMatcher(entries);
  const reference = compileMatcherByExpression(entries);
  for (const text of texts) expect(fast(text), text).toEqual(reference(text));
}

describe('compileMatcher finds what the expressions find', () => {
  it('indexes the archive’s registry and the test entries (it does not fall back to the expressions)', () => {
    expect(indexable(registry)).toBe(true);
    expect(indexable(all)).toBe(true);
    expect(indexable([{ id: 'x', name: '#hashtag', spellings: [] }])).toBe(false);
  });

  it('in every paragraph, standfirst and title of the archive, with its whole registry', () => {
    const texts = tree.articles.flatMap((a) => [
      a.data.title,
      a.data.standfirst ?? '',
      ...a.body.blocks.map((b) => ('text' in b ? String(b.text) : '')),
    ]);
    expect(texts.length).toBeGreaterThan(50);
    same(registry, texts);
  });

  it.each([
    ['separators', 'Kassym-Jomart\u00a0Tokayev, Kassym  Jomart Tokayev and Kassym -\tJomart-Tokayev'],
    ['case', 'TOKAYEV, tokayev, ToKaYeV; us and US and Us and U.S. and u.s.'],
    ['boundaries', 'Tokayevs, xTokayev, Tokayev2, 2Tokayev, _Tokayev_, Tokayev’s, "Tokayev"'],
    ['accents', 'Sa\u0301nchez, Sánchez, SANCHEZ and Kasym-Žomart'],
    ['longest', 'the Carnegie Moscow Center in Moscow; the Kremlin, Russian Federation'],
    ['acronyms', 'CSTO-led, (CSTO), CSTOs, CSTO2, csto'],
    ['empty and spaces', ''],
    ['only spaces', '   \n\t '],
    ['astral', '𝐀 Putin 𝐁Putin Putin𝐂'],
    ['Cyrillic', 'Токаев и Тоқаев, Назарбаев; Казахстан-Россия'],
    ['names at the ends', 'Putin'],
  ])('%s', (_, text) => {
    same(all, [text]);
    same(registry, [text]);
  });

  it('in seeded random texts built from registry spellings', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const spellings = registry.flatMap((e) => [e.name, ...e.spellings]);
    const cases = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase()];
    const separators = [' ', '  ', '-', '\u00a0', ' - ', '\n'];
    const around = ['', '', '(', ')', ',', '.', '’s', '"', 'x', '2', '-'];
    const filler = ['and', 'the', 'said', 'of', 'Kazakh', 'Moscow', 'Russian', 'in'];
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 12 }, () => {
        const word = random() < 0.6 ? pick(cases)(pick(spellings)).replace(/[-\s]+/g, () => pick(separators)) : pick(filler);
        return `${pick(around)}${word}${pick(around)}`;
      }).join(pick([' ', ', ', ' — '])),
    );
    same(registry, texts);
  });
});
