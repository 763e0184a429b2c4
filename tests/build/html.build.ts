/**
 * Every built HTML page of every language, read from dist/ once, through html-validate: the check
 * needs the page's file, not a browser, so it runs here over all of them and the browser spec
 * (tests/e2e/site.spec.ts) keeps what needs one. Broken internal links and fragments of every page are
 * site.build.ts's, the article pages' weight weight.build.ts's; the Nu checker (`npm run check:html`)
 * validates every file of dist/ as well.
 *
 * Run over dist/ only: `npm run test:base` builds the same markup under another base path.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { files, pagePath, read } from './site-files.ts';

/** Every page a reader reads: the HTML files outside Pagefind's folder, without the moved pages' forwarding pages. */
const pages = files()
  .filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'))
  .filter((f) => !read(f).includes('http-equiv="refresh"'));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta … /> and attributes unquoted-safe; these are style, not validity.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Long-form text legitimately uses typographic quotes and “ ” characters.
    'no-raw-characters': 'off',
    // Titles are the sources' own, verbatim; a search-engine length limit does not apply to an archive.
    'long-title': 'off',
  },
});

describe('html-validate', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(5));

  it.each(pages.map((f) => [pagePath(f), f] as const))('%s', async (path, file) => {
    const report = await validator.validateString(read(file), path);
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)),
      'html-validate',
    ).toEqual([]);
  });
});
