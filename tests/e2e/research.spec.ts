/**
 * What researchers come to do (issue 14), in a real browser: link and cite a paragraph on a phone,
 * follow an event across outlets and back, find a month and an entry in the timeline, and print
 * an article with its address, citation and provenance.
 */
import { expect, test } from '@playwright/test';

const MEDUZA = 'articles/kazakhstan-terrorists-to-be-shot-on-sight/';
const GOBLE = 'articles/russia-has-no-allies-bezpalko-says/';

test.describe('on a 390 px touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('every paragraph link is visible and at least 24 × 24 px', async ({ page }) => {
    await page.goto(GOBLE);
    const links = page.locator('.source-text a.plink');
    const n = await links.count();
    expect(n).toBeGreaterThan(3);
    for (let i = 0; i < n; i++) {
      const link = links.nth(i);
      await expect(link).toHaveCSS('opacity', '1');
      const box = await link.boundingBox();
      expect(box?.width ?? 0, `¶ ${i + 1} width`).toBeGreaterThanOrEqual(24);
      expect(box?.height ?? 0, `¶ ${i + 1} height`).toBeGreaterThanOrEqual(24);
    }
  });
});

test('on a wide screen with a mouse the paragraph links stay quiet until hovered', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(GOBLE);
  const link = page.locator('#p3 a.plink');
  await expect(link).toHaveCSS('opacity', '0');
  await page.locator('#p3').hover();
  await expect(link).toHaveCSS('opacity', '1');
});

/** Today's date in the reader's browser, as Chicago and MLA write it. */
async function today(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const d = new Date();
    const month = d.toLocaleString('en-US', { month: 'long' });
    const mla = month.length <= 4 ? month : month === 'September' ? 'Sept.' : `${month.slice(0, 3)}.`;
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      chicago: `${month} ${d.getDate()}, ${d.getFullYear()}`,
      mla: `${d.getDate()} ${mla} ${d.getFullYear()}`,
      gost: `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}`,
    };
  });
}

test('#p4 makes "Cite this" cite paragraph 4 in every style, accessed today', async ({ page }) => {
  await page.goto(`${GOBLE}#p4`);
  await page.locator('#cite summary').click();
  const cite = (style: string) => page.locator(`#cite .citation[data-style="${style}"]`);
  const day = await today(page);
  await expect(page.locator('.cite-scope')).toContainText('Citing paragraph 4');
  await expect(cite('chicago-note')).toContainText('para. 4, ');
  await expect(cite('chicago-note')).toContainText(`${GOBLE}#p4.`);
  await expect(cite('chicago-note')).toContainText(`accessed ${day.chicago}, via`);
  await expect(cite('apa')).toContainText(`${GOBLE}#p4`);
  await expect(cite('apa-in-text')).toHaveText('(Goble, 2021, para. 4)');
  await expect(cite('mla')).toContainText(`${GOBLE}#p4.`);
  await expect(cite('mla')).toContainText(`Accessed ${day.mla}.`);
  await expect(cite('mla-in-text')).toHaveText('(Goble par. 4)');
  // ГОСТ Р 7.0.100–2018, added by the page's script, its heading in Russian.
  await expect(cite('gost')).toContainText(`${GOBLE}#p4 (дата обращения: ${day.gost}).`);
  await expect(cite('gost')).toContainText('Goble, P. ‘Russia has No Allies’');
  await expect(page.locator('#cite dt[lang="ru"]')).toHaveText('ГОСТ Р 7.0.100–2018');
  // Following another paragraph's link re-cites; the bibliography entry stays the whole work.
  await page.goto(`${GOBLE}#p2`);
  await expect(cite('chicago-note')).toContainText('para. 2, ');
  await expect(cite('chicago-bib')).not.toContainText('#p');
  // A download carries the paragraph in its address.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cite a.cite-download', { hasText: 'RIS' }).click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toMatch(/^UR {2}- .*russia-has-no-allies-bezpalko-says\/#p2$/m);
  expect(download.suggestedFilename()).toBe('russia-has-no-allies-bezpalko-says-p2.ris');
});

test('without JavaScript "Cite this" cites the whole article and states no access date', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${GOBLE}#p4`);
  await page.locator('#cite summary').click();
  const note = page.locator('#cite .citation[data-style="chicago-note"]');
  await expect(note).toContainText('accessed via Kazakhstan–Russia Archive');
  await expect(note).not.toContainText('#p4');
  await expect(page.locator('#cite .citation[data-style="apa-in-text"]')).toHaveText('(Goble, 2021)');
  await context.close();
});

test('the standfirst and the dateline have their own anchors', async ({ page }) => {
  await page.goto(`${MEDUZA}#standfirst`);
  await expect(page.locator('#standfirst')).toContainText('Police are ordered to shoot to kill');
  await expect(page.locator('#standfirst a.plink')).toHaveAttribute('href', '#standfirst');
  await page.goto(GOBLE);
  await expect(page.locator('#dateline')).toContainText('dateline');
});

