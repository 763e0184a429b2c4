import { describe, expect, it } from 'vitest';
import type { Redirect } from '../site/redirects.ts';
import { nginxRules } from './nginx-rules.ts';
import { redirectPage } from './redirect-page.ts';
import { cacheRules, IMMUTABLE, REVALIDATE } from './rules.ts';
import { netlifyHeaders, netlifyRedirects, typeRules } from './static-host.ts';

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
    expect(netlifyRedirects(moved, '/archive/')).toContain(
      '/archive/articles/ /archive/ 301\n/archive/articles /archive/ 301\n/archive/old/x/ /archive/articles/x/ 301\n',
    );
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
    // No try_files: nginx's static module answers a folder without its final slash with a 301 to it.
    expect(nginx).not.toContain('try_files');
  });
  it('write the operator’s extra headers into every location (HSTS), after the archive’s own, and into _headers', () => {
    const hsts = { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' };
    const nginx = nginxRules(csp, cacheRules('/', pagefind), moved, '/', ['/_headers'], hsts);
    const locations = nginx
      .split('\nlocation ')
      .slice(1)
      .filter((b) => !b.includes('return 404;'));
    expect(locations.length).toBeGreaterThan(5);
    for (const block of locations)
      expect(block).toContain('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;');
    expect(netlifyHeaders(csp, cacheRules('/', pagefind), '/', hsts)).toContain(
      '/*\n  Content-Security-Policy: ' +
        csp +
        '\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n' +
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()\n' +
        '  Strict-Transport-Security: max-age=63072000; includeSubDomains\n',
    );
  });
  it('give every kind of file its media type, text as UTF-8, and the named downloads their own', () => {
    const nginx = nginxRules(csp, cacheRules('/', pagefind), [], '/', []);
    expect(nginx).toMatch(/^types \{\n(    \S+ [\w ]+;\n)+\}\ndefault_type application\/octet-stream;\ncharset utf-8;\ncharset_types /m);
    for (const line of [
      '    text/csv csv;',
      '    application/x-bibtex bib;',
      '    application/x-research-info-systems ris;',
      '    text/plain txt;',
    ])
      expect(nginx).toContain(`${line}\n`);
    const charsetTypes = /^charset_types (.*);$/m.exec(nginx)?.[1]?.split(' ') ?? [];
    for (const t of [
      'text/csv',
      'application/json',
      'application/xml',
      'application/atom+xml',
      'application/tei+xml',
      'application/x-bibtex',
    ])
      expect(charsetTypes).toContain(t);
    expect(nginx).toContain('    location ~ /tei\\.xml$ {\n        types { }\n        default_type application/tei+xml;\n    }');
    expect(nginx).toContain('    location ~ /feed\\.xml$ {\n        types { }\n        default_type application/atom+xml;\n    }');
  });
  it('answer dot-files (but /.well-known/) and source maps as missing, before any location', () => {
    const nginx = nginxRules(csp, cacheRules('/', pagefind), [], '/', []);
    const refusals = nginx.slice(0, nginx.indexOf('\nlocation '));
    const dot = /if \(\$uri ~ "(.*)"\) \{\n    return 404;\n\}/.exec(refusals)?.[1] ?? '';
    const re = new RegExp(dot);
    for (const path of ['/.git/config', '/.env', '/articles/.DS_Store', '/.kz-ru-archive-build']) expect(re.test(path), path).toBe(true);
    for (const path of ['/.well-known/security.txt', '/articles/x/', '/feed.xml']) expect(re.test(path), path).toBe(false);
    expect(refusals).toContain('if ($uri ~ "\\.map$") {\n    return 404;\n}');
  });
  it('answer a moved page without its final slash too, in one hop', () => {
    const nginx = nginxRules(csp, cacheRules('/', pagefind), moved, '/', []);
    expect(nginx).toMatch(/location = \/old\/x \{[^}]*return 301 \/articles\/x\/;/);
    expect(netlifyRedirects(moved, '/')).toContain('/old/x/ /articles/x/ 301\n/old/x /articles/x/ 301\n');
  });
  it('refuse values and paths that would break the nginx syntax', () => {
    expect(() => nginxRules('a\nb', cacheRules('/', []), [], '/', [])).toThrow('cannot hold a line break');
    expect(() => nginxRules(csp, [], [], '/', ['/a b'])).toThrow('Not a plain site path');
  });
});

describe('pages without their final slash on static hosts', () => {
  const files = [
    'index.html',
    'about/index.html',
    'data/index.html',
    'data/articles.csv',
    ...['a', 'b', 'c'].flatMap((s) => [`articles/${s}/index.html`, `articles/${s}/cite.bib`, `articles/${s}/source/index.html`]),
    ...['2020', '2021'].map((y) => `timeline/${y}/index.html`),
  ];
  it('redirect each page, and each kind of page by one placeholder rule, static rules first', () => {
    const text = netlifyRedirects([], '/', files);
    expect(text.split('\n').slice(1, -1)).toEqual([
      '/about /about/ 301',
      '/data /data/ 301',
      '/timeline/2020 /timeline/2020/ 301',
      '/timeline/2021 /timeline/2021/ 301',
      '/articles/:p2 /articles/:p2/ 301',
      '/articles/:p2/source /articles/:p2/source/ 301',
    ]);
  });
  it('never put a placeholder where files stand beside the pages (Cloudflare redirects before it looks for a file)', () => {
    const text = netlifyRedirects([], '/', [...files, 'articles/list.json']);
    expect(text).not.toContain(':p2');
    expect(text).toContain('/articles/a /articles/a/ 301');
  });
  it('under the base path', () => {
    expect(netlifyRedirects([], '/archive/', files)).toContain('/archive/articles/:p2 /archive/articles/:p2/ 301');
  });
});

describe('typeRules', () => {
  it('give the downloads their media types by pattern, and a folder of one kind one rule', () => {
    const files = [
      'feed.xml',
      'data/articles.csv',
      'data/articles.json',
      ...['a', 'b', 'c'].flatMap((s) => [
        `articles/${s}/cite.bib`,
        `articles/${s}/cite.ris`,
        `articles/${s}/cite.json`,
        `articles/${s}/tei.xml`,
      ]),
      ...Array.from({ length: 12 }, (_, i) => [`notes/${i}.txt`, `notes/${i}.txt.gz`]).flat(),
      ...Array.from({ length: 12 }, (_, i) => `search/vocabulary/${i}.txt`),
      'search/vocabulary/index.json',
      'pagefind/facets.txt',
      'pagefind/pagefind.en_1.pf_meta',
    ];
    expect(typeRules(files)).toEqual([
      { path: '/articles/:p2/cite.bib', type: 'application/x-bibtex; charset=utf-8' },
      { path: '/articles/:p2/cite.json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
      { path: '/articles/:p2/cite.ris', type: 'application/x-research-info-systems; charset=utf-8' },
      { path: '/articles/:p2/tei.xml', type: 'application/tei+xml; charset=utf-8' },
      { path: '/data/articles.csv', type: 'text/csv; charset=utf-8' },
      { path: '/data/articles.json', type: 'application/json; charset=utf-8' },
      { path: '/feed.xml', type: 'application/atom+xml; charset=utf-8' },
      { path: '/notes/:p2', type: 'text/plain; charset=utf-8' },
    ]);
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
