/**
 * The archive as three sites: every page of a kind listed in src/lib/i18n/page-languages.ts is built in
 * English, Russian and Kazakh, each with its `<html lang>`, its `hreflang` alternates (every language and
 * `x-default`, all built), a language switcher whose links exist, and a place in the sitemap with the same
 * alternates; each prefixed language has its own 404 page where nginx looks for it. Skipped over an
 * English-only build (ARCHIVE_LANGUAGES=en), which tests/build/english-only.build.ts checks.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BUILT_LANGS } from '../../src/data/built-languages.ts';
import { languagesOf } from '../../src/lib/i18n/page-languages.ts';
import { localized, unlocalized } from '../../src/lib/i18n/paths.ts';
import { base, brokenReason, files, pagePath, read } from './site-files.ts';

const englishOnly = BUILT_LANGS.length === 1;
const site = 'http://localhost:4321';
const abs = (path: string) => `${site}${base.replace(/\/$/, '')}${path}`;
const pages = files()
  .filter((f) => f.endsWith('.html') && !/^\/(?:ru\/|kk\/)?404/.test(f) && !read(f).includes('http-equiv="refresh"'))
  .map(pagePath);
const english = pages.filter((p) => unlocalized(p).lang === 'en');
const multilingual = english.filter((p) => languagesOf(p).length === 3);

describe.skipIf(englishOnly)('the language copies', () => {
  it('exist for every page of every kind built in all languages, and no others', () => {
    expect(multilingual).toContain('/');
    const expected = multilingual.flatMap((p) => [localized(p, 'ru'), localized(p, 'kk')]).sort();
    expect(pages.filter((p) => unlocalized(p).lang !== 'en').sort()).toEqual(expected);
  });
  it.each(multilingual.flatMap((p) => (['en', 'ru', 'kk'] as const).map((l) => [localized(p, l), l] as const)))(
    '%s is in %s, with alternates and a switcher that lead to built pages',
    (path, lang) => {
      const html = read(path.endsWith('/') ? `${path}index.html` : path);
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}"`, 'i'));
      const english = unlocalized(path).path;
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(alternates).toEqual([
        ['en', abs(english)],
        ['ru', abs(localized(english, 'ru'))],
        ['kk', abs(localized(english, 'kk'))],
        ['x-default', abs(english)],
      ]);
      expect(html).toContain(`<link rel="canonical" href="${abs(path)}">`);
      const switcher = /<nav class="lang-switcher"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
      const targets = [...switcher.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(targets).toEqual([english, localized(english, 'ru'), localized(english, 'kk')].map((p) => `${base.replace(/\/$/, '')}${p}`));
      for (const t of targets) expect(brokenReason(path, t)).toBeUndefined();
      expect(switcher).toMatch(new RegExp(`hreflang="${lang}" lang="${lang}" aria-current="page"`));
    },
  );
  it.each(pages.filter((p) => unlocalized(p).lang !== 'en').map((p) => [p, unlocalized(p).lang] as const))(
    '%s links to the %s copy of every page that has one (the switcher aside)',
    (path, lang) => {
      const html = read(`${path}index.html`).replace(/<nav class="lang-switcher"[\s\S]*?<\/nav>/, '');
      const prefix = base.replace(/\/$/, '');
      const english = [...html.matchAll(/href="([^"#?]+)/g)]
        .map((m) => m[1] ?? '')
        .filter((h) => h.startsWith(`${prefix}/`))
        .map((h) => h.slice(prefix.length))
        .filter((h) => unlocalized(h).lang === 'en' && languagesOf(h).includes(lang));
      expect(english).toEqual([]);
    },
  );
  it('keep the other kinds in English only, without alternates', () => {
    const single = english.find((p) => languagesOf(p).length === 1) ?? '';
    expect(single).not.toBe('');
    const html = read(`${single}index.html`);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).not.toContain('hreflang=');
  });
});

describe.skipIf(englishOnly)('the sitemap', () => {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(
    read('/sitemap.xml'),
  );
  const urls = parsed.urlset.url as { loc: string; 'xhtml:link'?: Record<string, string>[] }[];
  it('lists every language’s pages with their alternates', () => {
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    for (const p of multilingual)
      for (const lang of ['en', 'ru', 'kk'] as const) {
        const entry = byLoc.get(abs(localized(p, lang)));
        expect(entry, localized(p, lang)).toBeDefined();
        expect(entry?.['xhtml:link']?.map((l) => [l['@_hreflang'], l['@_href']])).toEqual([
          ['en', abs(p)],
          ['ru', abs(localized(p, 'ru'))],
          ['kk', abs(localized(p, 'kk'))],
          ['x-default', abs(p)],
        ]);
      }
  });
});

describe.skipIf(englishOnly)('the 404 page in each language', () => {
  it.each([
    ['/404.html', 'en', 'Page not found'],
    ['/ru/404.html', 'ru', 'Страница не найдена'],
    ['/kk/404.html', 'kk', 'Бет табылмады'],
  ])('%s is in its language, without alternates, its switcher leading home in each', (file, lang, heading) => {
    const html = read(file);
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
    expect(html).toContain(`<h1 data-astro-cid-`);
    expect(html).toContain(`>${heading}</h1>`);
    expect(html).not.toContain('hreflang="x-default"');
    const switcher = /<nav class="lang-switcher"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect([...switcher.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(
      ['/', '/ru/', '/kk/'].map((p) => `${base.replace(/\/$/, '')}${p}`),
    );
  });
  it('is served for a missing address under its prefix by the nginx rules', () => {
    const rules = read('/_nginx/rules.conf');
    for (const lang of ['ru', 'kk']) {
      expect(rules).toContain(`location ^~ ${base}${lang}/ {`);
      expect(rules).toContain(`    error_page 404 ${base}${lang}/404.html;`);
    }
  });
});

// Over the short-lists build (`npm run test:lists`), the copies checked above include the kinds the test
// content has no page of at the archive's sizes: these make sure they are there to check.
describe.runIf((process.env['ARCHIVE_LIST_SIZE'] ?? '') !== '' && !englishOnly)('the short-lists build', () => {
  it.each(['', '/ru', '/kk'])('has, under "%s/", second pages of every paginated list kind', (prefix) => {
    const second = (kind: RegExp) => pages.filter((p) => kind.test(p));
    for (const kind of [/^\/browse\/2\/$/, /^\/about\/removed\/2\/$/, /^\/actors\/[^/]+\/articles\/2\/$/, /^\/actors\/[^/]+\/events\/2\/$/])
      expect(second(new RegExp(`^${prefix}${kind.source.slice(1)}`)), `${prefix}${kind.source}`).not.toEqual([]);
    expect(
      pages.filter((p) => new RegExp(`^${prefix}/places/[^/]+/(articles|events)/$`).test(p)),
      `${prefix} places' full lists`,
    ).not.toEqual([]);
  });
});