test('the provenance line beside the byline says what to know and links to the full box', async ({ page }) => {
  await page.goto('articles/kazakhs-fear-becoming-imperial-target-of-moscow/');
  const line = page.locator('.glance');
  await expect(line).toContainText('Re-translated from Italian via Spanish into English');
  await expect(line).toContainText('Republished copy (thelatestnews.world (TLN))');
  await line.getByRole('link', { name: 'Full provenance' }).click();
  await expect(page).toHaveURL(/#provenance$/);
  await page.goto(MEDUZA);
  await expect(page.locator('.glance')).toContainText('Unsigned');
});

test('an event page shows each source’s outlet, date and reporting sentence, linked to the passage', async ({ page }) => {
  await page.goto('events/2022-01-07-tokayev-shoot-to-kill-order/');
  const source = page.locator('.event-source').first();
  await expect(source.locator('.src-name')).toHaveText('Meduza (English edition)');
  await expect(source.locator('.src-outlet time')).toHaveText('7 January 2022');
  const standfirst = source.locator('li', { has: page.locator('a[href$="#standfirst"]') });
  await expect(standfirst.locator('q')).toHaveText(
    'Kazakhstan: Police are ordered to shoot to kill, the president doubles down on ‘terrorists and killers’ rhetoric, ' +
      'and rumors spread about Nazarbayev',
  );
  await expect(source.locator('li', { has: page.locator('a[href$="#p1"]') }).locator('q')).toContainText('“essentially” restored order');
  await standfirst.locator('a').click();
  await expect(page.locator('#standfirst')).toBeInViewport();
});

test('two outlets reporting one event stand side by side, and events have previous and next', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('events/2022-01-06-csto-deploys-to-kazakhstan/');
  const sources = page.locator('.side-by-side > .event-source');
  expect(await sources.count()).toBeGreaterThanOrEqual(2);
  const [a, b] = [await sources.nth(0).boundingBox(), await sources.nth(1).boundingBox()];
  expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1))).toBeLessThan(2);
  await expect(page.locator('.event-source', { hasText: 'AsiaNews' }).locator('q')).toContainText('the arrival of Russian troops');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /\/events\/2022-01-05-tokayev-asks-csto\/$/);
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).not.toHaveText('The CSTO decides to deploy; first troops arrive');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /2022-01-06-csto-deploys-to-kazakhstan\/$/);
});

test('an article page links the events it reports, and the passages that report them', async ({ page }) => {
  await page.goto(MEDUZA);
  const box = page.locator('section[aria-labelledby="events-heading"]');
  await expect(box.getByRole('link', { name: 'Shoot-to-kill order; order "essentially restored"' })).toHaveAttribute(
    'href',
    /\/events\/2022-01-07-tokayev-shoot-to-kill-order\/$/,
  );
  await expect(box.locator('a[href="#standfirst"]')).toHaveCount(1);
  await box.getByRole('link', { name: /CSTO decides to deploy/ }).click();
  await expect(
    page
      .locator('.event-source', { hasText: 'Meduza' })
      .getByRole('link', { name: 'Kazakhstan’s ‘terrorists’ are now to be shot on sight', exact: true }),
  ).toBeVisible();
});

test('the 2022 timeline links to its months, and the overview’s marks to their entries', async ({ page }) => {
  await page.goto('timeline/2022/');
  const months = page.locator('nav[aria-labelledby="jump-heading"] a');
  expect(await months.count()).toBeGreaterThan(3);
  const first = await months.first().getAttribute('href');
  await expect(page.locator(first ?? '#none')).toHaveCount(1);
  await page.goto('timeline/');
  // Every mark links to the page its entry in the list links to (entries outside 2020–2022 have no mark).
  const marks = await page.locator('.overview svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const entries = await page.locator('.tl-entry .tl-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(marks.length).toBeGreaterThan(entries.length - 3);
  expect(marks.filter((m) => !entries.includes(m))).toEqual([]);
  const href = marks[0] ?? '';
  expect(href).toMatch(/\/(events|articles)\/[^/]+\/$/);
  const response = await page.goto(href.replace(/^\//, ''));
  expect(response?.status()).toBe(200);
});

test('print shows the permanent address, the open citation, the provenance line, and tags as text', async ({ page }) => {
  await page.goto(GOBLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.permalink')).toBeVisible();
  await expect(page.locator('.permalink')).toContainText(/https?:\/\/\S+\/articles\/russia-has-no-allies-bezpalko-says\//);
  await expect(page.locator('#cite .citation[data-style="chicago-note"]')).toBeVisible();
  await expect(page.locator('.glance')).toBeVisible();
  await expect(page.locator('.tags a').first()).toHaveCSS('border-top-width', '0px');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.permalink')).toBeHidden();
  await expect(page.locator('#cite .citation[data-style="chicago-note"]')).toBeHidden();
});

test('"+N more" on a listing is a link to the article’s actors; a place has its own breadcrumb', async ({ page }) => {
  await page.goto('');
  const more = page.locator('.article-list .tags a', { hasText: /^\+\d+ more/ }).first();
  await expect(more).toHaveAttribute('href', /\/articles\/[^/]+\/#actors-heading$/);
  await more.click();
  await expect(page.locator('#actors-heading')).toBeInViewport();
  await page.goto('places/almaty/');
  await expect(page.locator('main .meta').first()).toHaveText('Places › Almaty');
});
