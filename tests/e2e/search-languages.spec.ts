/**
 * Search in the reader's language, from /ru/search/ and /kk/search/: what the scripts
 * say is in the page's language, results lead to the page's copy in that language where its kind is
 * built in every language (LANGUAGE_KINDS, so the expectation follows the kinds as they are added),
 * a translated title or description word finds its page, a result found through the glossary says
 * which entry, and Kazakh typed on a Russian keyboard finds what the Kazakh letters find.
 */
import { expect, type Page, test } from '@playwright/test';
import { languagesOf } from '../../src/lib/i18n/page-languages.ts';

const EVENT = '2022-01-05-tokayev-asks-csto';

/** The results listed now: each title link's path and its `lang` attribute, and the result's text. */
const listed = (page: Page) =>
  page.locator('#search-results .search-result').evaluateAll((items) =>
    items.map((li) => {
      const a = li.querySelector('h2 a') as HTMLAnchorElement;
      return { path: a.pathname, lang: a.getAttribute('lang'), title: a.textContent ?? '', text: li.textContent ?? '' };
    }),
  );

async function search(page: Page, lang: string, q: string) {
  await page.goto(`${lang ? `${lang}/` : ''}search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#search-status')).not.toBeEmpty();
  return listed(page);
}

test.describe('search in the reader’s language', () => {
  test('the Russian page says what it found in Russian, and leads to the Russian copy where there is one', async ({ page }) => {
    const found = await search(page, 'ru', 'январские события');
    await expect(page.locator('#search-status')).toHaveText(/^\d+ результат(а|ов)? по запросу «январские события»\.$/);
    const event = found.find((r) => r.path.endsWith(`/events/${EVENT}/`));
    expect(event, 'the event the glossary term names').toBeDefined();
    // Its Russian title, in the page's language (no lang of its own), found through the glossary, dated in Russian.
    expect(event?.title).toBe('Токаев просит ОДКБ о помощи');
    expect(event?.lang).toBeNull();
    expect(event?.text).toContain('Найдено по глоссарию: январские события');
    expect(event?.text).toContain('5 января 2022');
    expect(event?.text).toContain('Событие');
    for (const r of found) {
      const english = r.path.replace(/^\/ru\//, '/');
      expect(r.path, r.title).toBe(languagesOf(english).includes('ru') ? `/ru${english}` : english);
      // An archived article's title stays as collected, marked as English.
      if (english.startsWith('/articles/')) expect(r.lang, r.title).toBe('en');
    }
  });

  test('a word of a Russian title, and of a Kazakh one, finds the event', async ({ page }) => {
    expect((await search(page, 'ru', 'просит ОДКБ')).some((r) => r.path.endsWith(`/events/${EVENT}/`))).toBe(true);
    const kk = await search(page, 'kk', 'көмек сұрайды');
    expect(kk.find((r) => r.path.endsWith(`/events/${EVENT}/`))?.title).toBe('Тоқаев ҰҚШҰ-дан көмек сұрайды');
    await expect(page.locator('#search-status')).toContainText('сұрауы бойынша');
  });

  for (const [kazakh, typed] of [
    ['көмек сұрайды', 'комек сурайды'],
    ['Қаңтар оқиғасы', 'Кантар окигасы'],
  ] as const) {
    test(`from /kk/search/, “${typed}” (Russian keyboard) finds what “${kazakh}” finds`, async ({ page }) => {
      const paths = async (q: string) => (await search(page, 'kk', q)).map((r) => r.path).sort();
      const withLetters = await paths(kazakh);
      expect(withLetters.length).toBeGreaterThan(0);
      expect(await paths(typed)).toEqual(withLetters);
    });
  }

  test('the search page says in each language how to type Kazakh letters on a Russian keyboard', async ({ page }) => {
    for (const [lang, words] of [
      ['kk', 'ә орнына а'],
      ['ru', 'ә как а'],
      ['', 'ә as а'],
    ] as const) {
      await page.goto(`${lang}${lang ? '/' : ''}search/`);
      await expect(page.locator('#search-keyboard')).toContainText(words);
      await expect(page.locator('#search-q')).toHaveAttribute('aria-describedby', 'search-keyboard');
    }
  });

  test('notes, filters and the idle line are in the page’s language', async ({ page }) => {
    await page.goto('ru/search/');
    await expect(page.locator('#search-status')).toContainText('Введите слова');
    await search(page, 'ru', 'Tokayev zzqxv');
    await expect(page.locator('#search-notes')).toContainText('Ни в одном тексте архива нет слова «zzqxv»');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('kk/search/?q=Tokayev');
    await expect(page.locator('#search-facets legend').first()).toHaveText('Түрі');
    await expect(page.locator('#search-active')).toHaveText('(ештеңе таңдалмаған)');
    await page.goto('kk/search/?q=Tokayev&from=2022-13');
    await expect(page.locator('#search-problems')).toContainText('«2022-13» мәні (аралықтың басы) ай емес');
  });

  test('the header’s live results on a Kazakh page speak Kazakh', async ({ page }) => {
    await page.goto('kk/browse/');
    await page.locator('#site-search').fill('Қаңтар');
    await expect(page.locator('#site-search-panel .search-status')).toContainText('сұрауы бойынша');
    await expect(page.locator('#site-search-panel')).toContainText('Барлық нәтижелер мен сүзгілер');
  });

  test('English search says what it said before', async ({ page }) => {
    await search(page, '', 'Tokayev zzqxv');
    await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “Tokayev”\.$/);
    await expect(page.locator('#search-notes')).toContainText('No text in the archive has the word “zzqxv”');
    const found = await listed(page);
    expect(found.every((r) => !/^\/(ru|kk)\//.test(r.path) && r.lang === null)).toBe(true);
  });
});
