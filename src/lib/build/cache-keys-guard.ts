import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileDigests, filesUnder } from './files.ts';

/**
 * What Astro's incremental build (experimental.incrementalBuild, Astro 7.3) keeps in its cache folder,
 * and what it does not check, which this module checks before every build (scripts/build.ts):
 *
 * - Astro keys a page by its `cacheKey`, the hash of its page module's graph, the config (not all of
 *   it: integrations, the content loader and its schema are outside) and the lockfile. Content is outside the
 *   graph, and the loader runs in the content sync: so a digest of the build's own code, the config,
 *   the lockfile and the Node version is kept beside the cache, and any change drops the whole cache.
 * - Astro writes a page's cached copy while it renders and its manifest only at the end: a build killed
 *   half-way leaves copies of new pages under the old keys. A marker written before the build and
 *   removed after it finds such a cache, which is dropped.
 * - Astro copies a skipped page from the cache without reading it: the size and time of every cached
 *   copy are recorded after a build, and a copy that differs (edited, truncated) is deleted, so
 *   Astro renders that page again. A manifest that is not JSON drops the whole cache.
 */

/** Astro's manifest and copies of pages, under its cacheDir (node_modules/astro/dist/core/build/incremental.js). */
export const ASTRO_MANIFEST = 'incremental-build.json';
export const ASTRO_COPIES = 'dist';
/** Ours, beside them. */
export const GUARD_FILE = 'kz-page-cache.json';
export const BUILDING_MARKER = 'kz-page-cache.building';

interface GuardRecord {
  readonly code: Readonly<Record<string, string>>;
  readonly contentRoot: string;
  /** Cached copy (relative to the copies' folder) → `size:mtimeMs`. */
  readonly copies: Readonly<Record<string, string>>;
  /** Astro's manifest as `size:mtimeMs`. */
  readonly manifest: string;
}

/** The files whose change makes every cached page suspect: the build's code, its config and dependencies. */
export const CODE_PATHS = ['src', 'public', 'scripts/build.ts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** A digest of each file of the build's code (tests beside the modules are left out: the site does not include them). */
export function codeDigests(repo: string, paths: readonly string[] = CODE_PATHS): Record<string, string> {
  return { node: process.version, ...fileDigests(repo, paths, (path) => /\.test\.ts$/.test(path)) };
}

function stamp(file: string): string {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
}

function copiesOf(cacheDir: string): Record<string, string> {
  const root = join(cacheDir, ASTRO_COPIES);
  return Object.fromEntries(filesUnder(root).map((path) => [path, stamp(join(root, path))]));
}

function readRecord(cacheDir: string): GuardRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, GUARD_FILE), 'utf8')) as GuardRecord;
  } catch {
    return undefined;
  }
}

function changedFiles(was: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): string[] {
  const names = new Set([...Object.keys(was), ...Object.keys(now)]);
  return [...names].filter((n) => was[n] !== now[n]).sort();
}

function dropAll(cacheDir: string): void {
  rmSync(join(cacheDir, ASTRO_MANIFEST), { force: true });
  rmSync(join(cacheDir, ASTRO_COPIES), { recursive: true, force: true });
  rmSync(join(cacheDir, GUARD_FILE), { force: true });
}

/**
 * Checks the page cache in `cacheDir` before a build and drops what cannot be trusted; returns one
 * line for each thing dropped, for the build to print. Marks the cache as being built.
 */
export function checkPageCache(cacheDir: string, code: Readonly<Record<string, string>>, contentRoot: string): string[] {
  const said: string[] = [];
  const manifest = join(cacheDir, ASTRO_MANIFEST);
  const drop = (why: string) => {
    dropAll(cacheDir);
    said.push(`Discarded the page cache in ${cacheDir}: ${why}; every page is rendered.`);
  };
  if (existsSync(join(cacheDir, BUILDING_MARKER))) {
    drop('the build that wrote it did not finish');
  } else if (existsSync(manifest)) {
    const record = readRecord(cacheDir);
    const changed = record === undefined ? [] : changedFiles(record.code, code);
    if (record === undefined) drop(`${GUARD_FILE} is missing or unreadable`);
    else if (record.contentRoot !== contentRoot) drop(`it was built from ${record.contentRoot}`);
    else if (changed.length > 0) drop(`the build’s code changed (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`);
    else if (!isJson(manifest)) drop(`${ASTRO_MANIFEST} is not JSON`);
    else said.push(...dropChangedCopies(cacheDir, record.copies));
  } else if (existsSync(join(cacheDir, ASTRO_COPIES))) {
    drop(`it has copies of pages but no ${ASTRO_MANIFEST}`);
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, BUILDING_MARKER), '');
  return said;
}

