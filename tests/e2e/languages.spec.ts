/**
 * The archive in English, Russian and Kazakh, as a reader switches between them: the switcher keeps the
 * page and (with JavaScript) the anchor, and without JavaScript still keeps the page; every language's
 * pages say what language they are in. The 404 page per language is served by nginx
 * (tests/nginx/languages.spec.ts): `astro preview` answers every missing address with the root's.
 */
import { expect, type Page, test } from '@playwright/test';
import { namedForAxe } from './axe-named.ts';

/**
 * `path` at 360 px in dark mode: no sideways scroll, and contrast. In light mode, the every-page pass of
 * tests/e2e/site.spec.ts runs every axe rule on it and checks the phone's width (tests/e2e/axe-named.ts).
 */
async function darkOnAPhone(page: Page, path: string) {
  namedForAxe(path);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'sideways scroll').toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the switcher keeps the page and the anchor, in both directions', async ({ page }) => {
  await page.goto('browse/#main');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.lang-switcher a[hreflang="ru"]').click();
  await expect(page).toHaveURL(/\/ru\/browse\/#main$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toContainText('Все статьи');
  await page.locator('.lang-switcher a[hreflang="kk"]').click();
  await expect(page).toHaveURL(/\/kk\/browse\/#main$/);
  await expect(page.locator('h1')).toContainText('Барлық мақалалар');
  await page.locator('.lang-switcher a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/browse\/#main$/);
  await expect(page).not.toHaveURL(/\/(ru|kk)\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switcher still leads to the same page in the other language', async ({ page }) => {
    await page.goto('kk/');
    await expect(page.locator('.lang-switcher a[aria-current="page"]')).toHaveAccessibleName('Қазақша');
    await page.locator('.lang-switcher a[hreflang="ru"]').click();
    await expect(page).toHaveURL(/\/ru\/$/);
    await expect(page.locator('h2').first()).toHaveText('Статьи, сначала новые');
  });
});

test('a Russian page marks the archived titles with their own language and says they are not translated', async ({ page }) => {
  await page.goto('ru/');
  const titles = page.locator('.article-list h3');
  expect(await titles.count()).toBeGreaterThan(0);
  for (const lang of await titles.evaluateAll((hs) => hs.map((h) => h.getAttribute('lang')))) expect(lang).toMatch(/^[a-z]{2,3}$/);
  await expect(page.locator('main')).toContainText('никогда не переводятся');
  await expect(page.locator('.site-nav')).toContainText('Хронология');
});

test.describe('search from the Russian and Kazakh pages', () => {
  /** The last path segments of the results listed now. */
  const results = (page: import('@playwright/test').Page) =>
    page
      .locator('#search-results .search-result h2 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.replace(/\/$/, '').split('/').at(-1) ?? ''));

  for (const [lang, q, expected] of [
    ['ru', 'январские события', '2022-01-05-tokayev-asks-csto'],
    ['ru', 'Елбасы', 'nursultan-nazarbayev'],
    ['kk', 'Қаңтар', '2022-01-02-kazakhstan-fuel-price-protests-begin'],
    ['kk', 'Елбасы', 'nursultan-nazarbayev'],
  ] as const) {
    test(`/${lang}/search/ finds ${expected} for “${q}”, in a page in ${lang}`, async ({ page }) => {
      await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('#search-results .search-result').first()).toBeVisible();
      expect(await results(page)).toContain(expected);
    });
  }

  test('the header’s search field on a Russian page submits to the Russian search page', async ({ page }) => {
    await page.goto('ru/browse/');
    await page.locator('#site-search').fill('Елбасы');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/ru\/search\/\?q=/);
    await expect(page.locator('h1')).toHaveText('Поиск по архиву');
  });
});

