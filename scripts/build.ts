/**
 * Builds the site: `astro build` writes the pages, then scripts/finish-build.ts, in a process of its
 * own once Astro's has exited, writes the search index, the precompressed files and the server rules
 * (src/postbuild/). Both go into a scratch folder, moved into place only when the whole build
 * succeeded, so a failed build never leaves a half-written dist/ behind.
 * Astro itself writes assets before it renders pages, and a content error found while rendering
 * would otherwise leave those in dist/.
 *
 * It always passes `--force`: Astro caches the content layer in .astro/ keyed to this project, not
 * to the content root, so a build of another tree (ARCHIVE_CONTENT: the benchmark's corpora, the
 * bad-content tests) would otherwise leave the next build resolving modules of a tree that is gone;
 * and so the content loader always runs, and hands the articles' bodies over afresh.
 *
 * A build for deployment needs an origin (ARCHIVE_SITE, or `origin` in the content tree's archive.yaml)
 * and stops before writing anything without one; `--local` (what `npm start` runs) builds for the
 * address `astro preview` serves, and says so.
 *
 * Usage: node scripts/build.ts [--local] [--outDir dir] [other astro build flags]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bodiesFile } from '../src/lib/content/bodies.ts';
import { LOCAL_ORIGIN, MissingOrigin, settingsFrom } from '../src/lib/site/settings.ts';

// `--outDir` and `--local` are ours; every other flag goes to `astro build` as given (hence not strict).
const { values, tokens } = parseArgs({
  options: { outDir: { type: 'string' }, local: { type: 'boolean' } },
  strict: false,
  allowPositionals: true,
  tokens: true,
});
const args = tokens.flatMap((t) => {
  if (t.kind === 'positional') return [t.value];
  if (t.kind !== 'option' || t.name === 'outDir' || t.name === 'local') return [];
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
try {
  console.log(`Building for ${settingsFrom(process.env, repo).site}`);
} catch (error) {
  if (!(error instanceof MissingOrigin)) throw error;
  console.error(`Build stopped before writing anything: ${error.message}`);
  process.exit(1);
}

rmSync(partial, { recursive: true, force: true });
// Astro's own entry point, run by the same Node as this script (npm runs it on the project's Node 24).
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', '--force', '--outDir', partial, ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
// The articles' bodies the content loader handed to the pages (src/lib/content/bodies.ts) are of no
// use once Astro has exited, and at 10,000 articles they are 125 MB.
rmSync(bodiesFile(repo, settingsFrom(process.env, repo).contentRoot), { force: true });
const finished =
  result.status === 0
    ? spawnSync(process.execPath, [fileURLToPath(new URL('./finish-build.ts', import.meta.url)), partial], { stdio: 'inherit' })
    : result;
if (finished.status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was; nothing half-written was kept.`);
  process.exit(finished.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(partial, outDir);
rmSync(previous, { recursive: true, force: true });
