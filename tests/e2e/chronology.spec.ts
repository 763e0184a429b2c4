/**
 * The search as a chronology (issue 27): the Year facet and a range of months count articles and
 * events alike, a date order keeps every result, the facets of who a page involves, a result set
 * taken away in four formats, and bad input in the address or the form. Every expected answer is
 * computed from the content (through the one reader) or from the same search without the filter
 * under test, never typed in: adding an event changes what these tests expect.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { DateSpec } from '../../src/lib/dates/dates.ts';
import {
  actorRegistry,
  articleInvolving,
  eventInvolving,
  type Involving,
  involvementOf,
  involvedStates,
  statesOf,
} from '../../src/lib/involvement/involvement.ts';
import { dateKey, type MonthRange, monthOf, overlaps, spanOfKey, yearsOf } from '../../src/lib/search/chronology.ts';
import { readTree } from '../../src/lib/testing/content.ts';

const tree = readTree();
const registry = actorRegistry(tree.actors);
const stateName = (id: string) => tree.actors.find((a) => a.id === id)?.data.name ?? id;

/** An article or event page as the content gives it, by its site path (`articles/x`, `events/y`). */
interface Dated {
  readonly kind: 'Article' | 'Event';
  readonly title: string;
  readonly when: DateSpec;
  readonly involving: Involving;
}
const dated = new Map<string, Dated>([
  ...tree.articles.map(
    (a) =>
      [
        `articles/${a.data.slug}`,
        { kind: 'Article', title: a.data.title, when: a.data.published, involving: articleInvolving(a) },
      ] as const,
  ),
  ...tree.events.map(
    (e) => [`events/${e.id}`, { kind: 'Event', title: e.data.title, when: e.data.when, involving: eventInvolving(e) }] as const,
  ),
]);
const entry = (path: string) => {
  const d = dated.get(path);
  if (d === undefined) throw new Error(`${path} is not an article or event of the content`);
  return d;
};
const inRange = (path: string, range: MonthRange) => overlaps(spanOfKey(dateKey(entry(path).when)), range);
const startOf = (path: string) => spanOfKey(dateKey(entry(path).when));
/** Whether a tagged person acts for `state` by the rule, on the page's date (not overridden). */
const personActingFor = (path: string, state: string) =>
  involvementOf(entry(path).involving, registry).some(
    (inv) => inv.kind === 'person' && inv.states.some((s) => s.state === state && s.basis === 'derived'),
  );

/** Every result the page lists, in order, as site paths (`articles/x`, `actors/y`), pressing "More results" until all are shown. */
async function listed(page: Page): Promise<string[]> {
  await expect(page.locator('#search-status')).toContainText(/result/);
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await expect(page.locator('#search-results > li')).not.toHaveCount(before);
  }
  const total = Number(/^(\d+) result/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 'NaN');
  const paths = await page
    .locator('#search-results .search-result h2 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.replace(/\/$/, '').split('/').slice(-2).join('/')));
  expect(paths).toHaveLength(total);
  return paths;
}

/** The results of a search given by its address's query string. */
async function results(page: Page, query: string): Promise<string[]> {
  await page.goto(`search/?${query}`);
  return listed(page);
}

const sorted = (xs: readonly string[]) => [...xs].sort();