function isJson(file: string): boolean {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/** Deletes each cached copy that is not as the last build left it (Astro then renders its page). */
function dropChangedCopies(cacheDir: string, recorded: Readonly<Record<string, string>>): string[] {
  const now = copiesOf(cacheDir);
  const changed = changedFiles(recorded, now).filter((p) => now[p] !== undefined);
  for (const path of changed) rmSync(join(cacheDir, ASTRO_COPIES, path), { force: true });
  if (changed.length === 0) return [];
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, … (${changed.length})` : '');
  return [`Discarded ${changed.length} cached page(s) changed since the last build in ${cacheDir}: ${shown}; they are rendered again.`];
}

/** How many keyed pages a build copied from the cache (their copies as the last build left them) and rendered. */
export interface CacheUse {
  readonly copied: number;
  readonly rendered: number;
}

/** After a build that finished: records the code and the cached copies, and removes the building marker. */
export function recordPageCache(cacheDir: string, code: Readonly<Record<string, string>>, contentRoot: string): CacheUse {
  const before = readRecord(cacheDir)?.copies ?? {};
  let use: CacheUse = { copied: 0, rendered: 0 };
  if (existsSync(join(cacheDir, ASTRO_MANIFEST))) {
    const copies = copiesOf(cacheDir);
    const copied = Object.entries(copies).filter(([path, s]) => before[path] === s).length;
    use = { copied, rendered: Object.keys(copies).length - copied };
    const record: GuardRecord = { code, contentRoot, copies, manifest: stamp(join(cacheDir, ASTRO_MANIFEST)) };
    writeFileSync(join(cacheDir, GUARD_FILE), `${JSON.stringify(record)}\n`);
  }
  rmSync(join(cacheDir, BUILDING_MARKER), { force: true });
  return use;
}

/**
 * After a build that failed (a content error, most often): if Astro changed nothing in the cache (no
 * copy written, the manifest as recorded), the cache is still the last finished build's and is kept;
 * otherwise the marker stays and the next build drops it.
 */
export function settleFailedBuild(cacheDir: string): boolean {
  const record = readRecord(cacheDir);
  const manifest = join(cacheDir, ASTRO_MANIFEST);
  // A build that failed before Astro cached anything (a content error in a new tree) leaves nothing to drop.
  if (record === undefined && !existsSync(manifest) && !existsSync(join(cacheDir, ASTRO_COPIES))) {
    rmSync(join(cacheDir, BUILDING_MARKER), { force: true });
    return true;
  }
  if (record === undefined || !existsSync(manifest) || stamp(manifest) !== record.manifest) return false;
  const now = copiesOf(cacheDir);
  if (Object.entries(now).some(([path, s]) => record.copies[path] !== s)) return false;
  rmSync(join(cacheDir, BUILDING_MARKER), { force: true });
  return true;
}

/**
 * Removes the caches of other content trees (src/lib/build/cache.ts) whose tree is gone: the bench's
 * corpora and the tests' trees are temporary, and each cache holds a copy of its site's pages.
 */
export function pruneTreeCaches(treesDir: string): string[] {
  if (!existsSync(treesDir)) return [];
  const pruned: string[] = [];
  for (const name of readdirSync(treesDir)) {
    const dir = join(treesDir, name);
    const record = readRecord(dir);
    // A cache without a record is in use by a build running now (its marker says so) or left by one.
    const gone = record === undefined ? !existsSync(join(dir, BUILDING_MARKER)) : !existsSync(record.contentRoot);
    if (!gone) continue;
    rmSync(dir, { recursive: true, force: true });
    pruned.push(name);
  }
  return pruned;
}
