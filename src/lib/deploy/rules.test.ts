import { describe, expect, it } from 'vitest';
import type { Redirect } from '../site/redirects.ts';
import { cacheRules, IMMUTABLE, netlifyHeaders, netlifyRedirects, nginxRules, redirectPage, REVALIDATE } from './rules.ts';

const moved: Redirect[] = [
  { from: '/articles/', to: '/', reason: 'r' },
  { from: '/old/x/', to: '/articles/x/', reason: 'r' },
];
const pagefind = ['pagefind.js', 'pagefind-entry.json', 'pagefind.en_1714818a5e.pf_meta', 'wasm.en.pagefind'];
const csp = "default-src 'self'; frame-ancestors 'none'";

describe('cacheRules', () => {
  it('caches hashed files for a year and revalidates the rest', () => {
    const rules = cacheRules('/', pagefind);
    const rule = (path: string) => rules.find((r) => r.path === path)?.cacheControl;
    expect(rule('/_astro/')).toBe(IMMUTABLE);
    expect(rule('/pagefind/fragment/')).toBe(IMMUTABLE);
    expect(rule('/pagefind/index/')).toBe(IMMUTABLE);
    expect(rule('/pagefind/filter/')).toBe(IMMUTABLE);
    expect(rule('/pagefind/pagefind.en_1714818a5e.pf_meta')).toBe(IMMUTABLE);
    expect(rule('/pagefind/pagefind.js')).toBe(REVALIDATE);
    expect(rule('/pagefind/pagefind-entry.json')).toBe(REVALIDATE);
    expect(rule('/pagefind/wasm.en.pagefind')).toBe(REVALIDATE);
    expect(rules.at(-1)).toEqual({ path: '/', match: 'prefix', cacheControl: REVALIDATE });
  });
  it('puts every path under the base path', () => {
    expect(cacheRules('/archive/', pagefind).every((r) => r.path.startsWith('/archive/'))).toBe(true);
  });
});

describe('netlifyHeaders', () => {
  it('sends the security headers everywhere and Cache-Control only on rules that never overlap', () => {
    const text = netlifyHeaders(csp, cacheRules('/', pagefind), '/');
    expect(text).toContain(`/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n`);
    expect(text).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(text).toContain(`/pagefind/pagefind.js\n  Cache-Control: ${REVALIDATE}\n`);
    expect(text.match(/^\/\*$/gm)).toHaveLength(1);
    expect(text.split('\n/*\n')[1]?.split('\n/_astro/')[0]).not.toContain('Cache-Control');
  });
});

describe('netlifyRedirects and nginxRules', () => {
  it('write a 301 for every entry, under the base path', () => {
    expect(netlifyRedirects(moved, '/archive/')).toContain('/archive/articles/ /archive/ 301\n/archive/old/x/ /archive/articles/x/ 301\n');
    const nginx = nginxRules(csp, cacheRules('/', pagefind), moved, '/', ['/_headers']);
    expect(nginx).toContain('location = /articles/ {');
    expect(nginx).toContain('    return 301 /;\n');
    expect(nginx).toContain('    return 301 /articles/x/;\n');
    expect(nginx).toContain('location = /_headers {\n    return 404;\n}');
  });
  it('repeat every security header in every location, since nginx does not inherit add_header into one with its own', () => {
    const nginx = nginxRules(csp, cacheRules('/', pagefind), moved, '/', []);
    const locations = nginx.split('\nlocation ').slice(1);
    for (const block of locations) {
      expect(block).toContain(`add_header Content-Security-Policy "${csp}" always;`);
      expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(block).toContain('add_header Cache-Control ');
    }
    expect(nginx).toContain(`location ^~ /_astro/ {`);
    expect(nginx).toMatch(/location \^~ \/ \{[^}]*try_files \$uri \$uri\/ =404;/);
  });
  it('refuse values and paths that would break the nginx syntax', () => {
    expect(() => nginxRules('a\nb', cacheRules('/', []), [], '/', [])).toThrow('cannot hold a line break');
    expect(() => nginxRules(csp, [], [], '/', ['/a b'])).toThrow('Not a plain site path');
  });
});

describe('redirectPage', () => {
  it('is a complete document that forwards at once to the new page under the base path', () => {
    const html = redirectPage({ from: '/articles/', to: '/', reason: 'r' }, '/archive/', new URL('https://example.org'));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/archive/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/archive/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
