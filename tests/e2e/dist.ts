/**
 * The built site as files: every HTML page in dist/, and a resolver that says whether an internal
 * link (with its #fragment) lands on a page and an element that exist. Checking links against the
 * files, not a crawl, makes "no broken internal link" hold for every page, linked or not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const distDir = resolve(import.meta.dirname, '..', '..', 'dist');
export const base = process.env['ARCHIVE_BASE'] ?? '/';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Site paths of every built HTML page, e.g. `/articles/x/`, without Pagefind's or Astro's assets. */
export function pagePaths(): string[] {
  return walk(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + relative(distDir, f).replace(/\\/g, '/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/** The file a site path is served from, or undefined. */
export function fileFor(sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/') ? [join(distDir, clean, 'index.html')] : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((c) => {
    try {
      return statSync(c).isFile();
    } catch {
      return false;
    }
  });
}

const idCache = new Map<string, Set<string>>();
/** Every id in a built HTML file. */
export function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * Why an internal link is broken, or undefined when it resolves. `from` is the site path of the
 * page the link is on; `link` is its href as written (root-relative under the base, or a fragment).
 */
export function brokenReason(from: string, link: string): string | undefined {
  const url = new URL(link, `http://localhost${base.replace(/\/$/, '')}${from}`);
  if (url.host !== 'localhost') return undefined;
  if (!url.pathname.startsWith(base)) return `outside the base path ${base}`;
  const sitePath = '/' + url.pathname.slice(base.length);
  const file = fileFor(sitePath);
  if (!file) return `no page at ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment)) return `no element #${fragment} on ${url.pathname}`;
  return undefined;
}
