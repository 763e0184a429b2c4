/**
 * Builds the site: `astro build` writes the pages, then scripts/finish-build.ts, in a process of its
 * own once Astro's has exited, writes the search index, the precompressed files and the server rules
 * (src/postbuild/). Both go into a scratch folder, moved into place only when the whole build
 * succeeded, so a failed build never leaves a half-written dist/ behind.
 * Astro itself writes assets before it renders pages, and a content error found while rendering
 * would otherwise leave those in dist/.
 *
 * It always clears Astro's content data store first (what `astro build --force` clears): Astro caches
 * the content layer in .astro/ keyed to this project, not to the content root, so a build of another
 * tree (ARCHIVE_CONTENT: the benchmark's corpora, the bad-content tests) would otherwise leave the next
 * build resolving modules of a tree that is gone; and so the content loader always runs, and hands the
 * articles' bodies over afresh. It does not pass `--force` itself, which would also make Astro ignore
 * its page cache (experimental.incrementalBuild): pages whose cache key and code are unchanged are
 * copied from that cache (`npm run build -- --force` renders every page, and makes every output of the
 * finishing step afresh, src/lib/build/output-cache.ts). Before Astro starts, the
 * page cache is checked (src/lib/build/cache-keys-guard.ts): a cache from other code, from a build
 * that did not finish, or with a page copy changed since, is dropped (whole or that copy), and the
 * build says so.
 *
 * Before all that, a build whose inputs (the content tree, the code, the settings and arguments) are
 * those of the last complete build into the same output folder, and whose output folder is as that
 * build left it, stops at once and says so (src/lib/build/last-build.ts): Astro is not started.
 *
 * A build for deployment needs an origin (ARCHIVE_SITE, or `origin` in the content tree's archive.yaml)
 * and stops before writing anything without one; `--local` (what `npm start` runs) builds for the
 * address `astro preview` serves, and says so.
 *
 * Before anything is written it refuses an output folder that is the repository, holds it, or lies
 * in a folder the archive is made from, and an existing one (or scratch folder) that no earlier build
 * marked as its own (src/lib/build/output.ts): an operator's slip never replaces content/. It also
 * stops when the installed Pagefind is not a version the search index's merge was checked against
 * (src/lib/pagefind/version.ts).
 *
 * Timestamps come from SOURCE_DATE_EPOCH, set to the last commit's time when it is not given, so two
 * builds of one commit are byte-identical.
 *
 * `--pages-only` stops after `astro build`: the pages without the search index, downloads and server
 * rules, which the finishing step makes from them.
 *
 * Usage: node scripts/build.ts [--local] [--pages-only] [--outDir dir] [other astro build flags]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { treeCacheDir } from '../src/lib/build/cache.ts';
import { checkPageCache, codeDigests, pruneTreeCaches, recordPageCache, settleFailedBuild } from '../src/lib/build/cache-keys-guard.ts';
import { type BuildInputs, contentDigests, forgetBuild, recordBuild, whyBuild, whyBuildFrom } from '../src/lib/build/last-build.ts';
import { lastCommitTime } from '../src/lib/build/commit-time.ts';
import { BUILD_MARKER, besideMarker, MARKER_TEXT, refusedOutput, refusedReplace } from '../src/lib/build/output.ts';
import { bodiesFile } from '../src/lib/content/bodies.ts';
import { parseLanguages } from '../src/lib/i18n/langs.ts';
import { checkPagefindVersion } from '../src/lib/pagefind/version.ts';
import { pageSizes } from '../src/lib/site/paging.ts';
import { LOCAL_ORIGIN, MissingOrigin, settingsFrom } from '../src/lib/site/settings.ts';

// `--outDir`, `--local` and `--pages-only` are ours; every other flag goes to `astro build` as given (hence not strict).
const { values, tokens } = parseArgs({
  options: { outDir: { type: 'string' }, local: { type: 'boolean' }, 'pages-only': { type: 'boolean' } },
  strict: false,
  allowPositionals: true,
  tokens: true,
});
const args = tokens.flatMap((t) => {
  if (t.kind === 'positional') return [t.value];
  if (t.kind !== 'option' || t.name === 'outDir' || t.name === 'local' || t.name === 'pages-only') return [];
  return t.value === undefined ? [t.rawName] : [t.rawName, t.value];
});
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');
const partial = `${outDir}.partial`;
const previous = `${outDir}.previous`;

const repo = fileURLToPath(new URL('..', import.meta.url));
if (values.local === true) {
  process.env['ARCHIVE_SITE'] = LOCAL_ORIGIN;
  console.log(`Building for ${LOCAL_ORIGIN} (a local preview). To deploy: ARCHIVE_SITE=<origin> npm run build, or origin in archive.yaml.`);
}
let settings: ReturnType<typeof settingsFrom>;
try {
  settings = settingsFrom(process.env, repo);
  // Astro reads them again (src/data/built-languages.ts, src/data/page-sizes.ts); read here, a value that is
  // no list of languages or no page size stops the build first.
  parseLanguages(process.env['ARCHIVE_LANGUAGES']);
  pageSizes(process.env['ARCHIVE_LIST_SIZE']);
  console.log(`Building for ${settings.site}`);
} catch (error) {
  // A missing origin, ARCHIVE_HEADERS that are not headers, ARCHIVE_LANGUAGES that are not languages, a bad ARCHIVE_LIST_SIZE.
  console.error(`Build stopped before writing anything: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof MissingOrigin ? 1 : 2);
}

const refusal = refusedOutput(outDir, repo, settings.contentRoot) ?? [outDir, partial, previous].map(refusedReplace).find(Boolean);
if (refusal !== undefined) {
  console.error(`Build refused before writing anything: ${refusal}`);
  process.exit(2);
}

try {
  // The search index's reader and merge know the file format of the Pagefind versions they were checked against.
  checkPagefindVersion();
} catch (error) {
  console.error(`Build stopped before writing anything: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const epoch = process.env['SOURCE_DATE_EPOCH'] ?? lastCommitTime(repo);
/**
 * What a test runner puts in the environment (Vitest's NODE_ENV=test, MODE=test, …): under it Astro also
 * renders `astro dev`'s routes, so a build started from a test would write files a real build does not.
 */
