/**
 * The archive served by Debian's nginx with deploy/nginx.conf (tests/nginx/server.ts): the security
 * headers and the Content-Security-Policy as a header, precompressed files, the cache rules, the
 * 404 page, a 301 for every entry of content/redirects.yaml, and search, highlighting and paragraph
 * links working under the enforced policy with no violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
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

test('a range of months and a result set taken away work under the enforced policy, with no violation', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('search/?q=Kazakhstan&from=2022-01&sort=oldest');
  await expect(page.locator('#search-status')).toContainText('dated from January 2022');
  // The citations are the articles' own files, fetched from this host; the file is made in the page.
  for (const format of ['ris', 'csv']) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`#search-takeaway button[data-format="${format}"]`).click(),
    ]);
    expect(readFileSync((await file.path()) ?? '', 'utf8').length, format).toBeGreaterThan(0);
    await expect(page.locator('#search-takeaway [role="status"]')).toContainText('Downloaded');
  }
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

/** Parses `_headers`' Content-Type rules: each pattern (`/articles/:p2/cite.bib`) and its type. */
function typeRulesOf(text: string): Array<{ pattern: RegExp; type: string }> {
  const out: Array<{ pattern: RegExp; type: string }> = [];
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) path = line;
    const m = /^ {2}Content-Type: (.*)$/.exec(line);
    if (m?.[1] !== undefined) out.push({ pattern: new RegExp(`^${path.replace(/\./g, '\\.').replace(/:p\d+/g, '[^/]+')}$`), type: m[1] });
  }
  return out;
}

test('every kind of file the archive serves has its media type with charset=utf-8, the same as _headers gives static hosts', async () => {
  const files = {
    '/': 'text/html; charset=utf-8',
    [`/articles/${article}/source.txt`]: 'text/plain; charset=utf-8',
    [`/articles/${article}/cite.bib`]: 'application/x-bibtex; charset=utf-8',
    [`/articles/${article}/cite.ris`]: 'application/x-research-info-systems; charset=utf-8',
    [`/articles/${article}/cite.json`]: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    [`/articles/${article}/tei.xml`]: 'application/tei+xml; charset=utf-8',
    '/data/articles.csv': 'text/csv; charset=utf-8',
    '/data/articles.json': 'application/json; charset=utf-8',
    '/data/datapackage.json': 'application/json; charset=utf-8',
    '/feed.xml': 'application/atom+xml; charset=utf-8',
    '/sitemap.xml': 'application/xml; charset=utf-8',
    '/pagefind/facets.txt': 'text/plain; charset=utf-8',
    [`/_astro/${css}`]: 'text/css; charset=utf-8',
  };
  const rules = typeRulesOf(file('_headers').toString());
  for (const [path, type] of Object.entries(files)) {
    for (const encoding of [{}, { 'Accept-Encoding': 'gzip' }]) {
      const res = await get(path, encoding);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
    }
    // Pages, styles and the files only the archive's scripts read are typed by the host itself (src/lib/deploy/static-host.ts).
    if (path.endsWith('/') || path.endsWith('.css') || path.startsWith('/pagefind/')) continue;
    // Static hosts get the same type from _headers.
    expect(
      rules.filter((r) => r.pattern.test(path)).map((r) => r.type),
      path,
    ).toEqual([type]);
  }
});

test('an address without its final slash reaches the page: a 301 to it, the query kept', async () => {
  for (const path of [`/articles/${article}`, `/articles/${article}/source`, '/about', '/timeline/2022', '/places/almaty']) {
    const res = await get(`${path}?highlight=x`);
    expect(res.status, path).toBe(301);
    expect(res.headers['location'], path).toBe(`${path}/?highlight=x`);
    expect(res.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect((await get(`${path}/`)).status, path).toBe(200);
  }
  // A moved page without its slash goes to its new address in one hop.
  const moved = await get('/articles');
  expect(moved.status).toBe(301);
  expect(moved.headers['location']).toBe('/');
});

test('a folder without a page is the archive’s 404, not nginx’s 403, and is not cached', async () => {
  for (const path of ['/pagefind/', '/_astro/', '/pagefind/fragment/']) {
    const res = await get(path);
    expect(res.status, path).toBe(404);
    expect(res.body.toString(), path).toBe(file('404.html').toString());
    expect(res.headers['cache-control'], path).toBe(REVALIDATE);
  }
});

/** One request over HTTPS to the test's own certificate, exactly as sent. */
function getHttps(path: string): Promise<Raw> {
  const base = process.env['NGINX_HTTPS_URL'] ?? '';
  return new Promise((done, fail) => {
    const req = httpsRequest(new URL(path.replace(/^\//, ''), base), { rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

test.describe('over HTTPS (deploy/nginx-https.conf, built with ARCHIVE_HEADERS set to HSTS)', () => {
  test('plain HTTP is a permanent redirect to the same address over HTTPS', async () => {
    const plain = process.env['NGINX_HTTP_URL'] ?? '';
    const res = await new Promise<{ status: number; location: string | undefined }>((done, fail) => {
      const req = httpRequest(new URL(`articles/${article}/?q=1`, plain), (r) => {
        r.resume();
        done({ status: r.statusCode ?? 0, location: r.headers.location });
      });
      req.on('error', fail);
      req.end();
    });
    expect(res.status).toBe(301);
    expect(res.location).toBe(`https://127.0.0.1/articles/${article}/?q=1`);
  });

  test('a page, a 404, a moved page’s 301 and a slash 301 carry HSTS and every header an Observatory-style check asks for', async () => {
    const cases: Array<[string, number]> = [
      [`/articles/${article}/`, 200],
      ['/no-such-page/', 404],
      ['/articles/', 301],
      [`/articles/${article}`, 301],
      [`/articles/${article}/cite.bib`, 200],
    ];
    for (const [path, status] of cases) {
      const { headers, status: got } = await getHttps(path);
      expect(got, path).toBe(status);
      expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
      expect(headers['content-security-policy'], path).toMatch(/default-src 'self';.*frame-ancestors 'none'/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['server'], path).toBe('nginx');
    }
  });

  test('dot-files and source maps uploaded by mistake are answered as missing; /.well-known/ is served', async () => {
    for (const path of ['/.git/config', '/.git/', '/.env', '/_astro/app.js.map', '/.kz-ru-archive-build', '/%2Eenv']) {
      const res = await getHttps(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).not.toMatch(/SECRET|\[core\]/);
    }
    const known = await getHttps('/.well-known/security.txt');
    expect(known.status).toBe(200);
    expect(known.headers['content-type']).toBe('text/plain; charset=utf-8');
  });
});
