/**
 * Issue 28 in real Chromium, on a 390 × 844 touch phone and at 1280 × 800: highlighting marks what
 * matched and nothing else, addresses passed on carry no highlight, a paragraph is cited where it is
 * read, search has no dead ends, the share control, print, and bad input giving a clear page with
 * no exception.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const MEDUZA = 'articles/kazakhstan-terrorists-to-be-shot-on-sight/';
const content = resolve(import.meta.dirname, '..', '..', 'content');

const screens = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const;

/** Fails the test on any exception or console error of the page (a missing page's own 404 aside). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('404')) errors.push(m.text());
  });
  return errors;
}

async function searchFor(page: Page, q: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#search-status')).toContainText(/result|No search|Type words/);
}

/** The marked words of `scope`, each with whether its neighbours are marked words too (a stop word must be). */
function marks(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((ms) =>
    ms.map((m) => {
      const joined = (n: Node | null) => n instanceof Text && /^[^\p{L}\p{N}]{1,3}$/u.test(n.data);
      const prev = m.previousSibling;
      const next = m.nextSibling;
      return {
        text: (m.textContent ?? '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''),
        between: joined(prev) && prev?.previousSibling?.nodeName === 'MARK' && joined(next) && next?.nextSibling?.nodeName === 'MARK',
      };
    }),
  );
}

for (const [name, screen] of Object.entries(screens)) {
  test.describe(`on a ${name}`, () => {
    test.use(screen);

    test('"shoot to kill" marks the words and their forms, never part of "Tokayev" nor a lone "to"', async ({ page, context }) => {
      const errors = watchErrors(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await searchFor(page, 'shoot to kill');
      const inResults = await marks(page, '#search-results mark');
      expect(inResults.length).toBeGreaterThan(0);
      for (const m of inResults) {
        expect(['shoot', 'to', 'kill', 'killed', 'kills']).toContain(m.text.toLowerCase());
        if (m.text.toLowerCase() === 'to') expect(m.between, 'a marked "to" stands between marked words').toBe(true);
      }
      const link = page.locator(`#search-results a.search-para[href*="${MEDUZA}"]`).first();
      expect(await link.getAttribute('href')).toMatch(/highlight=/);
      await link.click();
      await expect(page.locator('mark.search-hit').first()).toBeVisible();
      const onPage = await marks(page, 'mark.search-hit');
      expect(onPage.map((m) => m.text.toLowerCase())).not.toContain('tokayev');
      for (const m of onPage) if (m.text.toLowerCase() === 'to') expect(m.between).toBe(true);
      // The address loses the highlight once the words are marked; a ¶ link copied now has none either.
      expect(page.url()).not.toContain('highlight');
      await page.locator('#p1 a.plink').click();
      await page.getByRole('button', { name: 'Copy link to ¶1' }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/\/articles\/kazakhstan-terrorists-to-be-shot-on-sight\/#p1$/);
      expect(copied).not.toContain('highlight');
      expect(errors).toEqual([]);
    });

    test('¶4 → "Cite ¶4" → Copy puts the Chicago citation of paragraph 4 on the clipboard, without scrolling', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(MEDUZA);
      const mark = page.locator('#p4 a.plink');
      await mark.scrollIntoViewIfNeeded();
      await (name === 'phone' ? mark.tap() : mark.click());
      const y = await page.evaluate(() => scrollY);
      await page.getByRole('button', { name: 'Cite ¶4' }).click();
      const chicago = page.locator('.ptools-cite .citation[data-style="chicago-note"]');
      await expect(chicago).toBeVisible();
      await expect(chicago).toContainText('para. 4, ');
      await expect(chicago).toContainText('#p4.');
      const copy = page.getByRole('button', { name: 'Copy the Chicago (note) citation' });
      await expect(copy).toBeInViewport();
      await copy.click();
      await expect(copy).toHaveText('Copied');
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      expect(clip).toBe(await chicago.textContent());
      expect(clip).toMatch(/accessed \w+ \d+, \d{4}, via Kazakhstan–Russia Archive, para\. 4, \S+#p4\.$/);
      expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(200);
    });

    test('"Елбасы Назарбаев" shows Nazarbayev’s results: Елбасы is his registered title', async ({ page }) => {
      await searchFor(page, 'Елбасы Назарбаев');
      await expect(page.locator('#search-status')).toContainText(/^[1-9]\d* results? for “Елбасы Назарбаев”/);
      await expect(page.locator('#search-results a[href*="/actors/nursultan-nazarbayev/"]')).not.toHaveCount(0);
      await expect(page.locator('main')).not.toContainText('Pagefind');
    });

    test('a query with a word no text has searches the known words and says which was left out', async ({ page }) => {
      await searchFor(page, 'Щъщъщъ Назарбаев');
      await expect(page.locator('#search-status')).toContainText(/[1-9]\d* results? for “Назарбаев”/);
      await expect(page.locator('.search-note')).toContainText(
        'No text in the archive has the word “Щъщъщъ”; showing results for Назарбаев',
      );
      await expect(page.locator('#search-results .search-result')).not.toHaveCount(0);
      await expect(page.locator('main')).not.toContainText('Pagefind');
    });

    test('a query found nowhere offers the timeline and the indexes, never naming the engine', async ({ page }) => {
      await searchFor(page, 'zzqxv');
      await expect(page.locator('#search-status')).toContainText('0 results');
      const elsewhere = page.locator('#search-elsewhere');
      await expect(elsewhere).toBeVisible();
      for (const label of ['timeline', 'actors', 'places']) await expect(elsewhere.getByRole('link', { name: label })).toBeVisible();
      await expect(page.locator('main')).not.toContainText('Pagefind');
    });

    test('the share control copies the clean address where there is no Web Share API, and says so', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
      await page.goto('events/2022-01-05-tokayev-asks-csto/?highlight=Tokayev#x');
      const share = page.locator('button[data-share]');
      await expect(share).toHaveText('Share this event');
      await share.click();
      await expect(share).toHaveText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/events\/2022-01-05-tokayev-asks-csto\/$/);
    });

    test('the share control uses the Web Share API where there is one, with the clean address', async ({ page }) => {
      await page.addInitScript(() => {
        const shared: unknown[] = [];
        Object.defineProperty(window, 'shared', { value: shared });
        const share = (d: unknown) => {
          shared.push(d);
          return Promise.resolve();
        };
        Object.defineProperty(navigator, 'share', { value: share });
      });
      await page.goto(`${MEDUZA}?highlight=to#p2`);
      await page.getByRole('button', { name: 'Share this article' }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared[0]?.url))
        .toMatch(/\/articles\/kazakhstan-terrorists-to-be-shot-on-sight\/$/);
    });
  });
}

