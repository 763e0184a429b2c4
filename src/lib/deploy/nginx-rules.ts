/**
 * The serving rules (rules.ts) as nginx reads them: the include deploy/nginx.conf pulls into its
 * server block, with the media types of media-types.ts.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/langs.ts';
import type { Redirect } from '../site/redirects.ts';
import { withBase } from '../site/urls.ts';
import { BY_EXTENSION, BY_NAME, DEFAULT_TYPE, TEXT_TYPES } from './media-types.ts';
import { type CacheRule, type ExtraHeaders, GENERATED, REVALIDATE, securityHeaders, sitePaths } from './rules.ts';

/** An nginx string literal in double quotes. */
function quoted(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`An nginx header value cannot hold a line break: ${JSON.stringify(value)}`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The `add_header` lines of one location: nginx drops the server's add_header in any location with its own, so each repeats all. */
function nginxHeaders(csp: string, cacheControl: string, extra: ExtraHeaders): string[] {
  const headers = { ...securityHeaders(csp, extra), 'Cache-Control': cacheControl };
  // `always`: the 404 page and the redirects carry them too, not only 200 responses.
  return Object.entries(headers).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`);
}

/** An nginx location path; the site's paths are plain (urls.ts), so anything that needs escaping is refused. */
function location(path: string): string {
  if (!/^\/[A-Za-z0-9._~\/-]*$/.test(path)) throw new Error(`Not a plain site path for an nginx location: ${JSON.stringify(path)}`);
  return path;
}

/** The media types of deploy/nginx.conf's server: a whole `types` table, since one at server level replaces nginx's. */
function nginxTypes(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(BY_EXTENSION)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return [
    '# Media types (src/lib/deploy/media-types.ts), text as UTF-8; a named download gets its own in the root location.',
    'types {',
    ...[...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`),
    '}',
    `default_type ${DEFAULT_TYPE};`,
    'charset utf-8;',
    `charset_types ${TEXT_TYPES.join(' ')};`,
  ];
}

/**
 * Refusals made before any location is chosen (the rewrite phase of the server): a dot-file or
 * dot-folder other than `/.well-known/` (a `.git/` or `.env` uploaded by mistake) and a source map
 * are answered as missing, whatever location would serve them.
 */
const NGINX_REFUSALS = [
  '# Dot-files and dot-folders (except /.well-known/) and source maps are never served, even if uploaded.',
  'if ($uri ~ "^(?!/\\.well-known/)(?:.*/)?\\.") {',
  '    return 404;',
  '}',
  'if ($uri ~ "\\.map$") {',
  '    return 404;',
  '}',
];

/**
 * The nginx include that deploy/nginx.conf pulls into its server block: the media types, the
 * refusals, a `location` per redirect (an exact match, answered with a 301 before any file is looked
 * up, also without its final slash), one per cache rule with the security headers and the operator's
 * `extra` headers (nginx drops a server's `add_header` in every location that has its own, so an
 * operator's HSTS line in the server block would never be sent), and the internal files of static
 * hosts kept out of reach; each language `built` other than English gets its 404 page.
 */
export function nginxRules(
  csp: string,
  rules: readonly CacheRule[],
  redirects: readonly Redirect[],
  base: string,
  internal: readonly string[],
  extra: ExtraHeaders = {},
  built: readonly Lang[] = LANGS,
): string {
  const out = [`# ${GENERATED}`, '', ...nginxTypes(), '', ...NGINX_REFUSALS, ''];
  out.push('# Moved pages (content/redirects.yaml): a permanent redirect each, with and without the final slash.');
  for (const r of sitePaths(redirects, base)) {
    for (const from of r.from === '/' ? [r.from] : [r.from, r.from.replace(/\/$/, '')]) {
      out.push(`location = ${location(from)} {`, ...nginxHeaders(csp, REVALIDATE, extra), `    return 301 ${location(r.to)};`, '}');
    }
  }
  out.push('', '# Files for other servers and this one, not pages.');
  for (const path of internal) out.push(`location = ${location(path)} {`, '    return 404;', '}');
  out.push('', '# Caching and security headers.');
  for (const rule of rules) {
    const isRoot = rule.match === 'prefix' && rule.path === withBase(base, '/');
    out.push(`location ${rule.match === 'exact' ? '=' : '^~'} ${location(rule.path)} {`, ...nginxHeaders(csp, rule.cacheControl, extra));
    // Pages are folders with an index.html: nginx's static module answers a folder's address without
    // its final slash with a 301 to it (deploy/nginx.conf keeps the redirect relative), and anything
    // missing with the archive's 404 page. The named downloads get their own types; these nested
    // locations have no add_header of their own, so they keep this location's headers.
    if (isRoot) {
      for (const [name, type] of Object.entries(BY_NAME)) {
        out.push(`    location ~ /${name.replace(/\./g, '\\.')}$ {`, '        types { }', `        default_type ${type};`, '    }');
      }
    }
    out.push('}');
  }
  out.push(...languageNotFound(csp, base, extra, built));
  return `${out.join('\n')}\n`;
}

/**
 * A missing address under a language's prefix (/ru/…, /kk/…) gets that language's 404 page; anything
 * else missing, a prefix that is no language (/de/…) included, the English one of deploy/nginx.conf.
 * The page Astro wrote as `/ru/404/index.html` (copied to `/ru/404.html`, src/integrations/language-404.ts)
 * is answered as missing too, as `/404/` is: an error page is never an ordinary page with status 200.
 * The nested locations have no `error_page` or `add_header` of their own, so they keep the prefix's.
 */
function languageNotFound(csp: string, base: string, extra: ExtraHeaders, built: readonly Lang[]): string[] {
  return built
    .filter((l) => l !== DEFAULT_LANG)
    .flatMap((lang) => {
      const page = location(withBase(base, `/${lang}/404.html`));
      const asPage = ['/404', '/404/', '/404/index.html'].map((p) => location(withBase(base, `/${lang}${p}`)));
      return [
        `location ^~ ${location(withBase(base, `/${lang}/`))} {`,
        ...nginxHeaders(csp, REVALIDATE, extra),
        `    error_page 404 ${page};`,
        `    error_page 403 =404 ${page};`,
        ...asPage.flatMap((p) => [`    location = ${p} {`, '        return 404;', '    }']),
        '}',
      ];
    });
}
