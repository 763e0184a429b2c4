import { describe, expect, it } from 'vitest';
import { languagesOf, linkIn } from './page-languages.ts';
import { alternates, localized, unlocalized } from './paths.ts';
import { isNotFoundPage, languageSitemapXml } from './sitemap.ts';

describe('localized and unlocalized', () => {
  it.each([
    ['/', 'en', '/'],
    ['/', 'ru', '/ru/'],
    ['/timeline/2022/', 'kk', '/kk/timeline/2022/'],
    ['/articles/x/#p4', 'ru', '/ru/articles/x/#p4'],
  ] as const)('%s in %s is %s, and back', (path, lang, out) => {
    expect(localized(path, lang)).toBe(out);
    expect(unlocalized(out)).toEqual({ lang, path });
  });
  it('takes a prefix that is no interface language for an English path', () => {
    expect(unlocalized('/de/timeline/')).toEqual({ lang: 'en', path: '/de/timeline/' });
    expect(unlocalized('/en/')).toEqual({ lang: 'en', path: '/en/' });
    expect(unlocalized('/russia/')).toEqual({ lang: 'en', path: '/russia/' });
  });
  it('refuses a relative path', () => {
    expect(() => localized('timeline/', 'ru')).toThrow('starts with "/"');
  });
});

describe('alternates', () => {
  it('lists each language and x-default (the English) for a page in several, none for a page in one', () => {
    expect(alternates('/ru/browse/', ['en', 'ru', 'kk'])).toEqual([
      { hreflang: 'en', path: '/browse/' },
      { hreflang: 'ru', path: '/ru/browse/' },
      { hreflang: 'kk', path: '/kk/browse/' },
      { hreflang: 'x-default', path: '/browse/' },
    ]);
    expect(alternates('/data/', ['en'])).toEqual([]);
  });
});

describe('the kinds of page in every language', () => {
  it('say which pages have copies and where a link from a language page leads', () => {
    const kinds = [{ kind: 'home', matches: (p: string) => p === '/' }];
    expect(languagesOf('/', kinds)).toEqual(['en', 'ru', 'kk']);
    expect(languagesOf('/kk/', kinds)).toEqual(['en', 'ru', 'kk']);
    expect(languagesOf('/data/', kinds)).toEqual(['en']);
    expect(linkIn('/', 'ru', kinds)).toBe('/ru/');
    expect(linkIn('/data/', 'ru', kinds)).toBe('/data/');
    expect(linkIn('/data/', 'en', kinds)).toBe('/data/');
  });
});

describe('the sitemap with alternates', () => {
  it('leaves out every language’s 404 page', () => {
    expect(['/404/', '/ru/404/', '/kk/404/', '/404.html'].map(isNotFoundPage)).toEqual([true, true, true, true]);
    expect(isNotFoundPage('/articles/404-x/')).toBe(false);
  });
  it('pairs each page with its copies, and lists a page in one language alone', () => {
    // An article's collected copy is in English alone (src/lib/i18n/page-languages.ts).
    const xml = languageSitemapXml(['/ru/', '/', '/articles/x/source/'], (p) => `https://a.example${p}`);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      '<loc>https://a.example/ru/</loc>\n    <xhtml:link rel="alternate" hreflang="en" href="https://a.example/"/>\n' +
        '    <xhtml:link rel="alternate" hreflang="ru" href="https://a.example/ru/"/>',
    );
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://a.example/"/>');
    expect(xml).toContain('<url>\n    <loc>https://a.example/articles/x/source/</loc>\n  </url>');
    expect(xml.indexOf('/articles/x/source/</loc>')).toBeLessThan(xml.indexOf('/ru/</loc>'));
  });
});
