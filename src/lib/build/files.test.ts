import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileDigests, filesUnder } from './files.ts';

const root = mkdtempSync(join(tmpdir(), 'files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'b', 'c'), { recursive: true });
mkdirSync(join(root, 'empty'));
for (const [path, text] of [
  ['a.txt', 'a'],
  ['b/z.ts', 'z'],
  ['b/c/y.test.ts', 'y'],
] as const)
  writeFileSync(join(root, path), text);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('filesUnder', () => {
  it.each([
    ['', ['a.txt', 'b/c/y.test.ts', 'b/z.ts']],
    ['b', ['b/c/y.test.ts', 'b/z.ts']],
    ['a.txt', ['a.txt']],
    ['empty', []],
    ['missing', []],
  ])('%j', (path, expected) => expect(filesUnder(root, path)).toEqual(expected));
});

describe('fileDigests', () => {
  it('hashes each file under the paths by its path, but for those skipped', () => {
    expect(fileDigests(root, ['a.txt', 'b'], (p) => p.endsWith('.test.ts'))).toEqual({ 'a.txt': sha('a'), 'b/z.ts': sha('z') });
    expect(Object.keys(fileDigests(root, ['']))).toEqual(['a.txt', 'b/c/y.test.ts', 'b/z.ts']);
  });
});
