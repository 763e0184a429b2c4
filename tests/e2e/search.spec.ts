/**
 * Search in real Chromium against the built site: spelling variants, shareable URLs, facets,
 * deep links with highlighting, keyboard use, a hostile query, no-script fallback, axe, and the
 * article page's JavaScript budget before a search.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Slugs of the results now listed on the search page, in order. */
async function resultSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results .search-result h2 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => h.replace(/\/$/, '').split('/').at(-1) ?? '');
}

async function search(page: Page, q: string): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#search-status')).toContainText(/result/);
  return resultSlugs(page);
}

// Pairs of spellings from content/actors and content/places; the articles use one or the other.
const variants: Array<[string, string, string]> = [
  // [query, an article that writes only another spelling, the spelling it writes]
  ['Lukasenko', 'moscow-warning-post-soviet-states-about-belarus', 'Lukashenka'],
  ['Lukashenka', 'kazakhs-fear-becoming-imperial-target-of-moscow', 'Lukash?enko'],
  ['Alma-Ata', 'kazakhstan-terrorists-to-be-shot-on-sight', 'Almaty'],
  ['Nur-Sultan', 'kazakhs-fear-becoming-imperial-target-of-moscow', 'Astana'],
  ['Kiev', 'kazakhstan-terrorists-to-be-shot-on-sight', 'Kyiv'],
  ['Tokaev', 'kazakhstan-terrorists-to-be-shot-on-sight', 'Tokayev'],
  ['Delyagin', 'kazakhs-fear-becoming-imperial-target-of-moscow', 'Deljagin'],
];

test.describe('spelling variants', () => {
  for (const [query, slug, written] of variants) {
    test(`“${query}” finds the article that writes “${written}”`, async ({ page }) => {
      const slugs = await search(page, query);
      expect(slugs).toContain(slug);
      const item = page.locator('.search-result', { has: page.locator(`a[href*="/articles/${slug}/"]`) });
      // The excerpt shows the text's own spelling, marked, never the hidden name list.
      await expect(
        item
          .locator('.search-excerpt mark')
          .filter({ hasText: new RegExp(`^${written}`, 'i') })
          .first(),
      ).toBeVisible();
      await expect(item.locator('.search-excerpts')).not.toContainText(query);
      await expect(item.locator('a').first()).toHaveAttribute('href', /#(p\d+|standfirst)$/);
    });
  }

  test('Delyagin and Deljagin reach the same article, and only it, then his actor page', async ({ page }) => {
    // The one article first, then pages about him (his actor page; an event page names him too).
    for (const q of ['Deljagin', 'Delyagin']) {
      const slugs = await search(page, q);
      expect(slugs[0]).toBe('kazakhs-fear-becoming-imperial-target-of-moscow');
      expect(slugs.filter((s) => !['mikhail-delyagin', '2022-03-27-delyagin-on-azerbaijan'].includes(s))).toEqual([
        'kazakhs-fear-becoming-imperial-target-of-moscow',
      ]);
      expect(slugs).toContain('mikhail-delyagin');
    }
  });
});

test('a shared link reproduces the query, filters, order and results', async ({ page, context }) => {
  await page.goto('search/');
  await page.locator('#search-q').fill('Russia');
  await expect(page.locator('#search-status')).toContainText('for “Russia”');
  // Counted by the status line: the list shows the first ten of them.
  const total = async () => Number(/^(\d+) result/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
  const all = await total();
  await page.locator('#search-facets input[name="year"]').first().check();
  await page.locator('#search-sort').selectOption('oldest');
  await expect(page.locator('#search-status')).toContainText('oldest first');
  await expect(page).toHaveURL(/[?&]year=\d{4}/);
  const filtered = await resultSlugs(page);
  expect(filtered.length).toBeGreaterThan(0);
  expect(await total()).toBeLessThan(all);

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.locator('#search-status')).toContainText('oldest first');
  await expect(shared.locator('#search-q')).toHaveValue('Russia');
  await expect(shared.locator('#search-sort')).toHaveValue('oldest');
  await expect(shared.locator('#search-facets input[name="year"]:checked')).toHaveCount(1);
  expect(await resultSlugs(shared)).toEqual(filtered);
});

test('facets narrow the results and show counts that match them', async ({ page }) => {
  await search(page, 'Kazakhstan');
  const outlet = page.locator('#search-facets input[name="outlet"]').first();
  const label = await outlet.locator('xpath=..').innerText();
  const count = Number(/\((\d+)\)/.exec(label)?.[1]);
  await outlet.check();
  await expect(page).toHaveURL(/[?&]outlet=/);
  await expect(page.locator('#search-results > li')).toHaveCount(count);
  const name = label.replace(/\s*\(\d+\)\s*$/, '').trim();
  for (const meta of await page.locator('#search-results .search-result > .meta').first().allInnerTexts()) expect(meta).toContain(name);
});

test('facets are counted from the facet table, without Pagefind’s filter files, and each count is the results its value leaves', async ({
  page,
}) => {
  const filterFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('.pf_filter')) filterFiles.push(r.url());
  });
  await search(page, 'Kazakhstan');
  await expect(page.locator('#search-facets')).not.toHaveAttribute('aria-busy', 'true');
  const actors = page.locator('#search-facets input[name="actor"]');
  await expect(actors.first()).toBeVisible();
  expect(filterFiles).toEqual([]);
  // Actors are "all of" (choosing two narrows); counted again after each choice.
  for (const i of [0, 1]) {
    const box = actors.nth(i);
    const value = (await box.getAttribute('value')) ?? '';
    const count = Number(/\((\d+)\)/.exec(await box.locator('xpath=..').innerText())?.[1]);
    await box.check();
    // Anchored: "15 results" contains "5 result", so a bare substring could match the count before the choice.
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${count} results? `));
    await expect(page.locator('#search-facets')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator(`#search-facets input[name="actor"][value="${value}"]`)).toBeChecked();
  }
});

