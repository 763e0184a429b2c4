/**
 * Built pages in real Chromium: each loads without console errors, makes no request to another host,
 * has no axe violations, no broken internal link as its scripts leave the page (fragments included),
 * and fits a 360 px phone. Article pages also stay within their byte budget.
 *
 * What needs no browser is checked over every built page of every language in Node, reading dist/
 * once: html-validate (tests/build/html.build.ts), every href and src of every page's HTML
 * (site.build.ts), the article pages' weight (weight.build.ts); and the Nu checker
 * (`npm run check:html`) over all of dist/.
 *
 * Which pages the browser opens (src/lib/testing/page-sample.ts): of each language's pages (English at
 * the unprefixed addresses, /ru/, /kk/), the largest and the smallest of each kind. Pages of one kind
 * share their components, their scripts and the shape of their markup, and the largest and smallest
 * carry the kind's longest and shortest entry; what an entry's own text can add to one page of a kind
 * is checked on every page without a browser: html-validate's accessibility rules, every link, and
 * every resource a page would load from another host (tests/build/requests.build.ts). The sample is
 * computed from the built pages and the content's ids, so a new kind of page is opened without a list
 * to update.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../../src/lib/i18n/langs.ts';
import { readTree } from '../../src/lib/testing/content.ts';
import { browserSample, languageOf, pageKind } from '../../src/lib/testing/page-sample.ts';
import { base, brokenReason, distDir, files, pagePath, read, settings } from '../build/site-files.ts';
import { AXE_NAMED } from './axe-named.ts';

/** The HTML a page path is built from. */
const htmlOf = (path: string) => read(path.endsWith('/') ? `${path}index.html` : path);
const isRedirect = (path: string) => htmlOf(path).includes('http-equiv="refresh"');
const allPages = files()
  .filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'))
  .map(pagePath);
/** Pages a reader reads; redirect stubs for moved pages are checked apart. */
const pages = allPages.filter((p) => !isRedirect(p));
const redirects = allPages.filter(isRedirect);
/** The ids of the content's entries, which make a page's path into its kind. */
const tree = readTree(settings.contentRoot);
const ids = new Set(
  [tree.articles.map((a) => a.data.slug), [tree.actors, tree.places, tree.outlets, tree.events].flat().map((e) => e.id)].flat(),
);
const sampled = browserSample(
  pages.map((path) => ({ path, bytes: Buffer.byteLength(htmlOf(path)) })),
  LANGS,
  ids,
);
// Opened whatever their size: the pages other specs leave to this pass for axe (tests/e2e/axe-named.ts).
const opened = [...sampled, ...AXE_NAMED.filter((path) => !sampled.includes(path))];

/** Opens a page and records console errors, page errors and requests to any other host. */
async function open(page: Page, path: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['localhost', '127.0.0.1'].includes(host) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const response = await page.goto(path.replace(/^\//, ''), { waitUntil: 'load' });
  return { response, errors, foreign };
}

test.describe('every page the browser opens', () => {
  for (const path of opened) {
    test(`${path}`, async ({ page }) => {
      const { response, errors, foreign } = await open(page, path);
      expect(response?.status(), 'HTTP status').toBe(200);
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);

      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
        'axe violations',
      ).toEqual([]);

      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const broken = links.map((l) => [l, brokenReason(path, l)] as const).filter(([, why]) => why !== undefined);
      expect(broken, 'broken internal links').toEqual([]);

      await page.setViewportSize({ width: 360, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
    });
  }
});

test.describe('moved pages', () => {
  for (const path of redirects) {
    test(`${path} forwards to a page that exists`, async ({ page }) => {
      await page.goto(path.replace(/^\//, ''));
      await page.waitForURL((url) => !url.pathname.endsWith(path));
      expect(new URL(page.url()).pathname.startsWith(base), 'stays under the base path').toBe(true);
      await expect(page.locator('h1')).toBeVisible();
    });
  }
});

const articlePages = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p));

test.describe('article page budget', () => {
  for (const path of articlePages) {
    test(`${path} stays within its budget`, async ({ page }) => {
      const js: Buffer[] = [];
      const css: Buffer[] = [];
      page.on('response', async (r) => {
        const type = r.request().resourceType();
        if (type === 'script') js.push(await r.body());
        if (type === 'stylesheet') css.push(await r.body());
      });
      await open(page, path);
      await page.waitForLoadState('networkidle');
      const html = htmlOf(path);
      const inlineJs = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1] ?? '')
        .filter((s) => s.trim() && !s.trimStart().startsWith('{'))
        .join('\n');
      const gz = (bufs: Buffer[]) => {
        const all = Buffer.concat(bufs);
        return all.length === 0 ? 0 : gzipSync(all).length;
      };
      const budget = { html: gz([Buffer.from(html)]), css: gz(css), js: gz([...js, Buffer.from(inlineJs)]) };
      test.info().annotations.push({ type: 'budget', description: JSON.stringify(budget) });
      // The HTML budget is the one tests/build/weight.build.ts holds for the page as served: the names search
      // needs travel to the index beside the page (src/lib/search/extras.ts), not inside it.
      expect(budget.html, 'HTML gzipped').toBeLessThanOrEqual(10.25 * 1024);
      expect(budget.css, 'CSS gzipped').toBeLessThanOrEqual(12 * 1024);
      expect(budget.js, 'JavaScript before a search, gzipped').toBeLessThanOrEqual(2 * 1024);
    });
  }
});

test.describe('reading conditions', () => {
  const samples = ['/', articlePages[0] ?? '/', '/about/', '/timeline/', '/actors/kassym-jomart-tokayev/', '/search/?q=Tokayev'];
  for (const path of samples) {
    test(`${path} at 360 px and 1280 px, light and dark`, async ({ page }) => {
      const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/[^\w-]+/g, '_');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await open(page, path);
          await page.screenshot({ path: `test-results/screenshots/${name}-${width}-${scheme}.png`, fullPage: true });
        }
        const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        expect(axe.violations, `contrast in ${scheme} mode`).toEqual([]);
      }
    });
  }

  test('print hides the site furniture and keeps the text', async ({ page }) => {
    const path = articlePages[0] ?? '/';
    await open(page, path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.source-text .para').first()).toBeVisible();
    await page.pdf({ path: 'test-results/screenshots/article-print.pdf' });
  });

  test('reading works with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('');
    const first = page.locator('.article-list a').first();
    await first.click();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.source-text .para')).not.toHaveCount(0);
    await page.goto(page.url() + '#p2');
    await expect(page.locator('#p2')).toBeVisible();
    await context.close();
  });
});

test('the built pages are where the tests look', () => {
  expect(distDir).toMatch(/dist$/);
  expect(pages.length).toBeGreaterThan(5);
  // Every kind of page of every language is opened.
  const kindOf = (p: string) => `${languageOf(p, LANGS) ?? ''} ${pageKind(p, LANGS, ids)}`;
  expect(new Set(opened.map(kindOf))).toEqual(new Set(pages.map(kindOf)));
  expect(base.endsWith('/')).toBe(true);
  // The pages named for axe are built pages, so each is opened above.
  expect(pages).toEqual(expect.arrayContaining([...AXE_NAMED]));
});
