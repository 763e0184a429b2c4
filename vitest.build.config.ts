import { defineConfig } from 'vitest/config';

/**
 * Tests over a finished build (tests/build/*.build.ts), run apart from the unit tests because they
 * need `astro build` first: `npm run test:build` (dist/, at the root) and `npm run test:base`
 * (dist-base/, under /archive/).
 */
export default defineConfig({
  test: { include: ['tests/build/**/*.build.ts'] },
});