test('articles come first; the type facet counts them although only other pages carry a type tag', async ({ page }) => {
  await search(page, 'Tokayev');
  const kindsShown = () =>
    page
      .locator('#search-results .search-result > .meta')
      .evaluateAll((ps) => ps.map((p) => /^\s*(Actor|Place|Event)(?: ·|\s*$)/.exec(p.textContent ?? '')?.[1] ?? 'Article'));
  // Once the list is complete: every article before the first page of another kind.
  await expect
    .poll(async () => {
      const kinds = await kindsShown();
      const firstPage = kinds.findIndex((k) => k !== 'Article');
      return firstPage > 0 && !kinds.slice(firstPage).includes('Article');
    })
    .toBe(true);
  const total = Number(/^(\d+) result/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
  const count = async (value: string) => {
    const label = await page.locator(`#search-facets input[name="type"][value="${value}"]`).locator('xpath=..').innerText();
    return Number(/\((\d+)\)/.exec(label)?.[1]);
  };
  const articles = await count('Article');
  const others = (await count('Actor')) + (await count('Event'));
  expect(articles).toBeGreaterThan(0);
  expect(articles + others).toBe(total);
  await page.locator('#search-facets input[name="type"][value="Article"]').check();
  await expect(page).toHaveURL(/[?&]type=Article/);
  // Anchored, as above: the total before the choice may end in the articles' count (15 and 5).
  await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${articles} results? `));
  for (const meta of await page.locator('#search-results .search-result > .meta').allInnerTexts())
    expect(meta).not.toMatch(/^(Actor|Place|Event)\b/);
});

// A date order as one chronology of every result: tests/e2e/chronology.spec.ts.

test('a file of the index that does not load is reported, and the next search tries it again', async ({ page }) => {
  let blocked = true;
  await page.route('**/pagefind/date-order.txt', (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('search/?q=Tokayev&sort=oldest');
  await expect(page.locator('#search-status')).toContainText('The search could not run');
  blocked = false;
  await page.locator('#search-sort').selectOption('newest');
  await expect(page.locator('#search-status')).toContainText('newest first');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('a facet table that does not load is reported beside the filters, and the next search counts again', async ({ page }) => {
  let blocked = true;
  await page.route('**/pagefind/facets.txt', (route) => (blocked ? route.abort() : route.continue()));
  await search(page, 'Tokayev');
  await expect(page.locator('#search-facets')).toContainText('The filters could not be counted');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  blocked = false;
  await page.locator('#search-q').fill('Kazakhstan');
  await expect(page.locator('#search-facets input[name="outlet"]').first()).toBeVisible();
  await expect(page.locator('#search-facets')).not.toContainText('could not be counted');
});

test('a result opens the article at the matching paragraph with the words highlighted', async ({ page }) => {
  await search(page, 'Lukasenko');
  const link = page.locator('.search-result a[href*="moscow-warning-post-soviet-states-about-belarus"]').first();
  const href = await link.getAttribute('href');
  const anchor = /#(p\d+)$/.exec(href ?? '')?.[1];
  expect(anchor).toBeDefined();
  expect(href).toMatch(/highlight=Lukashenka/);
  await link.click();
  const mark = page.locator(`#${anchor} mark.search-hit`, { hasText: 'Lukashenka' }).first();
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  // The marks reach the reader who followed the link; the address they pass on has no highlight.
  await expect(page).not.toHaveURL(/highlight/);
  expect(page.url()).toMatch(new RegExp(`#${anchor}$`));
});

test('keyboard: / focuses the header field, live results load on demand and are reachable by Tab', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('articles/russia-has-no-allies-bezpalko-says/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('Kiev');
  await expect(page.locator('#site-search-panel [role="status"]')).toContainText('for “Kiev”');
  expect(pagefindRequests.length).toBeGreaterThan(0);
  // Articles first without the type filter's file: a result's id says whether it is an article (src/lib/search/result-ids.ts).
  expect(pagefindRequests.filter((u) => u.includes('.pf_filter'))).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#site-search-panel a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-search-panel')).toBeHidden();
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=Kiev/);
  await expect(page.locator('#search-status')).toContainText('for “Kiev”');
});

