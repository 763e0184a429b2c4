import { describe, expect, it } from 'vitest';
import { formatProblem } from './integrity.ts';
import { checkCapture, checkCaptures, decodeCapture, sha256Hex, type CaptureClaim } from './captures.ts';

const bytes = new TextEncoder().encode('Header\n\nThe only paragraph, with a typo teh.\n');
const claim: CaptureClaim = {
  file: 'content/articles/a.mdx',
  source: { file: 'a.txt', sha256: sha256Hex(bytes) },
  title: 'T',
  removed: [{ text: 'Header', reason: 'header' }],
  sourceErrors: [{ where: 1, text: 'teh', note: 'sic' }],
  blocks: [{ kind: 'paragraph', n: 1, text: 'The only paragraph, with a typo teh.' }],
};
const lines = (claims: CaptureClaim[], files: Record<string, Uint8Array>) => checkCaptures(claims, (f) => files[f]).map(formatProblem);

describe('sha256Hex and decodeCapture', () => {
  it('hashes as sha256sum does', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('refuses bytes that are not UTF-8 and keeps a byte-order mark', () => {
    expect(decodeCapture(new Uint8Array([0x61, 0xff, 0x62]))).toBeUndefined();
    expect(decodeCapture(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa');
  });
});

describe('checkCaptures', () => {
  it('passes a consistent article', () => {
    expect(lines([claim], { 'a.txt': bytes })).toEqual([]);
  });
  const cases: Array<[string, CaptureClaim[], Record<string, Uint8Array>, RegExp]> = [
    [
      'a missing capture',
      [claim],
      {},
      /^content\/articles\/a\.mdx source\.file: found "a\.txt", which is not in content\/sources\/; expected the file name of the capture/,
    ],
    [
      'a capture that is not UTF-8',
      [claim],
      { 'a.txt': new Uint8Array([0xc3, 0x28]) },
      new RegExp(
        /source\.file: found content\/sources\/a\.txt, which is not valid UTF-8 \(byte 0xC3 at line 1, column 1\);/.source +
          / expected the capture saved as UTF-8/.source,
      ),
    ],
    [
      'a hash that differs',
      [{ ...claim, source: { file: 'a.txt', sha256: '0'.repeat(64) } }],
      { 'a.txt': bytes },
      new RegExp(
        `source\\.sha256: found "${'0'.repeat(64)}", ` +
          `but content/sources/a\\.txt has the SHA-256 "${sha256Hex(bytes)}"; expected "${sha256Hex(bytes)}"`,
      ),
    ],
    [
      'a removal not in the capture',
      [{ ...claim, removed: [{ text: 'Footer', reason: 'r' }] }],
      { 'a.txt': bytes },
      new RegExp(
        /removed\[0\]\.text: found "Footer", which is not in the capture; expected the removed text exactly as it stands, once,/.source +
          / in content\/sources\/a\.txt/.source,
      ),
    ],
    [
      'a source error not in its paragraph',
      [{ ...claim, sourceErrors: [{ where: 1, text: 'hte', note: 'n' }] }],
      { 'a.txt': bytes },
      /sourceErrors\[0\]\.text: found "hte", which is not in paragraph 1/,
    ],
    [
      'a capture claimed twice',
      [claim, { ...claim, file: 'content/articles/b.mdx' }],
      { 'a.txt': bytes },
      /^content\/articles\/b\.mdx source\.file: found "a\.txt", already the capture of content\/articles\/a\.mdx/,
    ],
  ];
  it.each(cases)('reports %s with file, field and what was expected', (_name, claims, files, expected) => {
    const out = lines(claims, files);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(expected);
  });
  it('names the folder as the caller does', () => {
    expect(checkCapture(claim, undefined, 'fixture/sources')[0]?.expected).toContain('fixture/sources/');
  });
});
