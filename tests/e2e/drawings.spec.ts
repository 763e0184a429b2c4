/**
 * The map of places (/places/) and the network of actors (/actors/), drawn at build time: every
 * place with coordinates has a mark linking to its page, the marks stand where the places are
 * relative to each other, the network's nodes link to actor pages, both pages pass axe and ask
 * nothing of another host; and "Appears most with" on actor and place pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { brokenReason } from '../build/site-files.ts';

const placesDir = resolve(import.meta.dirname, '..', '..', 'content', 'places');
type PlaceYaml = { name: string; coordinates?: { lat: number; lon: number } };
const places = readdirSync(placesDir).map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  ...(parse(readFileSync(resolve(placesDir, f), 'utf8')) as PlaceYaml),
}));
const located = places.filter((p) => p.coordinates);

/** The centre of a place's mark, read from the SVG. */
async function markAt(page: Page, id: string) {
  const c = page.locator(`svg.map:visible a[data-place="${id}"] circle`);
  return { x: Number(await c.getAttribute('cx')), y: Number(await c.getAttribute('cy')) };
}

function watchHosts(page: Page) {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(r.url());
  });
  return foreign;
}

test('the registry has places with coordinates to draw', () => {
  expect(located.map((p) => p.id)).toEqual(expect.arrayContaining(['almaty', 'astana', 'kyiv']));
});

test('every place with coordinates has a mark that links to its page, named for screen readers', async ({ page }) => {
  await page.goto('places/');
  const marks = page.locator('svg.map:visible a[data-place]');
  await expect(marks).toHaveCount(located.length);
  for (const p of located) {
    const mark = page.locator(`svg.map:visible a[data-place="${p.id}"]`);
    const link = (await mark.getAttribute('href')) ?? '';
    expect(link).toMatch(new RegExp(`/places/${p.id}/$`));
    expect(brokenReason('/places/', link), link).toBeUndefined();
    await expect(mark).toHaveAttribute('aria-label', new RegExp(`^${p.name}: named in \\d+ articles?`));
  }
});

test('the marks stand in the right relative positions', async ({ page }) => {
  await page.goto('places/');
  const [almaty, kyiv, astana, petersburg] = await Promise.all(['almaty', 'kyiv', 'astana', 'st-petersburg'].map((id) => markAt(page, id)));
  expect(almaty!.x, 'Almaty is east of Kyiv').toBeGreaterThan(kyiv!.x);
  expect(almaty!.y, 'Almaty is south of Astana').toBeGreaterThan(astana!.y);
  expect(astana!.x, 'Astana is east of Kyiv').toBeGreaterThan(kyiv!.x);
  expect(petersburg!.y, 'St Petersburg is north of Kyiv').toBeLessThan(kyiv!.y);
});

test('a mark is a working link without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('places/');
  await page.locator('svg.map:visible a[data-place="almaty"] circle').click();
  await expect(page.locator('h1')).toHaveText('Almaty');
  await context.close();
});

test('the list beside the map gives every place with its counts', async ({ page }) => {
  await page.goto('places/');
  await expect(page.locator('.place-list > li')).toHaveCount(places.length);
  await expect(page.locator('.place-list > li[data-place="almaty"]')).toContainText(/\d+ articles?, \d+ events?/);
  await expect(page.locator('.place-list > li[data-place="crimea"]')).toContainText('drawn at');
});

