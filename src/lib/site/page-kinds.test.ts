import { describe, expect, it } from 'vitest';
import { kindOf, outOfSitemap, PAGE_KINDS, type PageKind, searchedFolders, taggedTypes, untaggedType } from './page-kinds.ts';

const letters: PageKind = {
  collection: 'letters',
  folder: 'letters',
  searchType: 'Letter',
  tagged: true,
  searched: true,
  inSitemap: false,
  downloads: [],
};
const withLetters = [...PAGE_KINDS, letters];

describe('the page kinds', () => {
  it('search the article, actor, place and event pages, and tag all but the articles', () => {
    expect(searchedFolders()).toEqual(['articles', 'actors', 'places', 'events']);
    expect(taggedTypes()).toEqual(['Actor', 'Place', 'Event']);
    expect(untaggedType()).toBe('Article');
  });
  it.each([
    ['searchedFolders', () => searchedFolders(withLetters), 'letters'],
    ['taggedTypes', () => taggedTypes(withLetters), 'Letter'],
  ])('%s follows a new row', (_, list, added) => {
    expect(list()).toContain(added);
  });
  it('has one untagged searched kind, whose results are those without a tag', () => {
    expect(() => untaggedType([...PAGE_KINDS, { ...letters, tagged: false }])).toThrow(/Exactly one .* untagged; found 2/);
  });
  it('finds a kind by its collection, and names the table for one it lacks', () => {
    expect(kindOf('events').folder).toBe('events');
    expect(() => kindOf('outlets')).toThrow(/No page kind for the collection "outlets" \(src\/lib\/site\/page-kinds.ts\)/);
  });
  it.each([
    ['/letters/x/', true],
    ['/actors/x/', false],
    ['/about/', false],
  ])('leaves %s out of the sitemap: %s', (path, out) => {
    expect(outOfSitemap(path, withLetters)).toBe(out);
  });
});
