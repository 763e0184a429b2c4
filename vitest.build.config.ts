import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Tests over a finished build (tests/build/*.build.ts), run apart from the unit tests because they
 * need `astro build` first: `npm run test:build` (dist/, at the root) and `npm run test:base`
 * (dist-base/, under /archive/).
 *
 * The run over dist-base takes only the files whose answer can depend on the base path: those that
 * read the addresses a build writes (links, canonical and alternate links, citations, feed, sitemap,
 * data files, server rules) or the bytes those addresses add to a page. The others would give the
 * answer they gave over dist/: html-validate reads the markup, in which the base path is only the
 * value of an address; the questions join the downloads by id and read the pages' text; the search
 * index names pages without the base path; a second build of the same commit is compared with the
 * first whatever the base; the incremental build and the throwaway page kind build from content/ at
 * the root (those two also skip themselves over another dist).
 */
const BASE_PATH_FILES = ['data', 'host-rules', 'provenance', 'publication', 'site', 'weight'];
const underBase = (process.env['DIST_DIR'] ?? 'dist') !== 'dist';
// A file renamed or gone would otherwise leave the base-path run silently smaller.
for (const name of BASE_PATH_FILES)
  if (!existsSync(`tests/build/${name}.build.ts`)) throw new Error(`vitest.build.config.ts: no tests/build/${name}.build.ts`);

export default defineConfig({
  test: {
    include: underBase ? BASE_PATH_FILES.map((name) => `tests/build/${name}.build.ts`) : ['tests/build/**/*.build.ts'],
  },
});