test('the network’s nodes link to actor pages, and its rule and table are there', async ({ page }) => {
  await page.goto('actors/');
  const nodes = page.locator('svg.network:visible a[data-actor]');
  expect(await nodes.count()).toBeGreaterThan(5);
  const links = await nodes.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const l of links) {
    expect(l).toMatch(/\/actors\/[a-z0-9-]+\/$/);
    expect(brokenReason('/actors/', l), l).toBeUndefined();
  }
  const putin = page.locator('svg.network:visible a[data-actor="actors/vladimir-putin"]');
  await expect(putin).toHaveAttribute('aria-label', /^Vladimir Putin: named in \d+ articles/);
  await expect(page.locator('#network-heading ~ p').first()).toContainText(
    /It draws at most 60 actors and 150 pairs: here .* named in the same paragraph as another/,
  );
  const rows = page.locator('table.pairs tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  const counts = await page.locator('table.pairs tbody td.num').evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

// In light mode, the default, tests/e2e/site.spec.ts checks both pages so (tests/e2e/axe-named.ts): axe and no other host.
for (const path of ['places/', 'actors/']) {
  test(`${path} passes axe and requests nothing from another host, dark`, async ({ page }) => {
    const foreign = watchHosts(page);
    for (const colorScheme of ['dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const axe = await new AxeBuilder({ page }).analyze();
      const violations = axe.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(violations, `axe (${colorScheme})`).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });
}

test('an actor page lists who and where it appears most with, each with a search for both names', async ({ page }) => {
  await page.goto('actors/kassym-jomart-tokayev/');
  const section = page.locator('section[aria-labelledby="beside-heading"]');
  await expect(section.locator('h2')).toHaveText('Appears most with');
  await expect(section.locator('h3')).toHaveText(['Actors', 'Places']);
  const first = section.locator('ol.beside').first().locator('li').first();
  const name = (await first.locator('a').first().textContent()) ?? '';
  await expect(first).toContainText(/\d+ paragraphs?/);
  const search = first.locator('a[href*="search/?q="]');
  const url = new URL((await search.getAttribute('href')) ?? '', 'http://localhost/');
  expect(url.searchParams.get('q')).toBe(`Kassym-Jomart Tokayev ${name}`);
  await expect(search).toContainText(`for Kassym-Jomart Tokayev and ${name}`);
});

test('a place page lists the actors it appears with, and its breadcrumb leads to Places', async ({ page }) => {
  await page.goto('places/almaty/');
  const crumb = page.locator('main > p.meta a').first();
  await expect(crumb).toHaveText('Places');
  expect((await crumb.getAttribute('href')) ?? '').toMatch(/\/places\/$/);
  const section = page.locator('section[aria-labelledby="beside-heading"]');
  await expect(section.locator('h3')).toHaveText(['Actors']);
  expect(await section.locator('a[href*="/actors/"]').count()).toBeGreaterThan(0);
});

test('the header links to Places', async ({ page }) => {
  await page.goto('places/');
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('Places');
});

/** Whether `box` lies inside the screen's width (and height, with `tall`), as drawn. */
const onScreen = (box: { x: number; y: number; width: number; height: number } | null, width: number) =>
  box !== null && box.x >= 0 && box.x + box.width <= width;

for (const [name, screen] of Object.entries({
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  'small phone': { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1280, height: 800 } },
})) {
  test.describe(`drawings on a ${name}`, () => {
    test.use(screen);
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the map shows every place, Astana and Almaty among them, without scrolling (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto('places/');
        const map = page.locator('svg.map:visible');
        await map.scrollIntoViewIfNeeded();
        const width = screen.viewport.width;
        const frame = page.locator('.drawing-frame').first();
        expect(await frame.evaluate((f) => f.scrollWidth <= f.clientWidth)).toBe(true);
        const mapBox = await map.boundingBox();
        expect(mapBox && mapBox.height <= screen.viewport.height, 'the whole map fits the screen’s height').toBe(true);
        for (const p of located) {
          const mark = map.locator(`a[data-place="${p.id}"]`);
          expect(onScreen(await mark.boundingBox(), width), p.id).toBe(true);
        }
        await expect(map.locator('a[data-place="astana"] circle')).toBeInViewport();
        await expect(map.locator('a[data-place="almaty"] circle')).toBeInViewport();
        // Donbas and Donetsk share a point: one circle, a label naming both, each a link.
        const shared = map.locator('g.shared-point');
        await expect(shared.locator('circle')).toHaveCount(1);
        await expect(shared.locator('text')).toHaveText('Donbas, Donetsk');
      });

      test(`every network node has a visible label and the network fits the width (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto('actors/');
        const net = page.locator('svg.network:visible');
        await net.scrollIntoViewIfNeeded();
        const width = screen.viewport.width;
        expect(onScreen(await net.boundingBox(), width)).toBe(true);
        const nodes = net.locator('a[data-actor]');
        const count = await nodes.count();
        expect(count).toBeGreaterThan(5);
        for (let i = 0; i < count; i++) {
          const label = nodes.nth(i).locator('text');
          await expect(label).toHaveCount(1);
          expect(((await label.textContent()) ?? '').length).toBeGreaterThan(0);
          const box = await label.boundingBox();
          expect(onScreen(box, width), (await label.textContent()) ?? '').toBe(true);
          // Readable: at least 9 px tall as drawn.
          expect(box!.height).toBeGreaterThanOrEqual(9);
        }
        await expect(net.locator('a[data-actor="actors/csto"] text')).toHaveText('Collective Security Treaty Organization');
      });
    }
  });
}
