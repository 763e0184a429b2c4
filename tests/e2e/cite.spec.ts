/**
 * Paragraph links and "Cite this" in a real browser: every ¶ link on every article lands on its
 * paragraph, clicking one copies the paragraph's full address, and the citation downloads are
 * served. URLs are relative to the configured base, so the same tests run at the root and under
 * ARCHIVE_BASE.
 */
import { expect, test } from '@playwright/test';
import { files, pagePath } from '../build/site-files.ts';

const articles = files()
  .map(pagePath)
  .filter((p) => /^\/articles\/[^/]+\/$/.test(p))
  .map((p) => p.slice(1));

test('the build has articles to check', () => {
  expect(articles.length).toBeGreaterThan(0);
});

for (const path of articles) {
  test(`every paragraph link on ${path} resolves`, async ({ page }) => {
    await page.goto(path);
    const links = page.locator('.source-text a.plink');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [i, href] of hrefs.entries()) {
      expect(href).toBe(`#p${i + 1}`);
      await expect(page.locator(href)).toHaveCount(1);
      await expect(page.locator(href)).toHaveClass(/para/);
    }
    // Followed as a link (by address), each anchor brings its paragraph into view.
    const last = hrefs.at(-1) ?? '#p1';
    await page.goto(`${path}${last}`);
    await expect(page.locator(last)).toBeInViewport();
  });
}

test('a ¶ link shows on keyboard focus and its menu copies the paragraph address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = articles[0] ?? '';
  await page.goto(path);
  const link = page.locator('#p2 a.plink');
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  await link.click();
  // Found by place, not by name: the name says "Copied" for a moment.
  const copy = page.locator('.ptools button').first();
  await expect(copy).toHaveText('Copy link to ¶2');
  await expect(copy).toBeFocused();
  await copy.click();
  const expected = new URL(`${path}#p2`, baseURL).href;
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(copy).toHaveText('Copied');
  await expect(page.locator('#page-tools')).toContainText('copied');
  expect(page.url()).toBe(expected);
});

test('"Cite this" offers four styles (with APA’s and MLA’s in-text forms, and ГОСТ) and downloads that are served', async ({
  page,
  request,
}) => {
  const path = articles[0] ?? '';
  await page.goto(path);
  await page.locator('#cite summary').click();
  // Six in the page's HTML, and ГОСТ Р 7.0.100–2018 from the templates once the page's script runs.
  await expect(page.locator('#cite .citation')).toHaveCount(7);
  await expect(page.locator('#cite .citation[data-style="gost"]')).toContainText('Текст : электронный');
  for (const ext of ['bib', 'ris', 'json']) {
    const href = await page.locator(`#cite a[href$="cite.${ext}"]`).getAttribute('href');
    const response = await request.get(new URL(href ?? '', page.url()).href);
    expect(response.status(), ext).toBe(200);
    expect((await response.text()).length, ext).toBeGreaterThan(50);
  }
});
