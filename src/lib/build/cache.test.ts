import { describe, expect, test } from 'vitest';
import { treeCacheDir } from './cache.ts';

describe('treeCacheDir', () => {
  test.each([
    ['the repository’s own tree', '/repo', '/repo/content', undefined],
    ['the same tree written otherwise', '/repo', '/repo/./content/', undefined],
  ])('%s keeps Astro’s default folder', (_, repo, root, expected) => {
    expect(treeCacheDir(repo, root)).toBe(expected);
  });

  test('another tree gets a folder of its own under node_modules/.astro/trees/', () => {
    const a = treeCacheDir('/repo', '/tmp/a/content');
    const b = treeCacheDir('/repo', '/tmp/b/content');
    expect(a).toMatch(/^\/repo\/node_modules\/\.astro\/trees\/[0-9a-f]{16}$/);
    expect(b).not.toBe(a);
    expect(treeCacheDir('/repo', '/tmp/a/content/')).toBe(a);
  });
});
