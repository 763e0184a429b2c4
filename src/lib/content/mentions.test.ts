import { describe, expect, test } from 'vitest';
import { compileMatcher, findMentions, foldText, indexMentions, isAcronym, parseRegistryKey, registryKey, type RegistryEntry } from './mentions.ts';

const tokayev: RegistryEntry = { id: 'tokayev', name: 'Kassym-Jomart Tokayev', spellings: ['Tokayev', 'Tokaev', 'Kasym-Žomart', 'Kassym-Jomart'] };
const lukashenko: RegistryEntry = { id: 'lukashenko', name: 'Alexander Lukashenko', spellings: ['Lukashenka', 'Alyaksandr Lukashenka', 'Lukashenko', 'Lukasenko'] };
const putin: RegistryEntry = { id: 'putin', name: 'Vladimir Putin', spellings: ['Putin'] };
const russia: RegistryEntry = { id: 'russia', name: 'Russia', spellings: ['Russian Federation', 'Moscow', 'the Kremlin'] };
const carnegie: RegistryEntry = { id: 'carnegie', name: 'Carnegie Moscow Center', spellings: [] };
const us: RegistryEntry = { id: 'us', name: 'United States', spellings: ['US', 'U.S.', 'America'] };
const csto: RegistryEntry = { id: 'csto', name: 'Collective Security Treaty Organization', spellings: ['CSTO'] };
const kyiv: RegistryEntry = { id: 'kyiv', name: 'Kyiv', spellings: ['Kiev'] };
const astana: RegistryEntry = { id: 'astana', name: 'Astana', spellings: ['Nur-Sultan'] };
const sanchez: RegistryEntry = { id: 'sanchez', name: 'Wilder Alejandro Sánchez', spellings: ['Sánchez'] };
const kazakhstan: RegistryEntry = { id: 'kazakhstan', name: 'Kazakhstan', spellings: ['Kazakh'] };
const all = [tokayev, lukashenko, putin, russia, carnegie, us, csto, kyiv, astana, sanchez, kazakhstan];

const ids = (text: string, entries = all) => findMentions(entries, text).map((m) => m.id);
const texts = (text: string, entries = all) => findMentions(entries, text).map((m) => m.text);

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
    expect(() => compileMatcher([russia, { id: 'moscow', name: 'Moscow', spellings: [] }])).toThrow(/"russia" and "moscow" both claim the spelling "Moscow"/);
  });
  test('accepts an entry repeating its own name among its spellings', () => {
    expect(() => compileMatcher([{ id: 'kyiv', name: 'Kyiv', spellings: ['Kyiv', 'kyiv'] }])).not.toThrow();
  });
  test('an empty registry finds nothing', () => {
    expect(compileMatcher([])('Putin')).toEqual([]);
  });
});

describe('indexMentions', () => {
  const matcher = compileMatcher(all);
  const articles = [
    { id: 'a', paragraphs: [{ n: 1, text: 'Tokayev asked Moscow.' }, { n: 2, text: 'Nothing.' }, { n: 3, text: 'Tokaev and Putin; Tokayev again.' }] },
    { id: 'b', paragraphs: [{ n: 1, text: 'Lukashenka and Putin.' }] },
    { id: 'c', paragraphs: [{ n: 1, text: 'Nobody here.' }] },
  ];
  const index = indexMentions(matcher, articles);
  test('lists the articles and paragraphs naming an entry, with the forms used', () => {
    expect(index.byEntry.get('tokayev')).toEqual([{ article: 'a', paragraphs: [1, 3], forms: ['Tokayev', 'Tokaev'], count: 3 }]);
    expect(index.byEntry.get('putin')?.map((m) => m.article)).toEqual(['a', 'b']);
    expect(index.byEntry.has('csto')).toBe(false);
  });
  test('lists the entries each article names', () => {
    expect([...(index.byArticle.get('a') ?? [])].sort()).toEqual(['putin', 'russia', 'tokayev']);
    expect(index.byArticle.get('c')?.size).toBe(0);
  });
  test('counts paragraphs shared with other entries, most first', () => {
    expect(index.beside.get('putin')).toEqual([
      { id: 'lukashenko', paragraphs: 1 },
      { id: 'tokayev', paragraphs: 1 },
    ]);
    expect(index.beside.get('tokayev')).toEqual([
      { id: 'putin', paragraphs: 1 },
      { id: 'russia', paragraphs: 1 },
    ]);
  });
  test('two mentions in one paragraph count that paragraph once', () => {
    const i = indexMentions(matcher, [{ id: 'x', paragraphs: [{ n: 1, text: 'Putin, Tokayev, Putin, Tokaev.' }] }]);
    expect(i.beside.get('putin')).toEqual([{ id: 'tokayev', paragraphs: 1 }]);
  });
});

describe('registry keys', () => {
  test('round-trip', () => {
    expect(parseRegistryKey(registryKey('places', 'kyiv'))).toEqual({ collection: 'places', id: 'kyiv' });
  });
  test('refuse a key without a collection', () => {
    expect(() => parseRegistryKey('kyiv')).toThrow(/not a registry key/);
  });
});

describe('the archive’s own texts and registries', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const { parseBody } = await import('./body.ts');
  const root = new URL('../../../content/', import.meta.url);
  const registry = (collection: 'actors' | 'places') =>
    readdirSync(new URL(collection, root)).map((file) => {
      const data = parse(readFileSync(new URL(`${collection}/${file}`, root), 'utf8')) as { name: string; spellings?: string[] };
      return { id: registryKey(collection, file.replace(/\.yaml$/, '')), name: data.name, spellings: data.spellings ?? [] };
    });
  const articles = readdirSync(new URL('articles', root)).map((file) => {
    const source = readFileSync(new URL(`articles/${file}`, root), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    return { id: file.replace(/\.mdx$/, ''), paragraphs: parseBody(source).paragraphs };
  });
  const index = indexMentions(compileMatcher([...registry('actors'), ...registry('places')]), articles);
  const named = (key: string) => (index.byEntry.get(key) ?? []).map((m) => m.article).sort();

  test('three articles name Tokayev, under four spellings between them', () => {
    expect(named('actors/kassym-jomart-tokayev')).toEqual([
      'is-kazakhstan-moving-away-from-russia',
      'kazakhs-fear-becoming-imperial-target-of-moscow',
      'kazakhstan-terrorists-to-be-shot-on-sight',
    ]);
    const forms = new Set(index.byEntry.get('actors/kassym-jomart-tokayev')?.flatMap((m) => m.forms));
    expect(forms).toEqual(new Set(['Kassym-Jomart Tokayev', 'Tokayev', 'Kasym-Žomart', 'Tokaev']));
  });
  test('two articles name Lukashenko', () => {
    expect(named('actors/alexander-lukashenko')).toEqual(['kazakhs-fear-becoming-imperial-target-of-moscow', 'moscow-warning-post-soviet-states-about-belarus']);
  });
  test('Alma-Ata, Lugansk and pro-Kiev are found as places', () => {
    expect(named('places/almaty')).toContain('is-kazakhstan-moving-away-from-russia');
    expect(named('places/luhansk')).toEqual(['is-kazakhstan-moving-away-from-russia']);
    expect(index.byEntry.get('places/kyiv')?.find((m) => m.article === 'is-kazakhstan-moving-away-from-russia')?.paragraphs).toEqual([4]);
  });
});
