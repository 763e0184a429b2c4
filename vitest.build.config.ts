import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BUILT_LANGS } from './src/data/built-languages.ts';
import { slowFirst } from './vitest.config.ts';

/**
 * Tests over a finished build (tests/build/*.build.ts), run apart from the unit tests because they
 * need `astro build` first: `npm run test:build` (dist/, at the root) and `npm run test:base`
 * (dist-base/, under /archive/), and `npm run test:english` (dist-en/, English alone).
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
/**
 * The files that build in this repository's folder while they run. Two Astro builds of different
 * content trees in one folder share its `.astro/` (the list of the tree's MDX modules is written
 * there, tree paths and all), so these run one after the other: the incremental build in the first
 * group, beside the files that only read dist/ (and the throwaway page kind, which builds in a copy
 * of the repository with its own `.astro/`), the second build of this commit alone after it.
 */
const AFTER = ['reproducible'];
/**
 * Over an English-only build (ARCHIVE_LANGUAGES=en): the file that checks what the switch changes. Every
 * other file's answer is the three-language build's, whose English pages differ from these only by the
 * alternates and the switcher (the bench's comparison of the two builds).
 */
const ENGLISH_ONLY_FILES = ['english-only'];
/**
 * Over a build of short lists (ARCHIVE_LIST_SIZE=2, dist-lists/, `npm run test:lists`): the files that read
 * every page. At the archive's sizes the test content's lists fit on one page and no actor or place has
 * full lists past its preview; here every paginated list runs to several pages in every language, and
 * those pages are validated, their links followed and their language copies checked.
 */
const SHORT_LISTS_FILES = ['html', 'site', 'languages'];
const englishOnly = BUILT_LANGS.length === 1;
const shortLists = (process.env['ARCHIVE_LIST_SIZE'] ?? '') !== '';
const underBase = (process.env['DIST_DIR'] ?? 'dist') !== 'dist';
// A file renamed or gone would otherwise leave the base-path run silently smaller, or the sequence unkept.
for (const name of [...BASE_PATH_FILES, ...AFTER, ...ENGLISH_ONLY_FILES, ...SHORT_LISTS_FILES])
  if (!existsSync(`tests/build/${name}.build.ts`)) throw new Error(`vitest.build.config.ts: no tests/build/${name}.build.ts`);

const files = (names: readonly string[]) => names.map((name) => `tests/build/${name}.build.ts`);

export default defineConfig({
  test: {
    // Two files at once on the machines' two cores: the incremental build's builds are child
    // processes the other files run beside.
    maxWorkers: 2,
    // Clean-ups remove whole builds and copies of the repository (the reproducible build's, the throwaway
    // page kind’s): more than the default ten seconds on a busy machine. A guard against a hang, not a time budget.
    hookTimeout: 120_000,
    // The dozen builds of the incremental test first, the throwaway page kind's build next: the files
    // that only read dist/ fill in beside them.
    sequence: {
      sequencer: slowFirst(['tests/build/incremental.build.ts', 'tests/build/page-kinds.build.ts'], 'vitest.build.config.ts'),
    },
    ...(englishOnly
      ? { include: files(ENGLISH_ONLY_FILES) }
      : shortLists
        ? { include: files(SHORT_LISTS_FILES) }
        : underBase
          ? { include: files(BASE_PATH_FILES) }
          : {
              projects: [
                { extends: true, test: { name: 'build', include: ['tests/build/**/*.build.ts'], exclude: files(AFTER) } },
                { extends: true, test: { name: 'build-after', include: files(AFTER), sequence: { groupOrder: 1 } } },
              ],
            }),
  },
});
