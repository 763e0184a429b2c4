/**
 * The static hosts' rule files stay within what Cloudflare Pages takes (2,000 static and 100 dynamic
 * redirects; few header rules), whatever the size of the archive: pages and downloads of one kind
 * share a placeholder rule (src/lib/deploy/patterns.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const dist = process.env['DIST_DIR'] ?? 'dist';
const lines = (file: string) =>
  readFileSync(join(dist, file), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));

test('_headers has at most 100 rules and _redirects at most 100 placeholder rules', () => {
  const headerRules = lines('_headers').filter((l) => !l.startsWith(' '));
  expect(headerRules.length).toBeLessThanOrEqual(100);
  const redirects = lines('_redirects');
  expect(redirects.filter((l) => l.includes(':')).length).toBeLessThanOrEqual(100);
  expect(redirects.length).toBeLessThanOrEqual(2100);
  // Every page kind is there: an article without its final slash is redirected by one rule.
  expect(redirects.some((l) => /\/articles\/:p\d \/archive\/articles\/:p\d\/ 301$|\/articles\/:p\d \/articles\/:p\d\/ 301$/.test(l))).toBe(
    true,
  );
});