test('a hostile query is shown as text and never runs', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  const q = '<img src=x onerror=alert(1)>';
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#search-status')).toContainText(`for “${q}”`);
  await expect(page.locator('#search-q')).toHaveValue(q);
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto(`articles/russia-has-no-allies-bezpalko-says/?highlight=${encodeURIComponent(q)}&highlight=Russia`);
  await expect(page.locator('mark.search-hit').first()).toHaveText('Russia');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('a malformed fragment after a search link still highlights, with no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('articles/russia-has-no-allies-bezpalko-says/?highlight=Russia#%E0%A4%A');
  await expect(page.locator('mark.search-hit').first()).toHaveText('Russia');
  expect(errors).toEqual([]);
});

test('results are announced and the page is axe clean', async ({ page }) => {
  await search(page, 'Lukashenko');
  await expect(page.locator('#search-status')).toHaveAttribute('role', 'status');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and links to the browse pages', async ({ page }) => {
    await page.goto('search/?q=Tokayev');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('#search-nojs a[href$="/browse/"]')).toBeVisible();
    await expect(page.locator('#search-app')).toBeHidden();
  });
});

test('an article page carries under 2 KB of JavaScript before a search', async ({ page }) => {
  let external = 0;
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') external += (await r.body()).length;
  });
  await page.goto('articles/kazakhstan-terrorists-to-be-shot-on-sight/');
  await page.waitForLoadState('networkidle');
  // JSON-LD is data for machines, not JavaScript; every other inline script counts.
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((ss) => ss.reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0));
  expect(inline + external).toBeLessThan(2048);
});
