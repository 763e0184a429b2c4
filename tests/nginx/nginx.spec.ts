/**
 * The archive served by Debian's nginx with deploy/nginx.conf (tests/nginx/server.ts): the security
 * headers and the Content-Security-Policy as a header, precompressed files, the cache rules, the
 * 404 page, a 301 for every entry of content/redirects.yaml, and search, highlighting and paragraph
 * links working under the enforced policy with no violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseRedirects } from '../../src/lib/site/redirects.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/deploy/rules.ts';

const url = process.env['NGINX_URL'] ?? '';
const dist = process.env['DIST_DIR'] ?? 'dist';
test.use({ baseURL: url });

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET exactly as sent (no automatic Accept-Encoding, no decompression, no following redirects). */
function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    const req = httpRequest(new URL(path.replace(/^\//, ''), url), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const file = (rel: string) => readFileSync(join(dist, rel));
const article = readdirSync(join(dist, 'articles'), { withFileTypes: true }).find((e) => e.isDirectory())?.name ?? '';
const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css')) ?? '';
// A fragment's path under pagefind/fragment/: `<build>/<number>.pf_fragment` (src/lib/search/result-ids.ts).
const fragment =
  readdirSync(join(dist, 'pagefind', 'fragment'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.pf_fragment')) ?? '';

test('the build has what these tests serve', () => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect([article, css, fragment].every(Boolean)).toBe(true);
});

test('every response carries the security headers, the CSP among them', async () => {
  for (const path of ['/', `/articles/${article}/`, `/_astro/${css}`, `/pagefind/fragment/${fragment}`, '/no-such-page/']) {
    const { headers } = await get(path);
    const csp = headers['content-security-policy'] ?? '';
    const required = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"];
    for (const directive of required) expect(csp, `${path}: ${directive}`).toContain(directive);
    expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp, path).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('pages go out gzipped to browsers that accept it, as the .gz the build wrote, and plain to others', async () => {
  const path = `/articles/${article}/`;
  const original = file(`articles/${article}/index.html`);
  const gz = await get(path, { 'Accept-Encoding': 'gzip' });
  expect(gz.status).toBe(200);
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gz.headers['vary']).toBe('Accept-Encoding');
  expect(gz.body).toEqual(file(`articles/${article}/index.html.gz`));
  expect(gunzipSync(gz.body)).toEqual(original);
  expect(gz.body.byteLength).toBeLessThan(original.byteLength / 2);
  const plain = await get(path);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toEqual(original);
  const js = await get('/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(js.headers['content-encoding']).toBe('gzip');
});

test('hashed files are cached for a year, pages and Pagefind entry files revalidate', async () => {
  const cache = async (path: string) => (await get(path)).headers['cache-control'];
  expect(await cache(`/_astro/${css}`)).toBe(IMMUTABLE);
  expect(await cache(`/pagefind/fragment/${fragment}`)).toBe(IMMUTABLE);
  const meta = readdirSync(join(dist, 'pagefind')).find((f) => f.endsWith('.pf_meta')) ?? '';
  expect(await cache(`/pagefind/${meta}`)).toBe(IMMUTABLE);
  expect(await cache(`/articles/${article}/`)).toBe(REVALIDATE);
  expect(await cache('/')).toBe(REVALIDATE);
  expect(await cache('/pagefind/pagefind.js')).toBe(REVALIDATE);
  expect(await cache('/pagefind/pagefind-entry.json')).toBe(REVALIDATE);
});

test('a missing page is the archive’s 404 page with status 404', async () => {
  const res = await get('/articles/no-such-article/');
  expect(res.status).toBe(404);
  expect(res.body.toString()).toBe(file('404.html').toString());
  expect((await get('/_nginx/rules.conf')).status).toBe(404);
  expect((await get('/_headers')).status).toBe(404);
});

test('every entry of content/redirects.yaml is a 301 to its new page', async () => {
  const redirects = parseRedirects(readFileSync('content/redirects.yaml', 'utf8'));
  expect(redirects.length).toBeGreaterThan(0);
  for (const r of redirects) {
    const res = await get(r.from);
    expect(res.status, r.from).toBe(301);
    expect(res.headers['location'], r.from).toBe(r.to);
  }
});

/** Records every CSP violation (the DOM event and Chromium's console report) and every console error. */
async function watch(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const seen = { violations: [] as string[], errors: [] as string[] };
  await page.exposeFunction('reportViolation', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportViolation: (v: string) => void }).reportViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.violations.push(m.text());
    else if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

test('search, highlighting and paragraph links work under the enforced policy, with no violation', async ({ page, context }) => {
  const seen = await watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const res = await page.goto('search/?q=Lukasenko');
  expect(res?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  await expect(page.locator('#search-status')).toContainText(/result/);
  // The result's title link (a result also links each matching paragraph).
  const link = page.locator('.search-result a[href*="moscow-warning-post-soviet-states-about-belarus"]').first();
  const href = await link.getAttribute('href');
  const anchor = /#(p\d+)$/.exec(href ?? '')?.[1] ?? '';
  expect(anchor).not.toBe('');
  await link.click();
  await expect(page.locator(`#${anchor} mark.search-hit`, { hasText: 'Lukashenka' }).first()).toBeVisible();

  const plink = page.locator('#p2 a.plink');
  await plink.focus();
  await plink.click();
  await page.getByRole('button', { name: 'Copy link to ¶2' }).click();
  await expect(page.locator('#page-tools')).toContainText('copied');
  // The address copied after a search's link is the paragraph's, without the highlight.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/articles\/[^/?]+\/#p2$/);

  // The header's live search on another page: the loader and Pagefind load on focus.
  await page.goto('timeline/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('Kiev');
  await expect(page.locator('#site-search-panel [role="status"]')).toContainText('for “Kiev”');
  await expect(page.locator('#site-search-panel a[href*="/articles/"]').first()).toBeVisible();

  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('an inline script the build did not hash is blocked and reported', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`articles/${article}/`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.title = "injected"';
    document.body.append(s);
  });
  await expect.poll(() => seen.violations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('injected');
});
