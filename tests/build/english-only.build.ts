/**
 * A build of English alone (ARCHIVE_LANGUAGES=en, src/data/built-languages.ts), checked by `npm run test:english`
 * (dist-en/): no page under /ru/ or /kk/, no page offering them (no `hreflang`
 * alternates, no language switcher), a sitemap of English pages without alternates, no server rules or
 * search words for the languages not built. Over the usual three-language build these cases are skipped and
 * tests/build/languages.build.ts runs instead.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_LANGS } from '../../src/data/built-languages.ts';
import { files, read } from './site-files.ts';

const englishOnly = BUILT_LANGS.length === 1;
const all = englishOnly ? files() : [];
const html = all.filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'));

describe.runIf(englishOnly)('an English-only build (ARCHIVE_LANGUAGES=en)', () => {
  it('has no page, 404 page or search words in another language', () => {
    expect(html.length).toBeGreaterThan(10);
    expect(all.filter((f) => /^\/(?:ru|kk)\//.test(f))).toEqual([]);
    expect(all.filter((f) => f.startsWith('/search/words/'))).toEqual(['/search/words/en.json', '/search/words/en.json.gz']);
    // Astro writes its redirect pages (/articles/) with a line break after the doctype.
    expect(html.filter((f) => !/^<!DOCTYPE html>\s*<html lang="en"/i.test(read(f)))).toEqual([]);
  });
  it('offers no other language on any page: no hreflang alternates, no language switcher', () => {
    expect(html.filter((f) => read(f).includes('hreflang='))).toEqual([]);
    expect(html.filter((f) => read(f).includes('class="lang-switcher"'))).toEqual([]);
  });
  it('lists only English pages in the sitemap, without alternates', () => {
    const sitemap = read('/sitemap.xml');
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toMatch(/<loc>[^<]*\/(?:ru|kk)\//);
    expect(sitemap).not.toContain('xhtml:link');
  });
  it('gives the server no 404 page for a language not built', () => {
    expect(read('/_nginx/rules.conf')).not.toMatch(/\/(?:ru|kk)\//);
  });
});
