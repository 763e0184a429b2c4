/**
 * The timeline: every dossier event in date order, each linked to article paragraphs that exist;
 * imprecise dates shown as imprecise; the overview drawing labelled for screen readers; per-year pages.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { brokenReason } from '../build/site-files.ts';

const eventIds = readdirSync(resolve(import.meta.dirname, '..', '..', 'content', 'events')).map((f) => f.replace(/\.ya?ml$/, ''));

test('lists every event and publication in date order', async ({ page }) => {
  await page.goto('timeline/');
  const dates = await page.locator('.tl-entry').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
  expect(dates.length).toBeGreaterThanOrEqual(eventIds.length + 5);
  // Months never go backwards; a span of months follows the month it starts in, as its own group.
  const months = dates.map((d) => (d + '-00').slice(0, 7));
  expect(months).toEqual([...months].sort());
  // Within a group, partial ISO dates padded to a day ("2020-08" → "2020-08-00") sort as strings.
  const groups = await page
    .locator('.tl-list')
    .evaluateAll((ols) =>
      ols.map((ol) => [...ol.querySelectorAll('.tl-entry')].map((li) => ((li.getAttribute('data-date') ?? '') + '-00-00').slice(0, 10))),
    );
  for (const g of groups) expect(g).toEqual([...g].sort());
  const events = await page.locator('.tl-event .tl-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const id of eventIds)
    expect(
      events.some((h) => h.endsWith(`/events/${id}/`)),
      id,
    ).toBe(true);
  await expect(page.locator('.tl-publication')).toHaveCount(5);
});

test('every event links to at least one article paragraph that exists', async ({ page }) => {
  await page.goto('timeline/');
  const rows = await page
    .locator('.tl-event')
    .evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('.tl-sources a')].map((a) => a.getAttribute('href') ?? '')));
  expect(rows.length).toBe(eventIds.length);
  for (const links of rows) {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatch(/\/articles\/[a-z0-9-]+\/#p\d+$/);
      expect(brokenReason('/timeline/', link), link).toBeUndefined();
    }
  }
});

test('a source link opens the paragraph it names', async ({ page }) => {
  await page.goto('timeline/');
  const link = page.locator('.tl-event', { hasText: 'Tokayev asks the CSTO' }).locator('.tl-sources a').first();
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();
});

test('imprecise dates show as imprecise and never gain a day', async ({ page }) => {
  await page.goto('timeline/');
  const police = page.locator('.tl-entry', { hasText: 'police reserve' });
  await expect(police.locator('time')).toHaveText('August 2020');
  await expect(police.locator('time')).toHaveAttribute('datetime', '2020-08');
  await expect(police.locator('.tl-imprecise')).toHaveText('known only to the month');
  await expect(police).toContainText('late August');
  const published = page.locator('.tl-publication', { hasText: 'Is Kazakhstan moving away from Russia?' });
  await expect(published.locator('time')).toHaveText('June–July 2022, approximate');
  await expect(published.locator('.tl-imprecise')).toBeVisible();
  const exact = page.locator('.tl-entry', { hasText: 'Tokayev asks the CSTO' });
  await expect(exact.locator('.tl-imprecise')).toHaveCount(0);
  await expect(exact).toHaveAttribute('data-exact', 'true');
});

test('the overview is static SVG, described in words for screen readers', async ({ page }) => {
  await page.goto('timeline/');
  // The drawing's marks are links for pointers; to assistive technology the figure is its words.
  const figure = page.locator('figure.overview');
  const svg = figure.locator('svg');
  await expect(svg).toHaveAttribute('aria-hidden', 'true');
  await expect(figure).toHaveAccessibleName(/Overview of the timeline, January 2020 to December 2022/);
  await expect(figure).toHaveAccessibleName(/events and 5 article publications/);
  await expect(svg.locator('rect.ov-imprecise').first()).toBeAttached();
  await expect(svg.locator('circle').first()).toBeAttached();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the overview is drawn at build time, not by a script', async ({ page }) => {
    await page.goto('timeline/');
    await expect(page.locator('figure.overview svg circle').first()).toBeAttached();
    await expect(page.locator('figure.overview svg rect.ov-imprecise').first()).toBeAttached();
  });
});

test('year pages hold their year only', async ({ page }) => {
  for (const year of ['2020', '2021', '2022']) {
    await page.goto(`timeline/${year}/`);
    await expect(page.locator('h1')).toHaveText(`Timeline, ${year}`);
    const dates = await page.locator('.tl-entry').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.slice(0, 4)).toBe(year);
  }
});

test('works with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('timeline/');
  await expect(page.locator('.tl-event')).toHaveCount(eventIds.length);
  await page.locator('.tl-event .tl-title a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.event-sources a[href*="#p"]').first()).toBeVisible();
  await context.close();
});
