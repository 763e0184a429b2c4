import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block } from './body.ts';
import { bodiesFile, bodyOf, captureOf, readBodies, type StoredBody, writeBodies } from './bodies.ts';

const blocks: Block[] = [{ kind: 'paragraph', n: 1, line: 9, inlines: [{ kind: 'text', text: 'Tokayev said.' }] } as unknown as Block];

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bodies-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bodiesFile', () => {
  it('is in Astro’s cache folder, one file per content tree', () => {
    expect(bodiesFile('/repo', '/repo/content')).toMatch(/^\/repo\/node_modules\/\.astro\/archive-bodies-[0-9a-f]{12}\.json$/);
    expect(bodiesFile('/repo', '/tmp/c10000')).not.toBe(bodiesFile('/repo', '/repo/content'));
    expect(bodiesFile('/repo', '/repo/content')).toBe(bodiesFile('/repo', '/repo/content'));
  });
});

describe('writeBodies, readBodies and bodyOf', () => {
  it('hands the bodies over whole, each under its article’s digest', () => {
    const file = join(dir, 'deep', 'bodies.json');
    writeBodies(file, new Map<string, StoredBody>([['a', { key: 'k1', blocks }]]));
    expect(readdirSync(join(dir, 'deep'))).toEqual(['bodies.json']);
    const bodies = readBodies(file);
    expect(bodyOf(bodies, 'a', 'k1', file)).toEqual(blocks);
  });

  it('refuses a body of another content sync, or none, naming the file and the article', () => {
    const file = join(dir, 'bodies.json');
    writeBodies(file, new Map<string, StoredBody>([['a', { key: 'k1', blocks }]]));
    const bodies = readBodies(file);
    expect(() => bodyOf(bodies, 'a', 'k2', file)).toThrow(
      `The articles' bodies ${file}: another body for article "a" than its content sync wrote (expected the digest k2)`,
    );
    expect(() => bodyOf(bodies, 'b', 'k1', file)).toThrow(/no body for article "b"/);
  });

  it.each([
    ['a missing file', undefined, /ENOENT.*run the build again/],
    ['a file that is not JSON', '{"a":', /bodies\.json: .*JSON.*run the build again/],
    ['a list', '[]', /expected an object of bodies by article id/],
  ])('refuses %s, naming it', (_, text, message) => {
    const file = join(dir, 'bodies.json');
    if (text !== undefined) writeFileSync(file, text);
    expect(() => readBodies(file)).toThrow(message);
  });
});

describe('captureOf', () => {
  it('hands over where the reader located the article in its capture, and refuses a body without it', () => {
    const file = join(dir, 'bodies.json');
    const capture = { removals: [{ start: 0, end: 4 }], blocks: [{ start: 5, end: 18 }], errors: [], problems: [] };
    writeBodies(
      file,
      new Map<string, StoredBody>([
        ['a', { key: 'k1', blocks, capture }],
        ['b', { key: 'k1', blocks }],
      ]),
    );
    const bodies = readBodies(file);
    expect(captureOf(bodies, 'a', file)).toEqual(capture);
    expect(() => captureOf(bodies, 'b', file)).toThrow(`The articles' bodies ${file}: no located capture for article "b"`);
  });
});
