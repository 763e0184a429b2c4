/**
 * A missing address gets the 404 page in the reader's language, served by nginx with deploy/nginx.conf
 * and the build's rules: /ru/… the Russian one, /kk/… the Kazakh one, and a prefix that is no language
 * of the archive (/de/…) the English one, each with status 404.
 */
import { expect, test } from '@playwright/test';

const url = process.env['NGINX_URL'] ?? '';
test.use({ baseURL: url });

for (const [path, lang, heading] of [
  ['ru/no-such-page/', 'ru', 'Страница не найдена'],
  ['kk/timeline/no-such-year/', 'kk', 'Бет табылмады'],
  // The error page's own address is no ordinary page: missing, with status 404.
  ['ru/404/', 'ru', 'Страница не найдена'],
  ['kk/404/index.html', 'kk', 'Бет табылмады'],
  ['de/timeline/', 'en', 'Page not found'],
  ['no-such-page/', 'en', 'Page not found'],
] as const) {
  test(`/${path} is answered with the ${lang} 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(heading);
  });
}
