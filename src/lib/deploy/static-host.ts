/**
 * The serving rules (rules.ts) as static hosts read them: `_headers` and `_redirects` for Netlify and
 * Cloudflare Pages.
 */
import type { Redirect } from '../site/redirects.ts';
import { withBase } from '../site/urls.ts';
import { mediaType } from './media-types.ts';
import { patternsOf } from './patterns.ts';
import { type CacheRule, type ExtraHeaders, GENERATED, securityHeaders, sitePaths } from './rules.ts';

/**
 * `_headers` for Netlify and Cloudflare Pages. Both add up the headers of every rule that matches
 * and join repeated ones with commas, so a Cache-Control on `/*` would be glued to the immutable one
 * of `/_astro/*`: only the exact and folder rules carry Cache-Control, and pages keep the hosts' own
 * default, which already revalidates.
 */
export function netlifyHeaders(
  csp: string,
  rules: readonly CacheRule[],
  base: string,
  extra: ExtraHeaders = {},
  files: readonly string[] = [],
): string {
  const lines = [`# ${GENERATED}`, `${withBase(base, '/')}*`];
  for (const [name, value] of Object.entries(securityHeaders(csp, extra))) lines.push(`  ${name}: ${value}`);
  const root = withBase(base, '/');
  for (const rule of rules) {
    if (rule.match === 'prefix' && rule.path === root) continue;
    lines.push(rule.match === 'prefix' ? `${rule.path}*` : rule.path, `  Cache-Control: ${rule.cacheControl}`);
  }
  for (const { path, type } of typeRules(files)) lines.push(withBase(base, path), `  Content-Type: ${type}`);
  return `${lines.join('\n')}\n`;
}

/** Folders of one kind of file beyond this many get one placeholder rule instead of a rule per name. */
const MANY_FILES = 8;

/**
 * Files only the archive's own scripts read, with `fetch()` and `text()` or as bytes, which decode
 * UTF-8 whatever the header says: no rule of their own (the typo vocabulary alone is hundreds of files,
 * and static hosts take few rules). nginx still types them.
 */
const SCRIPT_DATA = ['pagefind/', 'search/vocabulary/'];

/**
 * The Content-Type rules of `_headers` for the text files among `files` (paths relative to the site's
 * root): one per pattern (patterns.ts: `/articles/:p2/cite.bib`), and one placeholder for a folder of
 * many files of a single type. Pages are left to the host, which sends HTML as UTF-8.
 */
export function typeRules(files: readonly string[]): Array<{ path: string; type: string }> {
  const served = files.filter(
    (f) => !f.endsWith('.gz') && !f.endsWith('.html') && !f.startsWith('_') && !SCRIPT_DATA.some((d) => f.startsWith(d)),
  );
  const typed = served.filter((f) => mediaType(f)?.includes('charset') === true);
  const byPattern = patternsOf(typed, { fromDepth: 2 });
  const folders = new Map<string, Array<[string, string]>>();
  for (const [pattern, originals] of byPattern) {
    const folder = pattern.slice(0, pattern.lastIndexOf('/'));
    folders.set(folder, [...(folders.get(folder) ?? []), [pattern, mediaType(originals[0] ?? '') ?? '']]);
  }
  const out: Array<{ path: string; type: string }> = [];
  for (const [folder, entries] of folders) {
    const types = new Set(entries.map(([, t]) => t));
    const onlyThese = (t: string) => served.every((f) => !matchesFolder(f, folder) || mediaType(f) === t);
    const [only] = types;
    if (entries.length > MANY_FILES && types.size === 1 && only !== undefined && onlyThese(only)) {
      out.push({ path: `${folder}/:p${folder.split('/').length}`, type: only });
    } else for (const [path, type] of entries) out.push({ path, type });
  }
  return out;
}

/** Whether a file (relative path) stands directly in a folder pattern (`/articles/:p2`). */
function matchesFolder(file: string, folder: string): boolean {
  const parts = file.split('/');
  const want = folder.split('/').slice(1);
  return parts.length === want.length + 1 && want.every((w, i) => w.startsWith(':') || w === parts[i]);
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: one permanent redirect per entry, its old address
 * with and without the final slash, then every page's address without its final slash to the page
 * (`/articles/:p2 /articles/:p2/`: patterns.ts, placeholders only where no file stands beside the
 * pages, since Cloudflare applies a redirect before it looks for a file). Static rules come first.
 */
export function netlifyRedirects(redirects: readonly Redirect[], base: string, files: readonly string[] = []): string {
  const moved = sitePaths(redirects, base);
  const lines = [`# ${GENERATED}`];
  for (const r of moved) {
    lines.push(`${r.from} ${r.to} 301`);
    if (r.from !== '/') lines.push(`${r.from.replace(/\/$/, '')} ${r.to} 301`);
  }
  const from = new Set(moved.map((r) => r.from));
  const pages = slashlessPages(files, base).filter((p) => !from.has(`${p}/`));
  for (const p of [...pages.filter((p) => !p.includes(':')), ...pages.filter((p) => p.includes(':'))]) lines.push(`${p} ${p}/ 301`);
  return `${lines.join('\n')}\n`;
}

/** Every page folder's address without its final slash (patterns where there are many), under the base. */
export function slashlessPages(files: readonly string[], base: string): string[] {
  // Every file goes in, so that a folder of pages with files beside them keeps its pages literal.
  return [...patternsOf(files, { keepBesideFiles: true, fromDepth: 2 }).keys()]
    .filter((p) => p.endsWith('/index.html'))
    .map((p) => p.slice(0, -'/index.html'.length))
    .filter((p) => p !== '')
    .map((p) => withBase(base, p));
}