const TEST_RUNNER_ENV = /^(NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|TEST|VITEST.*)$/;
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_ENV.test(name)));
const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...(epoch === undefined ? {} : { SOURCE_DATE_EPOCH: epoch }) };

/**
 * What this build reads (src/lib/build/last-build.ts): every file of the content tree and of the code
 * (the page cache's list, the finishing step's script, and the packages as npm installed them), and
 * what reaches the output besides: the settings, the archive's environment variables, the time zone,
 * the timestamp and Astro's arguments (`--force` aside: it makes the same output).
 */
function buildInputs(code: Readonly<Record<string, string>>): BuildInputs {
  const more = codeDigests(repo, ['scripts/finish-build.ts', 'node_modules/.package-lock.json']);
  const files = {
    ...Object.fromEntries(Object.entries({ ...code, ...more }).map(([path, digest]) => [`code:${path}`, digest])),
    ...Object.fromEntries(Object.entries(contentDigests(settings.contentRoot)).map(([path, digest]) => [`content:${path}`, digest])),
  };
  const archiveEnv = Object.entries(process.env).filter(([name]) => /^ARCHIVE_|^TZ$/.test(name));
  const given = {
    outDir,
    site: settings.site,
    base: settings.base,
    contentRoot: settings.contentRoot,
    headers: JSON.stringify(settings.headers ?? null),
    timestamp: epoch ?? '',
    arguments: JSON.stringify(args.filter((a) => a !== '--force')),
    pagesOnly: String(values['pages-only'] === true),
  };
  return { settings: { ...given, ...Object.fromEntries(archiveEnv.map(([name, value]) => [`env ${name}`, value ?? ''])) }, files };
}