test('without clipboard permission or Web Share API, Share shows the address selected to copy by hand', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('events/2022-01-05-tokayev-asks-csto/');
  await page.getByRole('button', { name: 'Share this event' }).click();
  await expect(page.locator('.share-address')).toHaveText(/\/events\/2022-01-05-tokayev-asks-csto\/$/);
  expect(await page.evaluate(() => getSelection()?.toString())).toMatch(/\/events\/2022-01-05-tokayev-asks-csto\/$/);
  await expect(page.locator('#page-tools')).toContainText('did not allow copying');
  expect(errors).toEqual([]);
});

test('a ¶ tapped before any script runs is a plain link to its paragraph; Share is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...screens.phone });
  const page = await context.newPage();
  await page.goto(MEDUZA);
  await page.locator('#p4 a.plink').tap();
  await expect(page).toHaveURL(/#p4$/);
  await expect(page.locator('#p4')).toBeInViewport();
  await expect(page.getByRole('button', { name: /Share/ })).toBeHidden();
  await context.close();
});

test('print shows the citations with today’s access date and none of the controls or hints', async ({ page }) => {
  await page.goto(`${MEDUZA}#p4`);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const note = page.locator('#cite .citation[data-style="chicago-note"]');
  const today = await page.evaluate(() => new Date().toLocaleString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }));
  await expect(note).toContainText(`accessed ${today}`);
  await page.locator('#p2 a.plink').click();
  await expect(page.locator('.ptools')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  for (const hidden of ['.cite-scope', '.cite-download', '.copy-button', '.ptools', 'button[data-share]', 'a.plink']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
});

test('the 404 page offers a search from the address and the nearest existing address', async ({ page }) => {
  await page.goto('articles/kazakhstan-terrorists-to-be-shot/');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('#notfound-q')).toHaveValue('kazakhstan terrorists to be shot');
  await expect(page.locator('#nearest a')).toHaveAttribute('href', /\/articles\/kazakhstan-terrorists-to-be-shot-on-sight\/$/);
  await page.locator('#nearest a').click();
  await expect(page.locator('h1')).toContainText('shot on sight');
});

