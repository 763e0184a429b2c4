import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  ASTRO_COPIES,
  ASTRO_MANIFEST,
  BUILDING_MARKER,
  checkPageCache,
  codeDigests,
  GUARD_FILE,
  pruneTreeCaches,
  recordPageCache,
  settleFailedBuild,
} from './cache-keys-guard.ts';

const made: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kz-page-cache-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CODE = { node: 'v24', 'src/a.ts': 'aaa' };
const ROOT = '/repo/content';

/** A cache as a finished build leaves it: Astro's manifest, two page copies, our record. */
function finishedCache(): string {
  const dir = temp();
  expect(checkPageCache(dir, CODE, ROOT)).toEqual([]);
  // What Astro writes while it builds.
  mkdirSync(join(dir, ASTRO_COPIES, 'articles', 'a'), { recursive: true });
  writeFileSync(join(dir, ASTRO_COPIES, 'articles', 'a', 'index.html'), '<p>a</p>');
  writeFileSync(join(dir, ASTRO_COPIES, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, ASTRO_MANIFEST), '{"version":1,"routes":{}}');
  recordPageCache(dir, CODE, ROOT);
  return dir;
}
const page = (dir: string) => join(dir, ASTRO_COPIES, 'articles', 'a', 'index.html');
const touchLater = (file: string) => utimesSync(file, new Date(), new Date(Date.now() + 5000));

describe('checkPageCache', () => {
  test('a cache as the last build left it is kept, silently, and marked as being built', () => {
    const dir = finishedCache();
    expect(checkPageCache(dir, CODE, ROOT)).toEqual([]);
    expect(existsSync(join(dir, ASTRO_MANIFEST))).toBe(true);
    expect(existsSync(page(dir))).toBe(true);
    expect(existsSync(join(dir, BUILDING_MARKER))).toBe(true);
  });

  test.each<[string, (dir: string) => void, { code?: Record<string, string>; root?: string }, RegExp]>([
    ['the build’s code changed', () => {}, { code: { ...CODE, 'src/a.ts': 'bbb' } }, /the build’s code changed \(src\/a\.ts\)/],
    ['a code file added', () => {}, { code: { ...CODE, 'src/b.ts': 'b' } }, /code changed \(src\/b\.ts\)/],
    ['another Node', () => {}, { code: { ...CODE, node: 'v25' } }, /code changed \(node\)/],
    ['built from another content tree', () => {}, { root: '/elsewhere' }, /it was built from \/repo\/content/],
    ['the last build did not finish', (dir) => writeFileSync(join(dir, BUILDING_MARKER), ''), {}, /did not finish/],
    ['our record is missing', (dir) => rmSync(join(dir, GUARD_FILE)), {}, /kz-page-cache\.json is missing or unreadable/],
    ['our record is truncated', (dir) => writeFileSync(join(dir, GUARD_FILE), '{"code":'), {}, /missing or unreadable/],
    [
      'Astro’s manifest is truncated',
      (dir) => writeFileSync(join(dir, ASTRO_MANIFEST), '{"version":1,"rou'),
      {},
      /incremental-build\.json is not JSON/,
    ],
  ])('%s: the whole cache is dropped, and the build says why', (_, damage, given, said) => {
    const dir = finishedCache();
    damage(dir);
    const lines = checkPageCache(dir, given.code ?? CODE, given.root ?? ROOT);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(said);
    expect(lines[0]).toContain('every page is rendered');
    expect(existsSync(join(dir, ASTRO_MANIFEST))).toBe(false);
    expect(existsSync(join(dir, ASTRO_COPIES))).toBe(false);
  });

  test.each<[string, (file: string) => void]>([
    ['edited', (file) => writeFileSync(file, '<p>b</p>')],
    ['truncated', (file) => writeFileSync(file, '')],
    ['touched', touchLater],
  ])('a page copy %s since the last build is deleted alone, so Astro renders that page again', (_, damage) => {
    const dir = finishedCache();
    damage(page(dir));
    const lines = checkPageCache(dir, CODE, ROOT);
    expect(lines).toEqual([expect.stringMatching(/Discarded 1 cached page\(s\) changed since the last build .*articles\/a\/index\.html/)]);
    expect(existsSync(page(dir))).toBe(false);
    expect(readFileSync(join(dir, ASTRO_COPIES, 'index.html'), 'utf8')).toBe('<p>home</p>');
    expect(existsSync(join(dir, ASTRO_MANIFEST))).toBe(true);
  });

  test('page copies without a manifest are dropped', () => {
    const dir = finishedCache();
    rmSync(join(dir, ASTRO_MANIFEST));
    expect(checkPageCache(dir, CODE, ROOT)).toEqual([expect.stringMatching(/copies of pages but no incremental-build\.json/)]);
    expect(existsSync(join(dir, ASTRO_COPIES))).toBe(false);
  });

  test('no cache yet: nothing to say', () => {
    expect(checkPageCache(join(temp(), 'new'), CODE, ROOT)).toEqual([]);
  });
});

