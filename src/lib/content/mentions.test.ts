import { describe, expect, test } from 'vitest';
import { type IndexableArticle, indexMentions, matchParagraphs, parseRegistryKey, registryKey } from './mentions.ts';
import type { Matcher } from './matching.ts';
import { compileMatcher } from './registry.ts';
import { all } from '../testing/registry-entries.ts';

/** Articles of numbered paragraphs, with the names the matcher finds in each, as the build's views hold them. */
const matched = (
  matcher: Matcher,
  articles: ReadonlyArray<{ id: string; paragraphs: ReadonlyArray<{ n: number; text: string }> }>,
): IndexableArticle[] => articles.map((a) => ({ id: a.id, paragraphs: matchParagraphs(matcher, a.paragraphs) }));

describe('indexMentions', () => {
  const matcher = compileMatcher(all);
  const articles = [
    {
      id: 'a',
      paragraphs: [
        { n: 1, text: 'Tokayev asked Moscow.' },
        { n: 2, text: 'Nothing.' },
        { n: 3, text: 'Tokaev and Putin; Tokayev again.' },
      ],
    },
    { id: 'b', paragraphs: [{ n: 1, text: 'Lukashenka and Putin.' }] },
    { id: 'c', paragraphs: [{ n: 1, text: 'Nobody here.' }] },
  ];
  const index = indexMentions(matched(matcher, articles));
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
    const i = indexMentions(matched(matcher, [{ id: 'x', paragraphs: [{ n: 1, text: 'Putin, Tokayev, Putin, Tokaev.' }] }]));
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
  const index = indexMentions(matched(compileMatcher([...registry('actors'), ...registry('places')]), articles));
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
    expect(named('actors/alexander-lukashenko')).toEqual([
      'kazakhs-fear-becoming-imperial-target-of-moscow',
      'moscow-warning-post-soviet-states-about-belarus',
    ]);
  });
  test('Alma-Ata, Lugansk and pro-Kiev are found as places', () => {
    expect(named('places/almaty')).toContain('is-kazakhstan-moving-away-from-russia');
    expect(named('places/luhansk')).toEqual(['is-kazakhstan-moving-away-from-russia']);
    expect(index.byEntry.get('places/kyiv')?.find((m) => m.article === 'is-kazakhstan-moving-away-from-russia')?.paragraphs).toEqual([4]);
  });
});