// Astro's cache folder: its content data store and its page cache (astro.config.mjs passes the same).
const cacheDir = treeCacheDir(repo, settings.contentRoot) ?? join(repo, 'node_modules', '.astro');
// When each phase ended, for the build's last line (the benchmark's logs read where the time went).
const phases: Array<[string, number]> = [];
const phase = (name: string) => phases.push([name, performance.now()]);
const code = codeDigests(repo);
const inputs = buildInputs(code);
phase('inputs read');
const why = args.includes('--force') ? 'it was asked for with --force' : whyBuild(cacheDir, inputs, outDir);
if (why === undefined) {
  const seconds = (performance.now() / 1000).toFixed(1);
  const what = 'content, code, settings and the output itself';
  console.log(`Nothing changed since the last build of ${outDir} (${what}): it is left as it is (checked in ${seconds} s).`);
  process.exit(0);
}
console.log(`Building: ${why}.`);

const treesDir = join(repo, 'node_modules', '.astro', 'trees');
for (const name of pruneTreeCaches(treesDir)) console.log(`Removed the cache of a content tree that is gone: ${join(treesDir, name)}`);
rmSync(join(cacheDir, 'data-store.json'), { force: true });
rmSync(join(cacheDir, 'data-store'), { recursive: true, force: true });
for (const line of checkPageCache(cacheDir, code, settings.contentRoot)) console.log(line);

rmSync(partial, { recursive: true, force: true });
// Marked from the start, so that a build killed half-way leaves a scratch folder the next one may
// remove: beside it too, since Astro empties its output folder before writing.
writeFileSync(besideMarker(partial), MARKER_TEXT);
mkdirSync(partial, { recursive: true });
writeFileSync(`${partial}/${BUILD_MARKER}`, MARKER_TEXT);
// Astro's own entry point, run by the same Node as this script (npm runs it on the project's Node 24).
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
phase('caches checked');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', partial, ...args], {
  stdio: 'inherit',
  env,
});
phase('Astro');
// The articles' bodies the content loader handed to the pages (src/lib/content/bodies.ts) are of no
// use once Astro has exited, and they are as large as every article's text together.
rmSync(bodiesFile(repo, settings.contentRoot), { force: true });
// The data store is read again from the content at the next build; the page cache is kept for it.
rmSync(join(cacheDir, 'data-store.json'), { force: true });
if (result.status === 0) {
  const use = recordPageCache(cacheDir, code, settings.contentRoot);
  console.log(`Page cache: ${use.copied} page(s) copied from the last build, ${use.rendered} rendered and kept for the next.`);
} else if (!settleFailedBuild(cacheDir))
  console.error(`The page cache in ${cacheDir} is dropped at the next build: this one changed it and failed.`);
const finished =
  result.status === 0 && values['pages-only'] !== true
    ? spawnSync(
        process.execPath,
        [fileURLToPath(new URL('./finish-build.ts', import.meta.url)), partial, ...(args.includes('--force') ? ['--force'] : [])],
        { stdio: 'inherit', env },
      )
    : result;
phase('finishing step');
if (finished.status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  rmSync(besideMarker(partial), { force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was; nothing half-written was kept.`);
  process.exit(finished.status ?? 1);
}
mkdirSync(partial, { recursive: true });
writeFileSync(`${partial}/${BUILD_MARKER}`, MARKER_TEXT);
forgetBuild(cacheDir);
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(partial, outDir);
rmSync(besideMarker(partial), { force: true });
// Removing the last output unlinks files that may share their inode with this one's (the outputs cache
// links them), which changes their change time: the output is recorded once that is done.
rmSync(previous, { recursive: true, force: true });
// A file edited while the build ran may or may not be in its output: such a build is not recorded, and the next one runs.
const changedMeanwhile = whyBuildFrom(inputs, buildInputs(codeDigests(repo)));
if (changedMeanwhile === undefined) recordBuild(cacheDir, inputs, outDir);
else console.log(`Not recorded as the last build: ${changedMeanwhile} while it ran; the next build runs in full.`);
phase('output moved and recorded');
const took = phases.map(([name, at], i) => `${name} ${((at - (phases[i - 1]?.[1] ?? 0)) / 1000).toFixed(1)}`);
console.log(`Build phases, seconds each: ${took.join('; ')}`);
