/**
 * No page requests anything from another host, on every built page of every language: every address
 * a page's HTML and stylesheets make a browser load by itself (src/lib/testing/resources.ts). The
 * browser spec (tests/e2e/site.spec.ts) watches the requests a page really makes, scripts included,
 * on a sample of each kind; an entry's own text (an image or a frame in an article's body) can add a
 * request to one page only, and is found here.
 *
 * Run over dist/ only: the base path changes no host.
 */
import { describe, expect, it } from 'vitest';
import { cssUrls, foreign, loadedUrls } from '../../src/lib/testing/resources.ts';
import { files, read, settings } from './site-files.ts';

const origin = new URL(settings.site).origin;
const built = files();
const html = built.filter((f) => f.endsWith('.html'));
const css = built.filter((f) => f.endsWith('.css'));

describe('requests to other hosts', () => {
  it('finds the pages and the stylesheets', () => {
    expect(html.length).toBeGreaterThan(5);
    expect(css.length).toBeGreaterThan(0);
  });

  it.each(html)('%s loads nothing from another host', (file) => expect(foreign(loadedUrls(read(file)), origin)).toEqual([]));

  it.each(css)('%s loads nothing from another host', (file) => expect(foreign(cssUrls(read(file)), origin)).toEqual([]));
});
