/**
 * Every bad-content case (tests/bad-content.ts) through the checker's reading of the tree and each
 * collection's content loader, in this process: the loader throws the reader's lines before it stores
 * anything, and Astro fails, so what is asserted of the loader's error is what a build would print.
 * tests/build-errors.test.ts runs the cases that need a real build.
 */
import { rmSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { archiveLoader } from '../src/loaders/archive.ts';
import { COLLECTIONS } from '../src/lib/content/read.ts';
import { brokenCopy, cases, checkerLinesOf, scratchFolder } from './bad-content.ts';

// Three dozen copies of the content tree: more than the default hook time on a busy machine.
const scratch = scratchFolder();
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

/**
 * Each collection's content loader on the tree, as Astro's content sync calls it (the build stops at
 * the first that throws): what each threw, and what any of them stored.
 */
async function loaderRun(content: string) {
  const stored: string[] = [];
  const store = { clear: () => stored.push('(cleared)'), set: (entry: { id: string }) => stored.push(entry.id) };
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
  const context = { store, generateDigest: () => 'digest', logger } as unknown as LoaderContext;
  const errors: string[] = [];
  for (const collection of COLLECTIONS) {
    try {
      await archiveLoader(content, collection).load(context);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { errors, stored };
}

describe('bad content stops the content loader, which stops the build', () => {
  test.each(cases)('%s', async (name, edit, expected) => {
    const { content } = brokenCopy(scratch, `read-${name.replace(/\W+/g, '-')}`, edit);
    const checkerLines = checkerLinesOf(content);
    const { errors, stored } = await loaderRun(content);
    expect(errors, 'every collection’s loader stops').toHaveLength(COLLECTIONS.length);
    expect(checkerLines.length, 'check:content finds the problem too').toBeGreaterThan(0);
    for (const error of errors) {
      for (const line of checkerLines) expect(error, 'the loader says what check:content says').toContain(line);
      for (const pattern of expected) expect(error).toMatch(pattern);
      expect(error).not.toContain('wJalrXUtnFEMI');
    }
    expect(stored, 'nothing stored').toEqual([]);
  });
});
