import { existsSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Vitest's own order (the longest first by the durations it caches, and without them, as on a fresh
 * clone, the largest file first), with `slow` put ahead of all others in the order given: the files
 * that start builds take longest, and two workers finish together only when those start first and
 * the short files fill in beside them.
 */
export function slowFirst(slow: readonly string[], config: string) {
  for (const file of slow) if (!existsSync(file)) throw new Error(`${config}: no ${file} to run first`);
  const rank = (spec: TestSpecification) => {
    const i = slow.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
    return i < 0 ? slow.length : i;
  };
  return class SlowFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]) {
      // Array.prototype.sort is stable: the others keep Vitest's order.
      return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
    }
  };
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // Two files at once and, inside the bad-content file, two builds at once: those builds are child
    // processes that mostly wait, so the other files run beside them on the machines' two cores.
    maxWorkers: 2,
    maxConcurrency: 2,
    // A worker's files share its modules: loading zod, citation-js, the date-fns locales and the content
    // core again for each file cost more than the tests themselves. What a file changes it
    // restores (process.env, spies), and what it writes is in a folder it makes itself
    // (tests/bad-content.ts's scratchFolder).
    isolate: false,
    sequence: {
      sequencer: slowFirst(
        ['tests/build-errors.test.ts', 'tests/walkthrough.test.ts', 'tests/bad-content-loader.test.ts', 'src/lib/content/read.test.ts'],
        'vitest.config.ts',
      ),
    },
    // A guard against a hang, not a time budget (performance is the bench's): the first test of a file
    // that loads citation-js or the content tree takes seconds on a busy machine.
    testTimeout: 20_000,
    // The walkthrough's clean-up removes a whole build: more than the default ten seconds on a busy machine.
    hookTimeout: 120_000,
  },
});
