/**
 * Actor pages: the articles that name an actor under any spelling, with linked paragraphs; the
 * actors list grouped by type with counts; events as a small timeline.
 */
import { expect, test } from '@playwright/test';
import { brokenReason } from '../build/site-files.ts';

const articlesOn = async (page: import('@playwright/test').Page) =>
  (await page.locator('.mention-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-article') ?? ''))).sort();

test('Tokayev’s page lists the three articles that name him under any spelling', async ({ page }) => {
  await page.goto('actors/kassym-jomart-tokayev/');
  await expect(page.locator('h1')).toHaveText('Kassym-Jomart Tokayev');
  expect(await articlesOn(page)).toEqual([
    'is-kazakhstan-moving-away-from-russia',
    'kazakhs-fear-becoming-imperial-target-of-moscow',
    'kazakhstan-terrorists-to-be-shot-on-sight',
  ]);
  const list = page.locator('.mention-list');
  for (const form of ['Tokaev', 'Tokayev', 'Kasym-Žomart', 'Kassym-Jomart']) await expect(list).toContainText(`“${form}`);
});

test('Lukashenko’s page lists the two articles that use Lukashenka, Lukashenko or Lukasenko', async ({ page }) => {
  await page.goto('actors/alexander-lukashenko/');
  expect(await articlesOn(page)).toEqual([
    'kazakhs-fear-becoming-imperial-target-of-moscow',
    'moscow-warning-post-soviet-states-about-belarus',
  ]);
  await expect(page.locator('.mention-list')).toContainText('Lukasenko');
  await expect(page.locator('.mention-list')).toContainText('Lukashenka');
});

test('mention links open the paragraph that names the actor', async ({ page }) => {
  await page.goto('actors/alexander-lukashenko/');
  const links = await page.locator('.mention-list a[href*="#p"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(0);
  for (const l of links) expect(brokenReason('/actors/alexander-lukashenko/', l), l).toBeUndefined();
  const first = page.locator('.mention-list a[href*="#p"]').first();
  const id = ((await first.getAttribute('href')) ?? '').split('#')[1] ?? '';
  await first.click();
  await expect(page.locator(`#${id}`)).toContainText(/Lukash|Lukasenko/);
});

test('an actor page shows its events as a small timeline, with imprecise dates marked', async ({ page }) => {
  await page.goto('actors/kassym-jomart-tokayev/');
  const events = page.locator('.mini-tl li');
  expect(await events.count()).toBeGreaterThanOrEqual(8);
  const dates = await page
    .locator('.mini-tl time')
    .evaluateAll((ts) => ts.map((t) => (t.getAttribute('datetime') + '-00-00').slice(0, 10)));
  expect(dates).toEqual([...dates].sort());
  await expect(page.locator('.mini-tl li', { hasText: 'sanctions' }).locator('.tl-imprecise')).toHaveText('known only to the month');
});

test('an actor page lists who it appears most with', async ({ page }) => {
  await page.goto('actors/kassym-jomart-tokayev/');
  const beside = page.locator('.beside').first().locator('li');
  expect(await beside.count()).toBeGreaterThan(0);
  await expect(page.locator('.beside').first()).toContainText('Kazakhstan');
});

test('the actors list is grouped by type with counts', async ({ page }) => {
  await page.goto('actors/');
  await expect(page.locator('h2')).toHaveText(['Who is named with whom', 'People', 'States', 'Organisations', 'Media']);
  const tokayev = page.locator('li', { has: page.locator('a', { hasText: 'Kassym-Jomart Tokayev' }) });
  await expect(tokayev).toContainText('3 articles');
  await expect(tokayev).toContainText(/\d+ events/);
});

test('place pages connect spellings too', async ({ page }) => {
  await page.goto('places/almaty/');
  await expect(page.locator('.mention-list')).toContainText('Alma-Ata');
});

test('an event page links its sources to existing paragraphs', async ({ page }) => {
  await page.goto('events/2020-08-putin-police-reserve-for-belarus/');
  await expect(page.locator('.event-date time')).toHaveText('August 2020');
  await expect(page.locator('.event-date .tl-imprecise')).toHaveText('known only to the month');
  const links = await page.locator('.event-sources a[href*="#p"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links).toEqual([expect.stringMatching(/kazakhstan-terrorists-to-be-shot-on-sight\/#p13$/)]);
});
