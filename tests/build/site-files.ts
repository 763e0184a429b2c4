/**
 * A built site as files, for any output directory and base path: the same idea as
 * tests/e2e/dist.ts, parametrised so the base-path build (dist-base, /archive/) is checked by the
 * same resolver as the root build. DIST_DIR and ARCHIVE_BASE choose the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { settingsFrom } from '../../src/lib/site/settings.ts';

export const distDir = resolve(import.meta.dirname, '..', '..', process.env['DIST_DIR'] ?? 'dist');
/** The build's settings, read as the build reads them (src/lib/site/settings.ts). */
export const settings = settingsFrom(process.env, process.cwd());
export const base = settings.base;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

/** Every built file, as a site path without the base ("/articles/x/cite.bib", "/articles/x/index.html"). */
export function files(): string[] {
  return walk(distDir)
    .map((f) => '/' + relative(distDir, f).replace(/\\/g, '/'))
    .sort();
}

/** The text of a built file by its site path (without the base). */
export function read(sitePath: string): string {
  return readFileSync(join(distDir, sitePath), 'utf8');
}

function existing(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Every id in an HTML string. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/**
 * Why a link found on the page at `from` (a site path such as "/articles/x/") does not resolve to
 * a built file (and, for a #fragment, an element), or undefined when it does. Links to other hosts
 * are not checked.
 */
export function brokenReason(from: string, link: string): string | undefined {
  const url = new URL(link, `http://localhost${base.replace(/\/$/, '')}${from}`);
  if (url.host !== 'localhost') return undefined;
  if (!url.pathname.startsWith(base)) return `outside the base path ${base}`;
  const sitePath = decodeURIComponent(url.pathname.slice(base.length - 1));
  const file = sitePath.endsWith('/') ? existing(join(distDir, sitePath, 'index.html')) : existing(join(distDir, sitePath));
  if (file === undefined) return `no file for ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment !== '' && file.endsWith('.html') && !ids(readFileSync(file, 'utf8')).has(fragment))
    return `no element #${fragment} on ${url.pathname}`;
  return undefined;
}

/** The internal-looking links of an HTML page: every href and src, plus a meta refresh target. */
export function linksIn(html: string): string[] {
  const attrs = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const refresh = [...html.matchAll(/http-equiv="refresh" content="\d+;url=([^"]+)"/g)].map((m) => m[1] ?? '');
  return [...attrs, ...refresh].map((l) => l.replaceAll('&amp;', '&')).filter((l) => !/^(mailto|data|javascript):/.test(l));
}

/** A page's site path from its file ("/articles/x/index.html" → "/articles/x/"). */
export function pagePath(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
