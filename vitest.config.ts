import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // Concurrent tests (the bad-content builds, each a child process) two at a time: the machines have two cores.
    maxConcurrency: 2,
    // A guard against a hang, not a time budget (performance is the bench's): the first test of a file
    // that loads citation-js or the content tree takes seconds on a busy machine.
    testTimeout: 20_000,
  },
});
