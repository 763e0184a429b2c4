import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, sitemapXml } from './feeds.ts';

const info = {
  title: 'Archive & co',
  subtitle: 's',
  home: 'https://a.test/',
  self: 'https://a.test/feed.xml',
  updated: '2024-01-01T00:00:00Z',
};
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'url', 'author', 'link'].includes(name) });

describe('atomFeed', () => {
  it('states the rights when given, and only then', () => {
    const withRights = parser.parse(atomFeed({ ...info, rights: 'Quoted for research & review.' }, [])) as Record<string, any>;
    expect(withRights['feed'].rights).toBe('Quoted for research & review.');
    expect((parser.parse(atomFeed(info, [])) as Record<string, any>)['feed'].rights).toBeUndefined();
  });

  it('is well-formed, escapes text, and gives `published` only for an exact day', () => {
    const xml = atomFeed(info, [
      {
        title: 'A <b> & c',
        url: 'https://a.test/articles/a/',
        authors: [],
        outlet: 'Meduza',
        published: { date: '2022-01-07' },
        dateText: '7 January 2022',
        summary: 'S',
      },
      {
        title: 'B',
        url: 'https://a.test/articles/b/',
        authors: ['P G'],
        outlet: 'M',
        published: { from: '2022-06', to: '2022-07', approximate: true },
        dateText: 'June–July 2022, approximate',
        summary: 'S',
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const entries = parser.parse(xml).feed.entry;
    expect(entries[0].title).toBe('A <b> & c');
    expect(entries[0].published).toBe('2022-01-07T00:00:00Z');
    expect(entries[0].author[0].name).toBe('Meduza');
    expect(entries[1]).not.toHaveProperty('published');
    expect(entries[1].summary).toContain('June–July 2022, approximate');
  });
});

describe('sitemapXml', () => {
  it('lists every URL once, sorted', () => {
    const xml = sitemapXml(['https://a.test/b/', 'https://a.test/']);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc)).toEqual(['https://a.test/', 'https://a.test/b/']);
  });
});