test.describe('the longer Cyrillic interface at 360 px, light and dark', () => {
  // Every axe rule, in light mode, by tests/e2e/site.spec.ts (tests/e2e/axe-named.ts), the editions changelog,
  // the longest page, among the pages it opens; here the header as drawn, and dark mode's contrast.
  for (const path of ['kk/', 'ru/search/', 'kk/about/method/']) {
    test(`/${path} fits the phone's width and keeps its contrast`, async ({ page }) => {
      const name = path.replace(/\/$/, '').replace(/\//g, '_');
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      await page.locator('.site-header').screenshot({ path: `test-results/screenshots/lang-${name}-header-360-light.png` });
      await darkOnAPhone(page, path);
      await page.locator('.site-header').screenshot({ path: `test-results/screenshots/lang-${name}-header-360-dark.png` });
    });
  }
});

test.describe('the timeline, the drawings and the data index in Russian and Kazakh', () => {
  test('the Russian timeline heads its months in Russian and its overview speaks Russian', async ({ page }) => {
    await page.goto('ru/timeline/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText('Хронология, 2020–2022');
    await expect(page.locator('main h3', { hasText: /^Январь 2022$/ })).toBeVisible();
    await expect(page.locator('.overview figcaption')).toContainText('точки — точные дни');
    await expect(page.locator('#overview-title')).toContainText('январь 2020 – декабрь 2022');
    await expect(page.locator('.tl-entry time').first()).toHaveText(/\d{4}|[а-я]/);
  });
  test('the Kazakh drawings have their legends, titles and names in Kazakh', async ({ page }) => {
    await page.goto('kk/timeline/');
    await expect(page.locator('svg .ov-band')).toHaveText(['Оқиғалар', 'Мақалалар']);
    await page.goto('kk/actors/');
    await expect(page.locator('svg.network title[id="network-title"]')).toContainText('желісі');
    await expect(page.locator('svg.network a[data-actor="actors/kazakhstan"]').first()).toHaveAttribute(
      'aria-label',
      /: \d+ мақалада аталады, /,
    );
    await page.goto('kk/places/');
    await expect(page.locator('svg.map title[id="map-title"]')).toContainText('Мұрағат тіркеген орындардың картасы');
  });
  test('the switcher keeps the period and the month’s anchor', async ({ page }) => {
    await page.goto('timeline/2022/#g-2022-01');
    await page.locator('.lang-switcher a[hreflang="ru"]').click();
    await expect(page).toHaveURL(/\/ru\/timeline\/2022\/#g-2022-01$/);
    await expect(page.locator('#g-2022-01')).toHaveText('Январь 2022');
    await page.locator('.lang-switcher a[hreflang="kk"]').click();
    await expect(page).toHaveURL(/\/kk\/timeline\/2022\/#g-2022-01$/);
    await expect(page.locator('#g-2022-01')).toHaveText('2022 жылғы қаңтар');
  });
  test('the Russian data index links to the same files as the English one', async ({ page }) => {
    await page.goto('ru/data/');
    await expect(page.locator('h1')).toHaveText('Данные и ленты');
    const link = page.locator('a', { hasText: 'datapackage.json' }).first();
    await expect(link).toHaveAttribute('href', /\/data\/datapackage\.json$/);
    await expect(link).not.toHaveAttribute('href', /\/ru\//);
    expect((await page.request.get((await link.getAttribute('href')) ?? '')).ok()).toBe(true);
    await expect(page.locator('td[lang="en"]').first()).toBeVisible();
  });
  // Each of these pages passes axe: tests/e2e/site.spec.ts opens them (AXE_NAMED) with the every-page checks.
});

test.describe('an article in Russian', () => {
  const slug = 'russia-has-no-allies-bezpalko-says';
  test('keeps its text in its own language, says so, and offers its tools and ГОСТ in Russian', async ({ page }) => {
    await page.goto(`ru/articles/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#p2')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#p2 a.plink')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('#p2 a.plink')).toHaveAttribute('aria-label', 'Ссылка на абзац 2');
    await expect(page.locator('article header')).toContainText('никогда не переводятся');
    await expect(page.locator('#provenance')).toHaveText('Происхождение');
    // "Cite this" in Russian, ГОСТ first, in the page's HTML.
    await expect(page.locator('#cite summary')).toHaveText('Как цитировать');
    await expect(page.locator('#cite dt').first()).toHaveText('ГОСТ Р 7.0.100–2018');
    await expect(page.locator('#cite .citation').first()).toContainText('URL:');
    // The ¶ mark's menu in Russian.
    await page.locator('#p2 a.plink').click();
    await expect(page.locator('.ptools button').first()).toHaveText('Копировать ссылку на ¶2');
    await page.locator('.ptools button', { hasText: 'Цитировать ¶2' }).click();
    await expect(page.locator('.ptools-cite')).toContainText('Цитируется: абзац 2');
    await expect(page.locator('.ptools-cite dt').first()).toHaveText('ГОСТ Р 7.0.100–2018');
    await expect(page.locator('#cite .cite-scope')).toHaveText('Цитируется абзац 2, дата обращения — сегодня.');
  });
  test('the switcher keeps the paragraph', async ({ page }) => {
    await page.goto(`articles/${slug}/#p2`);
    await page.locator('.lang-switcher a[hreflang="ru"]').click();
    await expect(page).toHaveURL(new RegExp(`/ru/articles/${slug}/#p2$`));
    await expect(page.locator('#p2')).toBeInViewport();
    await page.locator('.lang-switcher a[hreflang="kk"]').click();
    await expect(page).toHaveURL(new RegExp(`/kk/articles/${slug}/#p2$`));
    await expect(page.locator('#cite summary')).toHaveText('Қалай сілтеме жасау керек');
  });
});

test.describe('event, actor and place pages in Russian and Kazakh', () => {
  test('a Russian event page: its translated title in Russian, the draft note, the date in Russian, the sources as collected', async ({
    page,
  }) => {
    await page.goto('ru/events/2022-01-05-tokayev-asks-csto/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const title = page.locator('h1');
    await expect(title).toHaveText('Токаев просит ОДКБ о помощи');
    // In the page's own language, so the title carries no lang of its own (the page's is Russian).
    await expect(title).not.toHaveAttribute('lang', /./);
    await expect(page.locator('h1 + .translation-note')).toHaveText('Черновой перевод, ещё не проверен.');
    await expect(page.locator('.event-date time')).toHaveText('5 января 2022');
    await expect(page.locator('.event-date')).toContainText('дата подтверждена');
    // An archived sentence and its article's title stay as collected, marked English.
    await expect(page.locator('q.src-sentence').first()).toHaveAttribute('lang', 'en');
    await expect(page.locator('.src-title a').first()).toHaveAttribute('lang', 'en');
    // Links lead to the Russian pages where they exist.
    await expect(page.locator('.box a[href*="/actors/kassym-jomart-tokayev/"]')).toHaveAttribute('href', /\/ru\/actors\//);
    await expect(page.locator('.box a[href*="/actors/kassym-jomart-tokayev/"]')).toHaveText('Касым-Жомарт Токаев');
  });

  test('a Kazakh place page shows its draft Kazakh description, said to be a draft, under its Kazakh name', async ({ page }) => {
    // Every registry description now has a Kazakh draft; the Russian and English fallbacks are the cases of
    // src/lib/i18n/editorial.test.ts.
    await page.goto('kk/places/donetsk/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    const description = page.locator('h1 ~ p.prose');
    await expect(description).not.toHaveAttribute('lang', /./);
    await expect(description).toContainText('Украинаның шығысындағы қала');
    await expect(page.locator('p.prose + .translation-note')).toHaveText('Аударманың жобасы, әлі тексерілмеген.');
    // The Kazakh form registered for Donetsk, in the page's language.
    await expect(page.locator('h1')).toHaveText('Донецк');
    await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
  });

  for (const path of ['ru/events/2022-01-05-tokayev-asks-csto/', 'kk/actors/kassym-jomart-tokayev/', 'kk/places/donetsk/']) {
    test(`/${path} fits 360 px and keeps its contrast in dark mode; axe in site.spec.ts`, async ({ page }) => {
      await darkOnAPhone(page, path);
    });
  }

  test('a Kazakh actor page names the actor by its Kazakh form', async ({ page }) => {
    await page.goto('kk/actors/kassym-jomart-tokayev/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.locator('h1')).toHaveText('Қасым-Жомарт Тоқаев');
    await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
    await expect(page.locator('#spellings-heading')).toHaveText('Жазылу нұсқалары');
    await expect(page.locator('.lang-switcher a[hreflang="en"]')).toHaveAttribute('href', /\/actors\/kassym-jomart-tokayev\/$/);
  });
});

test.describe('removed and sub-lists in ru/kk', () => {
  // The actors' and places' full lists exist only past the entry page's preview, so not in the test build:
  // here the removed-texts list stands for the paginated kinds (which paths are of those kinds:
  // src/lib/i18n/page-languages.test.ts).
  test('the Russian removed-texts list: Russian words, the titles and reasons as collected, links in Russian', async ({ page }) => {
    await page.goto('ru/about/removed/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText('Что удалено из каждого текста');
    await expect(page.locator('main .meta').first()).toHaveText(
      /^1–\d+ из \d+ стат(ьи|ей), сначала новые\. Правила описаны на странице «Об архиве»\.$/,
    );
    await expect(page.locator('main .meta a').first()).toHaveAttribute('href', /\/ru\/about\/$/);
    const titles = page.locator('main section h2');
    expect(await titles.count()).toBeGreaterThan(0);
    for (const lang of await titles.evaluateAll((hs) => hs.map((h) => h.getAttribute('lang')))) expect(lang).toBe('en');
    for (const href of await titles.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/\/ru\/articles\/[^/]+\/$/);
    // A removal's label in Russian quotation marks; the editor's reason is English, marked so.
    const item = page.locator('main section li').first();
    await expect(item).toHaveText(/^«.+»/);
    await expect(item.locator('span[lang="en"]')).toHaveCount(1);
    await expect(page.locator('nav.pagination')).toHaveAttribute('aria-label', 'Страницы');
  });
  test('the switcher keeps the reader on the removed-texts list', async ({ page }) => {
    await page.goto('about/removed/');
    await page.locator('.lang-switcher a[hreflang="ru"]').click();
    await expect(page).toHaveURL(/\/ru\/about\/removed\/$/);
    await expect(page.locator('h1')).toHaveText('Что удалено из каждого текста');
    await page.locator('.lang-switcher a[hreflang="kk"]').click();
    await expect(page).toHaveURL(/\/kk\/about\/removed\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.locator('h1')).toHaveText('Әр мәтіннен алынып тасталғандар');
    await page.locator('.lang-switcher a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/about\/removed\/$/);
    await expect(page).not.toHaveURL(/\/(ru|kk)\//);
    await expect(page.locator('h1')).toHaveText('What was removed from each text');
  });
  for (const path of ['ru/about/removed/', 'kk/about/removed/']) {
    test(`/${path} fits 360 px and keeps its contrast in dark mode; axe in site.spec.ts`, async ({ page }) => {
      await darkOnAPhone(page, path);
    });
  }
});
