/**
 * What a reader's Chromium pays and waits for on the archive's search: bytes on the wire with gzip and
 * the deployment's caching (as `./server.ts` answers), and the time from a keystroke to the results and
 * to the facet counts (`./typing.ts`), plain and with a range of months and a date order.
 */
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { RANGE_QUERY, step, typeAndTime, typingPass } from './typing.ts';
import { fetched, wireCounter } from './wire.ts';

/** A registered Cyrillic name (content/actors/kassym-jomart-tokayev.yaml), and a typo with the word it is corrected to. */
const CYRILLIC_QUERY = 'Токаев';
const TYPO_QUERY = ['Kazakstan', 'Kazakhstan'] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The header search on an article page: what the reader pays when they start to search there, filled in and typed. */
async function headerSearch(browser: Browser, origin: string, slug: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wire = await wireCounter(page);
  await page.goto(`${origin}/articles/${slug}/`, { waitUntil: 'networkidle' });
  const load = wire.read();
  const inlineScriptBytes = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
  );
  wire.reset();
  await page.keyboard.press('/');
  await page.locator('#site-search').fill('Lukasenko');
  const status = (p: typeof page) => p.locator('#site-search-panel .search-status').filter({ hasText: '“Lukasenko”' });
  await step('the header search answers', (timeout) => status(page).waitFor({ timeout }));
  await page.waitForLoadState('networkidle');
  const first = wire.read();
  await context.close();
  // The same, typed a key every 30 ms: intermediate prefixes may fetch index chunks of their own.
  const typedContext = await browser.newContext();
  const typedPage = await typedContext.newPage();
  await typedPage.goto(`${origin}/articles/${slug}/`, { waitUntil: 'networkidle' });
  const typedWire = await wireCounter(typedPage);
  await typedPage.keyboard.press('/');
  await typedPage.keyboard.type('Lukasenko', { delay: 30 });
  await step('the header search answers what was typed', (timeout) => status(typedPage).waitFor({ timeout }));
  await typedPage.waitForLoadState('networkidle');
  const typed = typedWire.read();
  await typedContext.close();
  return {
    articlePage: {
      bytesOnWire: load.bytes,
      scriptBytesOnWire: load.urls.filter((u) => u.url.endsWith('.js')).reduce((n, u) => n + u.bytes, 0),
      inlineScriptBytes,
    },
    headerFirstQuery: { query: 'Lukasenko', ...fetched(first, origin) },
    headerFirstQueryTyped: { query: 'Lukasenko', bytesOnWire: typed.bytes, requests: typed.urls.length },
  };
}

/** The search page: its first query (with the facets), then typing, plain and with a range and a date order. */
async function searchPage(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wire = await wireCounter(page);
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const load = wire.read();
  wire.reset();
  const first = await typeAndTime(page, 'Tokaev', false);
  await page.waitForLoadState('networkidle');
  const firstRead = wire.read();
  const typingToResults = await typingPass(page);
  // The same typing with a range of months and a date order chosen (issue 27): the range filter,
  // the chronology and the facet counts of the range's results, from the same keystroke.
  await page.goto(`${origin}/search/?${RANGE_QUERY}`, { waitUntil: 'networkidle' });
  // A first query filled in, as on the plain page, so both passes start with Pagefind's files loaded.
  await typeAndTime(page, 'Tokaev', false);
  const ranged = await typingPass(page);
  await context.close();
  return {
    searchPage: { loadBytesOnWire: load.bytes },
    searchPageFirstQuery: {
      query: 'Tokaev',
      ...fetched(firstRead, origin),
      ms: Math.round(first.ms),
      facetsMs: Math.round(first.facetsMs),
    },
    typingToResults,
    typingWithRangeAndDateOrder: { url: `/search/?${RANGE_QUERY}`, ...ranged },
  };
}

/** The same first query on a phone, where the filters start folded and are counted only when opened. */
async function phoneFirstQuery(browser: Browser, origin: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const wire = await wireCounter(page);
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const load = wire.read();
  wire.reset();
  await page.locator('#search-q').fill('Tokaev');
  await step('the phone search answers', (timeout) => page.locator('#search-status').filter({ hasText: '“Tokaev”' }).waitFor({ timeout }));
  await page.waitForTimeout(500); // past the pause after which open facets would be counted
  await page.waitForLoadState('networkidle');
  const first = wire.read();
  await context.close();
  return { query: 'Tokaev', loadBytesOnWire: load.bytes, ...fetched(first, origin) };
}

