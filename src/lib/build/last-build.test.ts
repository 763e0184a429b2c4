import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  type BuildInputs,
  contentDigests,
  forgetBuild,
  LAST_BUILD_FILE,
  outputStamps,
  recordBuild,
  whyBuild,
  whyBuildFrom,
} from './last-build.ts';

const made: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kz-last-build-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A content tree, an output folder and a cache folder, with the build of the one into the other recorded. */
function built() {
  const root = temp();
  const [content, out, cache] = ['content', 'dist', 'cache'].map((name) => join(root, name)) as [string, string, string];
  mkdirSync(join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, 'articles', 'a.mdx'), 'one');
  mkdirSync(join(out, 'articles', 'a'), { recursive: true });
  writeFileSync(join(out, 'articles', 'a', 'index.html'), '<p>one</p>');
  writeFileSync(join(out, 'index.html'), '<p>home</p>');
  mkdirSync(cache);
  const inputs = (): BuildInputs => ({
    settings: { site: 'http://localhost:4321', base: '/' },
    files: { 'code:src/a.ts': 'aaa', ...Object.fromEntries(Object.entries(contentDigests(content)).map(([p, d]) => [`content:${p}`, d])) },
  });
  recordBuild(cache, inputs(), out);
  return { content, out, cache, inputs };
}

/**
 * Waits past the file system's clock tick: the kernel stamps files from a coarse clock (a few ms), and
 * an edit within the same tick as the build's write would keep its change time, which no hand edit does.
 */
const pastClockTick = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);

/** Writes `bytes` into `file` and puts its modification time back, as a careful hand edit would. */
function editKeepingTime(file: string, bytes: string): void {
  pastClockTick();
  const { atime, mtime } = statSync(file);
  writeFileSync(file, bytes);
  utimesSync(file, atime, mtime);
}

describe('whyBuild', () => {
  test('nothing changed: no reason to build, however often asked', () => {
    const b = built();
    expect(whyBuild(b.cache, b.inputs(), b.out)).toBeUndefined();
    expect(whyBuild(b.cache, b.inputs(), b.out)).toBeUndefined();
  });

  test('a content file touched without change is unchanged (its bytes are compared)', () => {
    const b = built();
    const file = join(b.content, 'articles', 'a.mdx');
    writeFileSync(file, readFileSync(file));
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(whyBuild(b.cache, b.inputs(), b.out)).toBeUndefined();
  });

  test.each<[string, (b: ReturnType<typeof built>) => void, RegExp]>([
    [
      'no record',
      (b) => {
        forgetBuild(b.cache);
      },
      /no complete build is recorded/,
    ],
    [
      'a record that is not JSON',
      (b) => {
        writeFileSync(join(b.cache, LAST_BUILD_FILE), '{"format":');
      },
      /no complete build/,
    ],
    [
      'a content file edited',
      (b) => {
        writeFileSync(join(b.content, 'articles', 'a.mdx'), 'two');
      },
      /content:articles\/a\.mdx/,
    ],
    [
      'a content file added',
      (b) => {
        writeFileSync(join(b.content, 'articles', 'b.mdx'), 'b');
      },
      /content:articles\/b\.mdx/,
    ],
    [
      'a content file removed',
      (b) => {
        rmSync(join(b.content, 'articles', 'a.mdx'));
      },
      /content:articles\/a\.mdx/,
    ],
    [
      'an output file edited',
      (b) => {
        writeFileSync(join(b.out, 'index.html'), '<p>HOME</p>');
      },
      /not as the last build.*index\.html/,
    ],
    [
      'an output file edited to the same size, its time put back',
      (b) => {
        editKeepingTime(join(b.out, 'index.html'), '<p>Home</p>');
      },
      /not as the last build.*index\.html/,
    ],
    [
      'an output file removed',
      (b) => {
        rmSync(join(b.out, 'index.html'));
      },
      /index\.html/,
    ],
    [
      'an output file added',
      (b) => {
        writeFileSync(join(b.out, 'extra.html'), 'x');
      },
      /extra\.html/,
    ],
    [
      'the output folder gone',
      (b) => {
        rmSync(b.out, { recursive: true });
      },
      /articles\/a\/index\.html, index\.html/,
    ],
    [
      'an output file replaced by a copy of itself',
      (b) => {
        const file = join(b.out, 'index.html');
        const bytes = readFileSync(file);
        const { atime, mtime } = statSync(file);
        pastClockTick();
        rmSync(file);
        writeFileSync(file, bytes);
        utimesSync(file, atime, mtime);
      },
      /index\.html/,
    ],
  ])('%s: the build runs, and says why', (_, change, why) => {
    const b = built();
    change(b);
    expect(whyBuild(b.cache, b.inputs(), b.out)).toMatch(why);
  });

  test.each<[string, (i: BuildInputs) => BuildInputs, RegExp]>([
    ['the code changed', (i) => ({ ...i, files: { ...i.files, 'code:src/a.ts': 'bbb' } }), /files changed \(code:src\/a\.ts\)/],
    ['a setting changed', (i) => ({ ...i, settings: { ...i.settings, base: '/archive/' } }), /settings changed \(base\)/],
    ['a setting added', (i) => ({ ...i, settings: { ...i.settings, 'env TZ': 'UTC' } }), /settings changed \(env TZ\)/],
  ])('%s: the build runs, and says why', (_, change, why) => {
    const b = built();
    expect(whyBuild(b.cache, change(b.inputs()), b.out)).toMatch(why);
  });

  test('an output file linked elsewhere (as the outputs cache links them) changes when written through the link', () => {
    const b = built();
    const other = join(b.cache, 'kept');
    linkSync(join(b.out, 'index.html'), other);
    recordBuild(b.cache, b.inputs(), b.out);
    expect(whyBuild(b.cache, b.inputs(), b.out)).toBeUndefined();
    editKeepingTime(other, '<p>Home</p>');
    expect(whyBuild(b.cache, b.inputs(), b.out)).toMatch(/index\.html/);
  });

  test('a build recorded again after a change is the new last build', () => {
    const b = built();
    writeFileSync(join(b.content, 'articles', 'a.mdx'), 'two');
    writeFileSync(join(b.out, 'index.html'), '<p>two</p>');
    expect(whyBuild(b.cache, b.inputs(), b.out)).toBeDefined();
    recordBuild(b.cache, b.inputs(), b.out);
    expect(whyBuild(b.cache, b.inputs(), b.out)).toBeUndefined();
  });

  test('many changed files are named a few at a time', () => {
    const b = built();
    for (const n of [1, 2, 3, 4, 5]) writeFileSync(join(b.content, 'articles', `n${n}.mdx`), String(n));
    expect(whyBuild(b.cache, b.inputs(), b.out)).toMatch(/content:articles\/n1\.mdx, .*n3\.mdx and 2 more/);
  });
});

describe('whyBuildFrom', () => {
  test('the same inputs: nothing to say; a content file edited between two readings: named', () => {
    const b = built();
    const before = b.inputs();
    expect(whyBuildFrom(before, b.inputs())).toBeUndefined();
    writeFileSync(join(b.content, 'articles', 'a.mdx'), 'edited while the build ran');
    expect(whyBuildFrom(before, b.inputs())).toMatch(/files changed \(content:articles\/a\.mdx\)/);
  });
});

describe('outputStamps', () => {
  test('names every file under the folder by its relative path', () => {
    const b = built();
    expect(Object.keys(outputStamps(b.out))).toEqual(['articles/a/index.html', 'index.html']);
  });
});
