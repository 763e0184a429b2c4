/**
 * The search page's facet values in the reader's language: on /ru/search/ and /kk/search/ each value
 * reads as its label (a registered name's display form, a kind from the dictionary), marked with its
 * language where that is not the page's, sorted as the page's language sorts; the form and the
 * address keep the index's English value, so a filter chosen on the Russian page finds what it finds
 * on the English one. The expected names are read from the registry's files, not typed in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { nameIn } from '../../src/lib/i18n/names.ts';
import type { Lang } from '../../src/lib/i18n/langs.ts';

type Entry = { name: string; names: Array<{ form: string; language: string; display: boolean }> };

/** The registry's entries of a folder of content/, by id (a name form without `display` is not displayed). */
function registry(folder: 'actors' | 'places'): Map<string, Entry> {
  const dir = join('content', folder);
  return new Map(
    readdirSync(dir).map((f) => {
      const e = parse(readFileSync(join(dir, f), 'utf8')) as {
        name: string;
        names?: Array<{ form: string; language: string; display?: boolean }>;
      };
      const names = (e.names ?? []).map((n) => ({ form: n.form, language: n.language, display: n.display === true }));
      return [f.replace(/\.yaml$/, ''), { name: e.name, names }];
    }),
  );
}
const actors = registry('actors');
const places = registry('places');
const TOKAYEV = actors.get('kassym-jomart-tokayev') as Entry;

/** A facet's values as drawn: the checkbox's value, the label's text and its `lang` (null: the page's), the count. */
const drawn = (page: Page, facet: string) =>
  page.locator(`#search-facets input[name="${facet}"]`).evaluateAll((boxes) =>
    boxes.map((box) => {
      const label = box.parentElement as HTMLLabelElement;
      const span = label.querySelector('span:not(.count)');
      const text = span?.textContent ?? [...label.childNodes].find((n) => n.nodeType === 3 && n.textContent?.trim())?.textContent ?? '';
      const count = /\((\d+)\)/.exec(label.querySelector('.count')?.textContent ?? '')?.[1];
      return { value: (box as HTMLInputElement).value, text: text.trim(), lang: span?.getAttribute('lang') ?? null, count: Number(count) };
    }),
  );

/** Waits for the facets of the shown search to be counted, and shows every value of `facet`. */
async function counted(page: Page, facet: string) {
  await expect(page.locator('#search-facets')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator(`#search-facets input[name="${facet}"]`).first()).toBeVisible();
  const more = page.locator(`#search-facets button[data-facet="${facet}"][aria-expanded="false"]`);
  if ((await more.count()) > 0) await more.click();
}

/** The result paths listed, each as the English page's path, and how many results the status line counts. */
async function results(page: Page) {
  await expect(page.locator('#search-status')).not.toBeEmpty();
  const paths = await page
    .locator('#search-results .search-result h2 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\/(ru|kk)\//, '/')));
  return { total: Number(/\d+/.exec((await page.locator('#search-status').textContent()) ?? '')?.[0]), paths };
}

test.describe('facet values in ru/kk', () => {
  test('a Russian query shows the actor facet by its Russian name, and choosing it filters as on the English page', async ({ page }) => {
    await page.goto('ru/search/?q=Токаев');
    await counted(page, 'actor');
    const shown = await drawn(page, 'actor');
    const tokayev = shown.find((v) => v.value === TOKAYEV.name);
    expect(tokayev, 'Tokayev among the actors').toBeDefined();
    expect(tokayev?.text).toBe(nameIn(TOKAYEV, 'ru').text);
    expect(tokayev?.text).toMatch(/Токаев/);
    expect(tokayev?.lang).toBeNull();

    await page.locator(`#search-facets input[name="actor"][value="${TOKAYEV.name}"]`).check();
    // The address carries the index's value, the same in every language.
    await expect(page).toHaveURL(/[?&]actor=Kassym-Jomart(\+|%20)Tokayev/);
    // The status line is set once the filtered results are listed; the count anchored, since it names «Токаев» before the choice too.
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${tokayev?.count} результат.* «Токаев»`));
    const ru = await results(page);
    await page.goto(`search/?${new URL(page.url()).search.slice(1)}`);
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${tokayev?.count} results? for “Токаев”`));
    expect(await results(page)).toEqual(ru);
  });

  for (const lang of ['ru', 'kk'] as const) {
    test(`every actor, state and place value on /${lang}/search/ reads as the registry’s name for a ${lang} reader`, async ({ page }) => {
      await page.goto(`${lang}/search/?q=Kazakhstan`);
      for (const [facet, entries] of [
        ['actor', actors],
        ['state', actors],
        ['place', places],
      ] as const) {
        await counted(page, facet);
        const byName = new Map([...entries.values()].map((e) => [e.name, e]));
        const shown = await drawn(page, facet);
        expect(shown.length, facet).toBeGreaterThan(0);
        for (const v of shown) {
          const entry = byName.get(v.value);
          expect(entry, `${facet} ${v.value} is registered`).toBeDefined();
          const name = nameIn(entry as Entry, lang as Lang);
          expect({ value: v.value, text: v.text, lang: v.lang }).toEqual({
            value: v.value,
            text: name.text,
            lang: name.lang === lang ? null : name.lang,
          });
        }
        // Most counted first; equal counts in the order of the page's language, as the browser's collation has it.
        const ties = shown.slice(1).flatMap((b, i) => {
          const a = shown[i] as (typeof shown)[number];
          expect(b.count, `${a.text} before ${b.text}`).toBeLessThanOrEqual(a.count);
          return b.count === a.count ? [[a.text, b.text] as const] : [];
        });
        const unordered = await page.evaluate(([l, pairs]) => pairs.filter(([a, b]) => new Intl.Collator(l).compare(a, b) > 0), [
          lang,
          ties,
        ] as const);
        expect(unordered, facet).toEqual([]);
      }
    });
  }

  test('a kind reads as the dictionary says, and a derived state’s note names it in the page’s language', async ({ page }) => {
    const state = actors.get('russia') as Entry;
    await page.goto(`ru/search/?state=${encodeURIComponent(state.name)}`);
    await counted(page, 'kind');
    expect((await drawn(page, 'kind')).find((v) => v.value === 'Person')?.text).toBe('Человек');
    const chosen = (await drawn(page, 'state')).find((v) => v.value === state.name);
    expect(chosen?.text).toBe(nameIn(state, 'ru').text);
    await expect(page.locator('#search-results .search-derived').first()).toBeVisible();
    const notes = await page.locator('#search-results .search-derived').allInnerTexts();
    for (const note of notes) {
      expect(note).toContain(nameIn(state, 'ru').text);
      expect(note).not.toContain(state.name);
    }
  });

  test('the Kazakh page with its facets open and the longest labels shown is axe clean and fits 360 px, light and dark', async ({
    page,
  }) => {
    // Four loads of the page, each with axe: more than one page's time on the shared machine.
    test.setTimeout(180_000);
    const russia = actors.get('russia') as Entry;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`kk/search/?q=Kazakhstan&state=${encodeURIComponent(russia.name)}`);
        await page.locator('#search-filters').evaluate((d) => {
          (d as HTMLDetailsElement).open = true;
        });
        for (const facet of ['actor', 'acting', 'place']) await counted(page, facet);
        await expect(page.locator('#search-facets label span[lang]').first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${width} px, ${scheme}`).toBeLessThanOrEqual(0);
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    }
  });
});