describe('settleFailedBuild', () => {
  test('a failed build that wrote nothing into the cache leaves it usable', () => {
    const dir = finishedCache();
    checkPageCache(dir, CODE, ROOT);
    expect(settleFailedBuild(dir)).toBe(true);
    expect(checkPageCache(dir, CODE, ROOT)).toEqual([]);
  });

  test('a failed build of a tree with no cache yet leaves nothing to drop', () => {
    const dir = join(temp(), 'new');
    checkPageCache(dir, CODE, ROOT);
    expect(settleFailedBuild(dir)).toBe(true);
    expect(existsSync(join(dir, BUILDING_MARKER))).toBe(false);
  });

  test.each<[string, (dir: string) => void]>([
    ['a page copy written', (dir) => touchLater(page(dir))],
    ['a new page copy', (dir) => writeFileSync(join(dir, ASTRO_COPIES, 'new.html'), 'x')],
    ['the manifest written', (dir) => writeFileSync(join(dir, ASTRO_MANIFEST), '{"version":1,"routes":{"x":{}}}')],
  ])('a failed build that changed the cache (%s) leaves it to be dropped', (_, change) => {
    const dir = finishedCache();
    checkPageCache(dir, CODE, ROOT);
    change(dir);
    expect(settleFailedBuild(dir)).toBe(false);
    expect(checkPageCache(dir, CODE, ROOT)[0]).toMatch(/did not finish/);
  });
});

describe('pruneTreeCaches', () => {
  test('removes the caches of trees that are gone, keeps the others and one being built', () => {
    const trees = temp();
    const tree = temp();
    const keep = join(trees, 'keep');
    const gone = join(trees, 'gone');
    const building = join(trees, 'building');
    for (const [dir, root] of [
      [keep, tree],
      [gone, join(tree, 'missing')],
    ] as const) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, ASTRO_MANIFEST), '{}');
      recordPageCache(dir, CODE, root);
    }
    checkPageCache(building, CODE, tree);
    expect(pruneTreeCaches(trees)).toEqual(['gone']);
    expect(existsSync(keep) && existsSync(building) && !existsSync(gone)).toBe(true);
  });
});

describe('codeDigests', () => {
  test('each code file by its bytes, the tests beside them left out, and the Node version', () => {
    const repo = temp();
    mkdirSync(join(repo, 'src', 'lib'), { recursive: true });
    writeFileSync(join(repo, 'src', 'lib', 'x.ts'), 'x');
    writeFileSync(join(repo, 'src', 'lib', 'x.test.ts'), 't');
    writeFileSync(join(repo, 'astro.config.mjs'), 'c');
    const d = codeDigests(repo);
    expect(Object.keys(d).sort()).toEqual(['astro.config.mjs', 'node', 'src/lib/x.ts']);
    expect(d['node']).toBe(process.version);
    writeFileSync(join(repo, 'src', 'lib', 'x.ts'), 'y');
    expect(codeDigests(repo)['src/lib/x.ts']).not.toBe(d['src/lib/x.ts']);
  });
});

describe('recordPageCache', () => {
  test('counts the copies the build left as they were (copied) and those it wrote (rendered)', () => {
    const dir = finishedCache();
    checkPageCache(dir, CODE, ROOT);
    touchLater(page(dir));
    writeFileSync(join(dir, ASTRO_COPIES, 'new.html'), 'x');
    expect(recordPageCache(dir, CODE, ROOT)).toEqual({ copied: 1, rendered: 2 });
    checkPageCache(dir, CODE, ROOT);
    expect(recordPageCache(dir, CODE, ROOT)).toEqual({ copied: 3, rendered: 0 });
  });
});
