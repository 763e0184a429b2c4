/**
 * The last step of `astro build`: writes what a web server needs beside the pages, from the rules
 * of src/lib/deploy/ and the entries of content/redirects.yaml, so that they always match the build.
 *
 * - the page left at each moved page's old path (a fallback for hosts without server redirects;
 *   astro.config.mjs sets `build.redirects: false` so that Astro does not write its own, whose
 *   meta refresh the Nu Html Checker rejects);
 * - `_headers` and `_redirects` for static hosts (Netlify, Cloudflare Pages);
 * - `_nginx/rules.conf`, the include of deploy/nginx.conf (redirects, caching, security headers);
 * - a `.gz` and a `.br` beside every text file worth compressing (src/lib/deploy/compress.ts).
 *
 * The Content-Security-Policy header is the one Astro wrote into the pages' meta tags (csp.ts).
 * It must run after the Pagefind and sitemap integrations, whose files it describes and compresses.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCompressible, worthKeeping } from '../lib/deploy/compress.ts';
import { headerPolicy, metaPolicies } from '../lib/deploy/csp.ts';
import { cacheRules, netlifyHeaders, netlifyRedirects, nginxRules, redirectPage } from '../lib/deploy/rules.ts';
import type { Redirect } from '../lib/site/redirects.ts';
import { withBase } from '../lib/site/urls.ts';

/** Where the nginx include is written, inside the build (deploy/nginx.conf includes it from there). */
export const NGINX_RULES = '_nginx/rules.conf';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under)).flatMap((name) => {
    const rel = under === '' ? name : `${under}/${name}`;
    return statSync(join(dir, rel)).isDirectory() ? walk(dir, rel) : [rel];
  });
}

/** Writes a file, creating its folder. */
function write(dir: string, rel: string, data: string | Uint8Array): void {
  const file = join(dir, ...rel.split('/'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** The integration; `redirects` are the parsed entries of content/redirects.yaml. */
export default function deploy(redirects: readonly Redirect[]): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'archive:deploy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site === undefined ? undefined : new URL(config.site);
        if (config.build.redirects !== false) {
          throw new Error('astro.config.mjs: set build.redirects to false; src/integrations/deploy.ts writes the redirect pages');
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);

        for (const r of redirects) write(out, `${r.from.replace(/^\//, '')}index.html`, redirectPage(r, base, site));

        const pages = walk(out).filter((f) => f.endsWith('.html'));
        const policies = pages.map((f) => metaPolicies(readFileSync(join(out, f), 'utf8')));
        // Redirect pages carry no policy of their own (the header covers them); every other page must have exactly one.
        const redirectPages = new Set(redirects.map((r) => `${r.from.slice(1)}index.html`));
        const withoutPolicy = pages.filter((f, i) => policies[i]?.length !== 1 && !redirectPages.has(f));
        if (withoutPolicy.length > 0) throw new Error(`Pages without exactly one CSP meta tag: ${withoutPolicy.slice(0, 5).join(', ')}`);
        const withPolicy = pages.flatMap((f, i) => (policies[i] ?? []).map(() => f));
        const csp = headerPolicy(policies.flat(), withPolicy);

        const pagefindFiles = readdirSync(join(out, 'pagefind'), { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name);
        const rules = cacheRules(base, pagefindFiles);
        const internal = ['_headers', '_redirects', NGINX_RULES].map((f) => withBase(base, `/${f}`));
        write(out, '_headers', netlifyHeaders(csp, rules, base));
        write(out, '_redirects', netlifyRedirects(redirects, base));
        write(out, NGINX_RULES, nginxRules(csp, rules, redirects, base, internal));

        let original = 0;
        let gz = 0;
        let count = 0;
        for (const rel of walk(out).filter(isCompressible)) {
          const data = readFileSync(join(out, rel));
          const kept = worthKeeping(data);
          for (const { ext, bytes } of kept) write(out, `${rel}${ext}`, bytes);
          const gzipped = kept.find((k) => k.ext === '.gz');
          if (gzipped) {
            count += 1;
            original += data.byteLength;
            gz += gzipped.bytes.byteLength;
          }
        }
        logger.info(`Wrote ${redirects.length} redirect page(s), _headers, _redirects and ${NGINX_RULES}`);
        logger.info(`Precompressed ${count} files: ${original} bytes, ${gz} bytes gzipped`);
      },
    },
  };
}
