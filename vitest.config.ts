import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // Two files at once and, inside the bad-content file, two builds at once: those builds are child
    // processes that mostly wait, so the other files run beside them on the machines' two cores.
    maxWorkers: 2,
    maxConcurrency: 2,
    // A guard against a hang, not a time budget (performance is the bench's): the first test of a file
    // that loads citation-js or the content tree takes seconds on a busy machine.
    testTimeout: 20_000,
  },
});
