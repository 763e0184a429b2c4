import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, runNewArticle, writeNewFile } from './new-article.ts';

const repo = path.resolve(import.meta.dirname, '..', '..');
let dir: string;
let root: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'new-article-'));
  root = path.join(dir, 'content');
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  cpSync(path.join(repo, 'content', 'actors'), path.join(root, 'actors'), { recursive: true });
  cpSync(path.join(repo, 'content', 'places'), path.join(root, 'places'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const articles = () => readdirSync(path.join(root, 'articles'));
const raw = (name: string, bytes: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const GOOD =
  'Saturday, March 6, 2021\n\nA Good Title About Kazakhstan\n\nPaul Goble\n\nThe text itself, which names Nazarbayev.\n\nNo comments:\n';

describe('runNewArticle', () => {
  it('writes a draft for a good text, and refuses to overwrite it on a second run', () => {
    const file = raw('good.txt', GOOD);
    const first = runNewArticle([file, '--root', root], root);
    expect(first.code).toBe(0);
    expect(articles()).toEqual(['a-good-title-about-kazakhstan.mdx']);
    const written = readFileSync(path.join(root, 'articles', 'a-good-title-about-kazakhstan.mdx'), 'utf8');
    expect(written).toContain('file: good.txt');
    // The capture is copied into the tree byte for byte, and its hash recorded.
    expect(readFileSync(path.join(root, 'sources', 'good.txt'), 'utf8')).toBe(GOOD);
    expect(written).toContain(`sha256: ${createHash('sha256').update(GOOD).digest('hex')}`);
    const second = runNewArticle([file, '--root', root], root);
    expect(second.code).toBe(1);
    expect(second.message).toMatch(/a-good-title-about-kazakhstan\.mdx: already exists; expected a new file/);
    expect(readFileSync(path.join(root, 'articles', 'a-good-title-about-kazakhstan.mdx'), 'utf8')).toBe(written);
    expect(articles()).toEqual(['a-good-title-about-kazakhstan.mdx']);
  });

  const bad: Array<[string, () => string[], RegExp]> = [
    ['no argument', () => [], /no raw text given; expected exactly one raw text file/],
    ['a missing file', () => [path.join(dir, 'nope.txt')], /nope\.txt: no such file/],
    ['a directory', () => [dir], /found a directory/],
    ['an empty file', () => [raw('empty.txt', '')], /empty\.txt: found an empty file/],
    ['a whitespace-only file', () => [raw('blank.txt', ' \n\u00a0\n\n')], /blank\.txt: found an empty file/],
    [
      'a binary file',
      () => [raw('binary.txt', new Uint8Array([0x54, 0x69, 0x74, 0x00, 0x01, 0x02]))],
      /binary\.txt: found a NUL byte at byte 3/,
    ],
    [
      'text that is not UTF-8',
      () => [raw('latin1.txt', new Uint8Array([0x4b, 0x61, 0x7a, 0x61, 0x6b, 0x68, 0xe9, 0x20, 0x74]))],
      /latin1\.txt: found bytes that are not valid UTF-8/,
    ],
    [
      'a 10 MB file',
      () => [raw('huge.txt', 'A line of text.\n\n'.repeat(Math.ceil((10 * 1024 * 1024) / 17)))],
      new RegExp(`huge\\.txt: found \\d+ bytes; expected a raw text of at most ${MAX_SOURCE_BYTES} bytes`),
    ],
    ['two files', () => [raw('a.txt', GOOD), raw('b.txt', GOOD)], /found 2 files/],
    ['an unknown option', () => ['--force', raw('c.txt', GOOD)], /Unknown option '--force'/],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with a clear error, a non-zero code, and writes nothing`, () => {
      const result = runNewArticle([...args(), '--root', root], root);
      expect(result.code).not.toBe(0);
      expect(result.message).toMatch(message);
      expect(articles()).toEqual([]);
      expect(existsSync(path.join(root, 'sources'))).toBe(false);
    });
  }

  it('refuses a different capture under a name content/sources/ already holds, writing nothing', () => {
    mkdirSync(path.join(root, 'sources'));
    writeFileSync(path.join(root, 'sources', 'good.txt'), 'another capture');
    const result = runNewArticle([raw('good.txt', GOOD), '--root', root], root);
    expect(result.code).toBe(1);
    expect(result.message).toMatch(/sources\/good\.txt: already holds a different capture \(SHA-256 [0-9a-f]{64}, not [0-9a-f]{64}\)/);
    expect(readFileSync(path.join(root, 'sources', 'good.txt'), 'utf8')).toBe('another capture');
    expect(articles()).toEqual([]);
  });

  it('accepts the same capture already in content/sources/ (a draft written again after deleting it)', () => {
    mkdirSync(path.join(root, 'sources'));
    writeFileSync(path.join(root, 'sources', 'good.txt'), GOOD);
    expect(runNewArticle([raw('good.txt', GOOD), '--root', root], root).code).toBe(0);
  });

  it('refuses when the target exists before it starts, leaving the file and no temp file', () => {
    writeFileSync(path.join(root, 'articles', 'a-good-title-about-kazakhstan.mdx'), "editor's work");
    const result = runNewArticle([raw('good.txt', GOOD), '--root', root], root);
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(root, 'articles', 'a-good-title-about-kazakhstan.mdx'), 'utf8')).toBe("editor's work");
    expect(articles()).toEqual(['a-good-title-about-kazakhstan.mdx']);
    expect(existsSync(path.join(root, 'sources', 'good.txt')), 'the capture is not left behind').toBe(false);
  });
});

describe('writeNewFile', () => {
  it('never replaces an existing file, even one that appears after the check, and cleans its temp file', () => {
    const target = path.join(dir, 'x.mdx');
    writeNewFile(target, 'first');
    expect(() => writeNewFile(target, 'second')).toThrow(/already exists/);
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

// Each case starts a Node process that loads zod and a 3 MB word list: seconds, not milliseconds.
describe('scripts/new-article.ts', { timeout: 60_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(repo, 'scripts', 'new-article.ts'), ...args], { encoding: 'utf8' });
  it('exits non-zero with the usage line when given no argument', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run new-article -- <raw-text\.txt>/);
  });
  it('exits 0 and names the draft it wrote', () => {
    const r = run([raw('good.txt', GOOD), '--root', root]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wrote .*a-good-title-about-kazakhstan\.mdx/);
  });
  it('exits non-zero on a binary file and writes nothing', () => {
    const r = run([raw('bin.txt', new Uint8Array([0, 1, 2, 3])), '--root', root]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/NUL byte/);
    expect(articles()).toEqual([]);
  });
});
