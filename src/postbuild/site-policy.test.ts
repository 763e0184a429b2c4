import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagePolicies, sitePolicy } from './site-policy.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A built site of `files` (path → text) in a temporary folder. */
function site(files: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), 'site-policy-'));
  dirs.push(out);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(out, rel, '..'), { recursive: true });
    writeFileSync(join(out, rel), text);
  }
  return out;
}

const page = (policy: string, words: number) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head>` +
  `<body>${'<p>Kazakhstan and Russia</p>'.repeat(words)}</body></html>`;

describe('pagePolicies', () => {
  it('takes the pages’ policies in file order, small pages too, and reads nothing else', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`p${String(i).padStart(2, '0')}/index.html`] = page(`default-src 'self' ${i}`, 100);
    files['small/index.html'] = page("default-src 'self'", 1);
    files['data/a.csv'] = `<meta http-equiv="content-security-policy" content="default-src *">`;
    const out = site(files);
    const names = Object.keys(files).sort();
    const policies = await pagePolicies(out, names, 4);
    expect(policies.map((p) => p.page)).toEqual(names.filter((f) => f.endsWith('.html')));
    expect(policies[3]?.policies).toEqual(["default-src 'self' 3"]);
    expect(policies.find((p) => p.page === 'small/index.html')?.policies).toEqual(["default-src 'self'"]);
  });

  it('fails naming the page it could not read', async () => {
    const out = site({ 'a/index.html': page("default-src 'self'", 1) });
    await expect(pagePolicies(out, ['a/index.html', 'gone/index.html'], 2)).rejects.toThrow(
      /^Reading the CSP of gone\/index\.html: ENOENT/,
    );
  });
});

describe('sitePolicy', () => {
  const redirects = [{ from: '/old/', to: '/new/', reason: 'moved' }];
  it('joins the pages’ policies and adds what only a header can carry; a redirect page needs none', () => {
    const pages = [
      { page: 'a/index.html', policies: ["default-src 'self'; script-src 'sha256-a'"] },
      { page: 'old/index.html', policies: [] },
      { page: 'b/index.html', policies: ["default-src 'self'; script-src 'sha256-b'"] },
    ];
    expect(sitePolicy(pages, redirects)).toBe("default-src 'self'; script-src 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
  });
  it('refuses a page without exactly one policy', () => {
    expect(() => sitePolicy([{ page: 'a/index.html', policies: [] }], redirects)).toThrow(
      /without exactly one CSP meta tag: a\/index.html/,
    );
  });
});