test.describe('bad queries give a sensible page and no exception', () => {
  const queries: Array<[string, RegExp]> = [
    ['the to of', /results? for “the to of”/],
    ['a', /Type words to search/],
    ['<b>Tokayev</b>', /results? for/],
    [Array(500).fill('Tokayev').join(' '), /Query tidied: it was shortened/],
  ];
  for (const [q, said] of queries) {
    test(`“${q.slice(0, 30)}”`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`search/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('#search-status, #search-message').filter({ hasText: said })).toHaveCount(1);
      await expect(page.locator('#search-results b')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
  test('a query of stop words marks nothing', async ({ page }) => {
    await searchFor(page, 'the to of');
    await expect(page.locator('#search-results mark')).toHaveCount(0);
  });
});

/** Titles and standfirsts of every article and event, read from content/. */
function ownWords(): Array<{ page: string; words: string }> {
  const out: Array<{ page: string; words: string }> = [];
  for (const f of readdirSync(resolve(content, 'events'))) {
    const e = parse(readFileSync(resolve(content, 'events', f), 'utf8')) as { title: string };
    out.push({ page: `events/${f.replace(/\.yaml$/, '')}`, words: e.title });
  }
  for (const f of readdirSync(resolve(content, 'articles'))) {
    const text = readFileSync(resolve(content, 'articles', f), 'utf8');
    const front = parse(text.split(/^---$/m)[1] ?? '') as { title: string; standfirst?: string };
    out.push({ page: `articles/${f.replace(/\.mdx$/, '')}`, words: front.title });
    if (front.standfirst) out.push({ page: `articles/${f.replace(/\.mdx$/, '')}`, words: front.standfirst.split('\n')[0] ?? '' });
  }
  return out;
}

test('words that stand on a page find that page: every event and article by its own title and standfirst', async ({ page }) => {
  test.setTimeout(180_000);
  const missed: string[] = [];
  for (const { page: target, words } of ownWords()) {
    await page.goto(`search/?q=${encodeURIComponent(words)}`);
    await expect(page.locator('#search-status')).toContainText(/result/);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const listed = await page.locator('#search-results > li').count();
    const n = Number(/^(\d+)/.exec(status)?.[1] ?? -1);
    expect(n, `the count is what is listed for “${words}”`).toBe(listed + (await moreCount(page)));
    let found = await page.locator(`#search-results h2 a[href*="/${target}/"]`).count();
    while (found === 0 && (await page.locator('#search-more').isVisible())) {
      await page.locator('#search-more').click();
      found = await page.locator(`#search-results h2 a[href*="/${target}/"]`).count();
    }
    if (found === 0) missed.push(`${target} by “${words}”`);
  }
  expect(missed).toEqual([]);
});

/** How many results wait behind "More results": the status counts them too. */
async function moreCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const more = document.getElementById('search-more');
    return more && !more.hidden ? Number(more.dataset['left'] ?? 0) : 0;
  });
}

test.describe('the small details, each made in one component', () => {
  for (const width of [360, 390]) {
    test(`on a ${width} px phone the header keeps its six sections on one line`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto('events/2022-01-07-tokayev-shoot-to-kill-order/');
      const tops = await page.locator('.site-nav li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(1);
      expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThan(120);
      await context.close();
    });
  }
  test('an event’s date and its badges: spaced and labelled', async ({ page }) => {
    await page.goto('events/2022-01-07-tokayev-shoot-to-kill-order/');
    await expect(page.locator('.event-date')).toHaveText(/^7 January 2022 date confirmed$/);
    await expect(page.locator('.box dd').first()).toContainText('event confirmed');
    await expect(page.locator('main')).not.toContainText(/\d{4}confirmed/);
  });
  test('a name form and its note, a name and its archived copy, the downloads: each with its space', async ({ page }) => {
    await page.goto('actors/kassym-jomart-tokayev/');
    // The form and its note, without the check that follows them in a box of its own.
    const form = await page
      .locator('.name-forms li')
      .first()
      .evaluate((li) =>
        [...li.childNodes]
          .filter((n) => n.nodeName !== 'DETAILS')
          .map((n) => n.textContent)
          .join(''),
      );
    expect(form.trim()).toMatch(/^\S.* \(kk, native[^;]*; source\)$/);
    await page.goto('articles/kazakhs-fear-becoming-imperial-target-of-moscow/');
    await expect(page.locator('#provenance ~ dl')).not.toContainText(')(');
    await page.locator('#cite summary').click();
    await expect(page.locator('#cite')).toContainText('CSL-JSON · TEI P5');
  });
  test('a series above the headline is named as one, not as the outlet', async ({ page }) => {
    await page.goto(MEDUZA);
    await expect(page.locator('article > header > p.meta').first()).toHaveText('Series: “The Real Russia. Today.”');
  });
  test('several outlets on an event are not said to be "side by side" on a phone', async ({ page }) => {
    await page.goto('events/2022-01-05-tokayev-asks-csto/');
    await expect(page.locator('main')).not.toContainText('side by side');
  });
});
