import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // Concurrent tests (the bad-content builds, each a child process) two at a time: the machines have two cores.
    maxConcurrency: 2,
  },
});
