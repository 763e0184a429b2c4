import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOf, OutputCache } from './output-cache.ts';

let dir = '';
let cacheDir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'output-cache-'));
  cacheDir = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

/** A build folder with `files`, kept under `key` by a cache that is then closed; returns the folder. */
function keptBuild(key: string, files: Record<string, string>, code = 'code-1'): string {
  const out = join(dir, `build-${key.replace(/\W/g, '')}`);
  for (const [rel, text] of Object.entries(files)) write(join(out, rel), text);
  const cache = new OutputCache(cacheDir, code);
  cache.put(key, out, Object.keys(files));
  cache.close();
  return out;
}

const objects = () => readdirSync(join(cacheDir, 'objects'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

describe('OutputCache', () => {
  it('puts the files kept under a key into the next build, the same bytes, and counts them by kind', () => {
    keptBuild('gz:a', { 'a/index.html.gz': 'zipped', 'b.txt': 'text' });
    const cache = new OutputCache(cacheDir, 'code-1');
    const next = join(dir, 'next');
    expect(cache.restore('gz:a', next)).toBe(true);
    expect(readFileSync(join(next, 'a/index.html.gz'), 'utf8')).toBe('zipped');
    expect(readFileSync(join(next, 'b.txt'), 'utf8')).toBe('text');
    expect(cache.filesOf('gz:a')).toEqual(['a/index.html.gz', 'b.txt']);
    expect(cache.restore('gz:other', next)).toBe(false);
    expect(cache.tally()).toEqual({ gz: { kept: 1, made: 0 } });
    expect(cache.said()).toEqual([]);
  });

  it('keeps a key that made nothing', () => {
    keptBuild('gz:small', {});
    const cache = new OutputCache(cacheDir, 'code-1');
    expect(cache.restore('gz:small', join(dir, 'next'))).toBe(true);
    expect(cache.filesOf('gz:small')).toEqual([]);
  });

  it.each([
    ['other code', () => undefined, 'code-2', /the build’s code changed/],
    [
      'an index that is not JSON',
      () => writeFileSync(join(cacheDir, 'index.json'), '{"code": "code-1", "entr'),
      'code-1',
      /index\.json is not/,
    ],
  ])('discards everything, and says so, for %s', (_, spoil, code, said) => {
    keptBuild('rules:x', { _headers: 'h' });
    spoil();
    const cache = new OutputCache(cacheDir, code);
    expect(cache.restore('rules:x', join(dir, 'next'))).toBe(false);
    expect(cache.said().join('\n')).toMatch(said);
    // Said once: the build prints what was discarded as it goes.
    expect(cache.said()).toEqual([]);
  });

  it.each([
    ['edited in the built site (a hard link shares its bytes)', (out: string) => appendFileSync(join(out, 'p.html.gz'), 'more')],
    [
      'truncated in the cache',
      () => {
        const fan = readdirSync(join(cacheDir, 'objects'))[0] as string;
        const file = readdirSync(join(cacheDir, 'objects', fan))[0] as string;
        truncateSync(join(cacheDir, 'objects', fan, file), 1);
      },
    ],
    ['removed from the cache', () => rmSync(join(cacheDir, 'objects'), { recursive: true })],
  ])('discards a kept entry whose file was %s, says so, and makes it again', (_, spoil) => {
    const out = keptBuild('gz:p', { 'p.html.gz': 'zipped bytes' });
    spoil(out);
    const cache = new OutputCache(cacheDir, 'code-1');
    const next = join(dir, 'next');
    expect(cache.restore('gz:p', next)).toBe(false);
    expect(cache.said().join('\n')).toMatch(/Discarded 1 kept output\(s\) .* whose files changed/);
    write(join(next, 'p.html.gz'), 'zipped bytes');
    cache.put('gz:p', next, ['p.html.gz']);
    cache.close();
    expect(new OutputCache(cacheDir, 'code-1').restore('gz:p', join(dir, 'third'))).toBe(true);
    expect(readFileSync(join(dir, 'third', 'p.html.gz'), 'utf8')).toBe('zipped bytes');
  });

  it('keeps only what the last build used or made: a removed article’s files go', () => {
    const out = join(dir, 'one');
    write(join(out, 'a/cite.bib'), 'a');
    write(join(out, 'b/cite.bib'), 'b');
    const first = new OutputCache(cacheDir, 'code-1');
    first.put('downloads:a', out, ['a/cite.bib']);
    first.put('downloads:b', out, ['b/cite.bib']);
    first.close();
    expect(objects()).toBe(2);
    const second = new OutputCache(cacheDir, 'code-1');
    expect(second.keep('downloads:a')).toBe(true);
    second.close();
    expect(objects()).toBe(1);
    const third = new OutputCache(cacheDir, 'code-1');
    expect(third.restore('downloads:b', join(dir, 'next'))).toBe(false);
    expect(third.restore('downloads:a', join(dir, 'next'))).toBe(true);
  });

  it('leaves the last index when a build stops before closing, and removes what that build put', () => {
    keptBuild('search:1', { 'part/a.pf_index': 'one' });
    const stopped = new OutputCache(cacheDir, 'code-1');
    const out = join(dir, 'stopped');
    write(join(out, 'part/b.pf_index'), 'two');
    stopped.put('search:2', out, ['part/b.pf_index']);
    // No close(): killed half-way.
    expect(objects()).toBe(2);
    const next = new OutputCache(cacheDir, 'code-1');
    expect(next.restore('search:2', join(dir, 'n'))).toBe(false);
    expect(next.restore('search:1', join(dir, 'n'))).toBe(true);
    next.close();
    expect(objects()).toBe(1);
    expect(existsSync(join(cacheDir, 'index.json.partial'))).toBe(false);
  });
});

describe('digestOf', () => {
  it('tells lists apart that join to the same text', () => {
    expect(digestOf(['ab', 'c'])).not.toBe(digestOf(['a', 'bc']));
    expect(digestOf(['a', 'b'])).toBe(digestOf(['a', new TextEncoder().encode('b')]));
  });
});