test.describe('the Year facet and a range count articles and events alike', () => {
  test('ticking a year keeps every article and event that may fall in it, and its count says so', async ({ page }) => {
    const all = await results(page, 'q=Kazakhstan');
    const year = '2022';
    const expected = all.filter((p) => dated.has(p) && yearsOf(entry(p).when).includes(year));
    expect(expected.some((p) => p.startsWith('events/'))).toBe(true);
    const box = page.locator(`#search-facets input[name="year"][value="${year}"]`);
    await expect(box.locator('xpath=..')).toContainText(`(${expected.length})`);
    await box.check();
    await expect(page).toHaveURL(/[?&]year=2022/);
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${expected.length} results? `));
    expect(sorted(await listed(page))).toEqual(sorted(expected));
  });

  test('a range keeps the articles and events whose dates may fall in it, and nothing else', async ({ page }) => {
    const all = await results(page, 'q=Kazakhstan');
    const range = { from: monthOf(2022, 3), to: monthOf(2022, 12) };
    const expected = all.filter((p) => dated.has(p) && inRange(p, range));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(sorted(await results(page, 'q=Kazakhstan&from=2022-03&to=2022-12'))).toEqual(sorted(expected));
    await expect(page.locator('#search-status')).toContainText('dated March 2022 to December 2022');
    await expect(page.locator('#search-from')).toHaveValue('2022-03');
    await expect(page.locator('#search-to')).toHaveValue('2022-12');
    await expect(page.locator('#search-filters summary')).toContainText('(1 chosen)');
  });

  test('a range alone lists every article and event of the content that may fall in it', async ({ page }) => {
    const range = { from: monthOf(2022, 1), to: monthOf(2022, 1) };
    const expected = [...dated.keys()].filter((p) => inRange(p, range));
    expect(sorted(await results(page, 'from=2022-01&to=2022-01'))).toEqual(sorted(expected));
  });

  test('a word too short to search beside a range is said to be left out, not counted as the results of “”', async ({ page }) => {
    const range = { from: monthOf(2022, 1), to: monthOf(2022, 1) };
    const expected = [...dated.keys()].filter((p) => inRange(p, range));
    expect(sorted(await results(page, 'q=K&from=2022-01&to=2022-01'))).toEqual(sorted(expected));
    const status = page.locator('#search-status');
    await expect(status).toContainText('for the chosen filters (“K” is too short to search');
    await expect(status).not.toContainText('“”');
  });

  test('a range picked in the form is the address, and the address gives it back', async ({ page, context }) => {
    await page.goto('search/?q=Kazakhstan');
    await listed(page);
    await page.locator('#search-from').fill('2022-03');
    await expect(page).toHaveURL(/[?&]from=2022-03/);
    // The results of the range, not the ones before it that the list still shows for a moment.
    await expect(page.locator('#search-status')).toContainText('dated from March 2022');
    const picked = await listed(page);
    expect(picked.every((p) => inRange(p, { from: monthOf(2022, 3) }))).toBe(true);
    const shared = await context.newPage();
    await shared.goto(page.url());
    expect(await listed(shared)).toEqual(picked);
  });
});

test('a date order is one chronology of every result, articles and events together, the undated pages after them', async ({ page }) => {
  const relevance = await results(page, 'q=Tokayev');
  expect(relevance.some((p) => !dated.has(p))).toBe(true);
  for (const [sort, sign] of [
    ['oldest', 1],
    ['newest', -1],
  ] as const) {
    const rs = await results(page, `q=Tokayev&sort=${sort}`);
    await expect(page.locator('#search-filters summary')).toContainText('(none chosen)');
    expect(sorted(rs)).toEqual(sorted(relevance));
    const firstUndated = rs.findIndex((p) => !dated.has(p));
    const inOrder = rs.slice(0, firstUndated);
    expect(rs.slice(firstUndated).every((p) => !dated.has(p))).toBe(true);
    for (const [i, p] of inOrder.entries()) {
      if (i > 0) expect(sign * (startOf(p).start - startOf(inOrder[i - 1] ?? '').start), `${sort}: ${p}`).toBeGreaterThanOrEqual(0);
    }
    // One chronology: an event may come between two articles.
    const kinds = inOrder.map((p) => entry(p).kind);
    expect(new Set(kinds).size).toBe(2);
  }
});

test.describe('the questions of issue 27, from the search page', () => {
  test('all 2022 events involving Russia and Kazakhstan, as CSV', async ({ page }) => {
    const expected = tree.events
      .filter((e) => yearsOf(e.data.when).includes('2022'))
      .filter((e) => {
        const states = involvedStates(involvementOf(eventInvolving(e), registry));
        return states.includes('russia') && states.includes('kazakhstan');
      })
      .map((e) => `events/${e.id}`);
    expect(expected.length).toBeGreaterThan(0);
    const states = ['russia', 'kazakhstan'].map((id) => `state=${encodeURIComponent(stateName(id))}`).join('&');
    const query = `type=Event&year=2022&${states}`;
    expect(sorted(await results(page, query))).toEqual(sorted(expected));
    const rows = parse(await download(page, 'csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(sorted(rows.map((r) => new URL(r['url'] ?? '').pathname.replace(/^\/|\/$/g, '')))).toEqual(sorted(expected));
    expect(rows.every((r) => r['kind'] === 'Event')).toBe(true);
  });

  test('which outlets wrote about the CSTO in January 2022: the Outlet facet of its articles', async ({ page }) => {
    const range = { from: monthOf(2022, 1), to: monthOf(2022, 1) };
    const outlets = tree.articles
      .filter((a) => a.data.actors.includes('csto'))
      .filter((a) => inRange(`articles/${a.data.slug}`, range))
      .map((a) => tree.outlets.find((o) => o.id === a.data.outlet.id)?.data.name);
    expect(outlets.length).toBeGreaterThan(0);
    await results(page, `type=Article&actor=${encodeURIComponent(stateName('csto'))}&from=2022-01&to=2022-01`);
    await expect(page.locator('#search-facets input[name="outlet"]').first()).toBeVisible();
    const shown = await page
      .locator('#search-facets input[name="outlet"]')
      .evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    expect(sorted(shown)).toEqual(sorted([...new Set(outlets)] as string[]));
  });

  test('what Russian commentators said about Kazakhstan after February 2022 is one address, derived states said', async ({ page }) => {
    const all = await results(page, 'q=Kazakhstan');
    const range = { from: monthOf(2022, 3) };
    const expected = all.filter((p) => dated.has(p) && inRange(p, range) && personActingFor(p, 'russia'));
    expect(expected.length).toBeGreaterThan(0);
    const russia = stateName('russia');
    const found = await results(page, `q=Kazakhstan&acting=${encodeURIComponent(`People acting for ${russia}`)}&from=2022-03`);
    expect(sorted(found)).toEqual(sorted(expected));
    // Each result says whether Russia is there by derivation (no tag of Russia itself) and through whom.
    for (const p of found) {
      const russiaBasis = statesOf(involvementOf(entry(p).involving, registry)).find((s) => s.state === 'russia');
      const note = page.locator('.search-result', { has: page.locator(`h2 a[href$="/${p}/"]`) }).locator('.search-derived');
      if (russiaBasis?.basis === 'derived') {
        await expect(note, p).toContainText(`Involves ${russia} by derivation`);
        for (const via of russiaBasis.via) await expect(note, p).toContainText(stateName(via));
      } else await expect(note, p).toHaveCount(0);
    }
  });
});

/** Downloads the shown results in a format; the file's text. */
async function download(page: Page, format: 'csv' | 'ris' | 'bib' | 'json'): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`#search-takeaway button[data-format="${format}"]`).click(),
  ]);
  await expect(page.locator('#search-takeaway [role="status"]')).toContainText('Downloaded');
  return readFileSync((await file.path()) ?? '', 'utf8');
}

test('a result set downloads as CSV, RIS, BibTeX and CSL-JSON that their parsers read: articles cited, every result a row', async ({
  page,
}) => {
  const found = await results(page, 'q=Kazakhstan&sort=oldest');
  const articles = found.filter((p) => p.startsWith('articles/'));
  expect(articles.length).toBeGreaterThan(1);
  expect(found.length).toBeGreaterThan(articles.length);
  const titles = articles.map((p) => entry(p).title);

  const rows = parse(await download(page, 'csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(rows.map((r) => new URL(r['url'] ?? '').pathname.replace(/^\/|\/$/g, ''))).toEqual(found);
  await expect(page.locator('#search-takeaway [role="status"]')).toContainText(page.url());

  const csl = JSON.parse(await download(page, 'json')) as Array<{ title: string }>;
  expect(csl.map((i) => i.title)).toEqual(titles);
  await expect(page.locator('#search-takeaway [role="status"]')).toContainText('rows of the CSV only');
  for (const format of ['ris', 'bib'] as const) {
    const items = new Cite(await download(page, format)).data as Array<{ title: string }>;
    expect(
      items.map((i) => i.title),
      format,
    ).toEqual(titles);
  }
});

test.describe('bad input in the address and the form', () => {
  const errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors.length = 0;
    page.on('pageerror', (e) => errors.push(e.message));
  });
  test.afterEach(() => expect(errors).toEqual([]));

  test('an impossible month is said and not applied, and the form shows no month', async ({ page }) => {
    const all = await results(page, 'q=Kazakhstan');
    expect(await results(page, 'q=Kazakhstan&from=2022-13')).toEqual(all);
    await expect(page.locator('#search-problems')).toContainText('“2022-13” is not a month: months run from 01 to 12');
    await expect(page.locator('#search-from')).toHaveValue('');
    await expect(page).toHaveURL(/from=2022-13/);
  });

  test('a range that ends before it starts is said and not applied', async ({ page }) => {
    const all = await results(page, 'q=Kazakhstan');
    expect(await results(page, 'q=Kazakhstan&from=2022-12&to=2022-03')).toEqual(all);
    await expect(page.locator('#search-problems')).toContainText('ends (March 2022) before it starts (December 2022)');
  });

  test('a range typed backwards in the form is said the same way', async ({ page }) => {
    await page.goto('search/?q=Kazakhstan');
    await listed(page);
    await page.locator('#search-from').fill('2022-05');
    await page.locator('#search-to').fill('2021-02');
    await expect(page.locator('#search-problems')).toContainText('ends (February 2021) before it starts (May 2022)');
  });

  test('a year the month fields cannot show is read as its months, and said', async ({ page }) => {
    const range = { from: monthOf(2021, 1), to: monthOf(2021, 12) };
    const all = await results(page, 'q=Kazakhstan');
    expect(sorted(await results(page, 'q=Kazakhstan&from=2021&to=2021'))).toEqual(
      sorted(all.filter((p) => dated.has(p) && inRange(p, range))),
    );
    await expect(page.locator('#search-problems')).toContainText('“2021” is a year: read as January 2021');
    await expect(page.locator('#search-problems')).toContainText('“2021” is a year: read as December 2021');
  });

  test('a facet value no page has is said, and finds nothing', async ({ page }) => {
    await page.goto('search/?q=Kazakhstan&year=1899');
    await expect(page.locator('#search-status')).toContainText('0 results');
    await expect(page.locator('#search-problems')).toContainText('No page of the archive has the year “1899”');
    await expect(page.locator('#search-facets input[name="year"][value="1899"]')).toBeChecked();
  });
});

test('with a range, its messages, derived states and the downloads shown, the page is axe clean and fits 360 px, light and dark', async ({
  page,
}) => {
  const russia = encodeURIComponent(`People acting for ${stateName('russia')}`);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await results(page, `q=Kazakhstan&acting=${russia}&from=2022-03&to=2022-13`);
      await expect(page.locator('#search-problems')).toBeVisible();
      await expect(page.locator('.search-derived').first()).toBeVisible();
      await expect(page.locator('#search-takeaway')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px, ${scheme}`).toBeLessThanOrEqual(0);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});