/** A date order as the first query (a shared link, on a phone): it also fetches the date order file. */
async function oldestFirstLink(browser: Browser, origin: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const wire = await wireCounter(page);
  const url = '/search/?q=Tokaev&sort=oldest';
  await page.goto(`${origin}${url}`);
  await step('the oldest-first link answers', (timeout) =>
    page.locator('#search-status').filter({ hasText: 'oldest first' }).waitFor({ timeout }),
  );
  await page.waitForLoadState('networkidle');
  const read = wire.read();
  await context.close();
  return { url, ...fetched(read, origin) };
}

/** A query as the first of a fresh search page: bytes and time to results. */
async function firstQuery(browser: Browser, origin: string, q: string, shown: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wire = await wireCounter(page);
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  wire.reset();
  const { ms, facetsMs } = await typeAndTime(page, q, false, shown);
  await page.waitForLoadState('networkidle');
  const got = wire.read();
  await context.close();
  return { query: q, searched: shown, ...fetched(got, origin), ms: Math.round(ms), facetsMs: Math.round(facetsMs) };
}

/**
 * The queries measured from the Russian and Kazakh search pages: the concept the readers ask for
 * (the glossary's; a corpus without the glossary finds little by it, and the bytes say so) and a
 * registered actor's name in the language's own form, which the corpus's pages carry.
 */
export const LANGUAGE_QUERIES = {
  ru: ['январские события', 'Токаев'],
  kk: ['Қаңтар', 'Тоқаев'],
} as const;

/**
 * A query as the first of a fresh search page in `lang`: the page's own bytes, then the query's, on
 * a wide screen (the filters open, their counts loaded) or on a phone (folded, never counted).
 */
async function languageFirstQuery(browser: Browser, origin: string, lang: string, q: string, phone: boolean) {
  const context = await browser.newContext(phone ? PHONE : {});
  const page = await context.newPage();
  const wire = await wireCounter(page);
  await page.goto(`${origin}/${lang}/search/`, { waitUntil: 'networkidle' });
  const load = wire.read();
  wire.reset();
  await page.locator('#search-q').fill(q);
  // The status line names the query in «»; a corrected or transliterated query is named as searched.
  const status = page.locator('#search-status');
  await step(`/${lang}/search/ answers “${q}”`, (timeout) => status.filter({ hasText: '«' }).waitFor({ timeout }));
  if (!phone)
    await step(`/${lang}/search/ counts the facets of “${q}”`, (timeout) =>
      page.waitForFunction(() => !document.querySelector('#search-facets')?.hasAttribute('aria-busy'), undefined, { timeout }),
    );
  await page.waitForTimeout(500); // past the pause after which open facets would be counted
  await page.waitForLoadState('networkidle');
  const first = wire.read();
  const results = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0] ?? 0);
  await context.close();
  return { query: q, results, loadBytesOnWire: load.bytes, ...fetched(first, origin) };
}

/** Each language's first queries ({@link LANGUAGE_QUERIES}), wide and on a phone, by language. */
async function languagesFirstQueries(browser: Browser, origin: string) {
  type Measured = Awaited<ReturnType<typeof languageFirstQuery>>;
  const out: Record<string, { wide: Measured[]; phone: Measured[] }> = {};
  for (const [lang, queries] of Object.entries(LANGUAGE_QUERIES)) {
    const measured = { wide: [] as Measured[], phone: [] as Measured[] };
    for (const q of queries) {
      measured.wide.push(await languageFirstQuery(browser, origin, lang, q, false));
      measured.phone.push(await languageFirstQuery(browser, origin, lang, q, true));
    }
    out[lang] = measured;
  }
  return out;
}

export async function measureBrowser(port: number, articleSlug: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const header = await headerSearch(browser, origin, articleSlug);
    const search = await searchPage(browser, origin);
    const phone = await phoneFirstQuery(browser, origin);
    const oldest = await oldestFirstLink(browser, origin);
    return {
      cyrillicFirstQuery: await firstQuery(browser, origin, CYRILLIC_QUERY, CYRILLIC_QUERY),
      typoFirstQuery: await firstQuery(browser, origin, TYPO_QUERY[0], TYPO_QUERY[1]),
      ...header,
      searchPage: search.searchPage,
      phoneSearchPageFirstQuery: phone,
      oldestFirstLink: oldest,
      searchPageFirstQuery: search.searchPageFirstQuery,
      typingToResults: search.typingToResults,
      typingWithRangeAndDateOrder: search.typingWithRangeAndDateOrder,
      languagesFirstQuery: await languagesFirstQueries(browser, origin),
    };
  } finally {
    await browser.close();
  }
}
