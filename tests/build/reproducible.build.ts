/**
 * Reproducible by default: a second build of the same commit, with no SOURCE_DATE_EPOCH given, is
 * byte-identical to the build under test (scripts/build.ts takes the last commit's time), file by file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const scratch = mkdtempSync(join(tmpdir(), 'archive-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const files = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => !f.endsWith('/')).sort();

test('a second build of this commit is byte-identical, its time the last commit’s', () => {
  const commit = spawnSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).stdout.trim();
  const when = new Date(Number(commit) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const stamp = `<updated>${when}</updated>`;
  expect(readFileSync(join(dist, 'feed.xml'), 'utf8'), `${dist} is a build of the last commit (else build again)`).toContain(stamp);
  const out = join(scratch, 'dist');
  // The build's environment as npm gives it: without SOURCE_DATE_EPOCH (the default is under test) and
  // without what Vitest adds to this process's (BASE_URL, MODE, NODE_ENV…), which Vite would read.
  const added = ['SOURCE_DATE_EPOCH', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !added.includes(k) && !k.startsWith('VITEST')));
  // The origin npm run build:test gives the build under test (package.json), unless one is set.
  env['ARCHIVE_SITE'] ??= 'http://localhost:4321';
  // --force: every page rendered again, none copied from the page cache, so rendering itself is what is compared.
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--force', '--outDir', out], { env, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const ours = files(dist).filter((f) => !readdirSafe(join(dist, f)));
  expect(files(out).filter((f) => !readdirSafe(join(out, f)))).toEqual(ours);
  const differ = ours.filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(out, f))));
  expect(differ).toEqual([]);
}, 300_000);

/** Whether a path is a folder (listed by readdirSync's recursive mode beside the files). */
function readdirSafe(p: string): boolean {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
}
