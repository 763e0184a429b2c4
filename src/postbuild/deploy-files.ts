/**
 * What a web server needs beside the pages, from the rules of src/lib/deploy/ and the entries of
 * content/redirects.yaml, so that they always match the build:
 *
 * - the page left at each moved page's old path (a fallback for hosts without server redirects;
 *   astro.config.mjs sets `build.redirects: false` so that Astro does not write its own, whose
 *   meta refresh the Nu Html Checker rejects);
 * - `_headers` and `_redirects` for static hosts (Netlify, Cloudflare Pages);
 * - `_nginx/rules.conf`, the include of deploy/nginx.conf (redirects, caching, security headers);
 * - a `.gz` beside every text file worth compressing (src/lib/deploy/compress.ts).
 *
 * The Content-Security-Policy header they carry is collected from the pages by site-policy.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputCache } from '../lib/build/output-cache.ts';
import { isCompressible, worthKeeping } from '../lib/deploy/compress.ts';
import { BUILT_LANGS } from '../data/built-languages.ts';
import { nginxRules } from '../lib/deploy/nginx-rules.ts';
import { redirectPage } from '../lib/deploy/redirect-page.ts';
import { cacheRules, type ExtraHeaders } from '../lib/deploy/rules.ts';
import { netlifyHeaders, netlifyRedirects } from '../lib/deploy/static-host.ts';
import type { Redirect } from '../lib/site/redirects.ts';
import { withBase } from '../lib/site/urls.ts';
import { eachAtOnce } from './at-once.ts';

/** Where the nginx include is written, inside the build (deploy/nginx.conf includes it from there). */
export const NGINX_RULES = '_nginx/rules.conf';

/** Every file under `dir/under`, as paths relative to `dir` with forward slashes. */
export function walk(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const rel = under === '' ? entry.name : `${under}/${entry.name}`;
    return entry.isDirectory() ? walk(dir, rel) : [rel];
  });
}

/** Writes a file, creating its folder. */
function write(dir: string, rel: string, data: string | Uint8Array): void {
  const file = join(dir, ...rel.split('/'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** Writes the page left at each moved page's old path. */
export function writeRedirectPages(out: string, redirects: readonly Redirect[], base: string, site: URL | undefined): void {
  for (const r of redirects) write(out, `${r.from.replace(/^\//, '')}index.html`, redirectPage(r, base, site));
}

/** What precompressing a set of files did: the files given a `.gz`, their bytes, and the `.gz` files' bytes. */
export interface Compressed {
  readonly count: number;
  readonly original: number;
  readonly gzipped: number;
  /** Files compressed (or found not worth it) here, and files whose `.gz` (or verdict) came from the cache. */
  readonly made: number;
  readonly kept: number;
}

/**
 * How many files are read, compressed and written at once. Each step runs on libuv's threads (four
 * by default), so the compression of one file overlaps the reading and writing of others, and the
 * calling thread is left free for the work beside it (finish.ts); only this many files wait in memory.
 */
export const PRECOMPRESS_AT_ONCE = 8;

/**
 * Writes the `.gz` of `rel` if worth it, or puts the one the last build made of the same bytes there
 * (`cache`, keyed by the path and the SHA-256 of its bytes; a file not worth compressing is kept as
 * such too). Resolves to the file's size, its `.gz`'s if it has one, and whether it was made here.
 */
async function precompressOne(out: string, rel: string, cache: OutputCache | undefined) {
  const data = await readFile(join(out, rel));
  const key = cache === undefined ? '' : `gz:${rel}:${createHash('sha256').update(data).digest('hex')}`;
  if (cache?.restore(key, out) === true) {
    const gzipped = cache.filesOf(key).length > 0 ? statSync(join(out, `${rel}.gz`)).size : undefined;
    return { original: data.byteLength, gzipped, made: false };
  }
  const gz = await worthKeeping(data);
  if (gz !== undefined) await writeFile(join(out, `${rel}.gz`), gz);
  cache?.put(key, out, gz === undefined ? [] : [`${rel}.gz`]);
  return { original: data.byteLength, gzipped: gz?.byteLength, made: true };
}

/**
 * Writes the `.gz` of each of `files` worth it, or takes it from `cache` when the file's bytes are
 * the last build's. Throws the first failure once every file begun has ended.
 */
export async function precompress(
  out: string,
  files: readonly string[],
  atOnce = PRECOMPRESS_AT_ONCE,
  cache?: OutputCache,
): Promise<Compressed> {
  const done = await eachAtOnce(files.filter(isCompressible), atOnce, async (rel) => {
    try {
      return await precompressOne(out, rel, cache);
    } catch (error) {
      throw new Error(`Precompressing ${rel}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const kept = done.filter((f) => f.gzipped !== undefined);
  return {
    count: kept.length,
    original: kept.reduce((n, f) => n + f.original, 0),
    gzipped: kept.reduce((n, f) => n + (f.gzipped ?? 0), 0),
    made: done.filter((f) => f.made).length,
    kept: done.filter((f) => !f.made).length,
  };
}

/**
 * Writes `_headers`, `_redirects` and the nginx include, for the policy, the search index's files,
 * the operator's extra headers and every file of the build (their media types, the pages' addresses
 * without the final slash).
 */
export function writeServerRules(
  out: string,
  csp: string,
  redirects: readonly Redirect[],
  base: string,
  searchFiles: string[],
  extra: ExtraHeaders = {},
): string {
  const rules = cacheRules(base, searchFiles);
  const internal = ['_headers', '_redirects', NGINX_RULES].map((f) => withBase(base, `/${f}`));
  const files = walk(out);
  write(out, '_headers', netlifyHeaders(csp, rules, base, extra, files));
  write(out, '_redirects', netlifyRedirects(redirects, base, files));
  write(out, NGINX_RULES, nginxRules(csp, rules, redirects, base, internal, extra, BUILT_LANGS));
  return `Wrote ${redirects.length} redirect page(s), _headers, _redirects and ${NGINX_RULES}`;
}
