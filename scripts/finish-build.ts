/**
 * Finishes a build that `astro build` wrote: the search index, the precompressed files and the
 * server rules (src/postbuild/finish.ts). scripts/build.ts runs it after Astro's process has exited.
 * What the last build made from the same inputs is taken from the outputs cache beside Astro's page
 * cache (src/lib/build/output-cache.ts), unless `--force` is given: then everything is made, and kept
 * afresh for the next build.
 *
 * Usage: node scripts/finish-build.ts <built site folder> [--force]
 * The settings (ARCHIVE_BASE, ARCHIVE_SITE, ARCHIVE_CONTENT) are read as astro.config.mjs reads them.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeCacheDir } from '../src/lib/build/cache.ts';
import { CODE_PATHS, codeDigests } from '../src/lib/build/cache-keys-guard.ts';
import { digestOf, OUTPUTS_CACHE, OutputCache } from '../src/lib/build/output-cache.ts';
import { finishBuild } from '../src/postbuild/finish.ts';
import { settingsFrom } from '../src/lib/site/settings.ts';

const [out, flag] = process.argv.slice(2);
if (out === undefined || !existsSync(out) || (flag !== undefined && flag !== '--force')) {
  console.error('Usage: node scripts/finish-build.ts <built site folder> [--force]');
  process.exit(2);
}
const repo = fileURLToPath(new URL('..', import.meta.url));
const log = { info: (m: string) => console.log(`[finish] ${m}`), error: (m: string) => console.error(`[finish] ${m}`) };
try {
  const settings = settingsFrom(process.env, repo);
  const cacheDir = join(treeCacheDir(repo, settings.contentRoot) ?? join(repo, 'node_modules', '.astro'), OUTPUTS_CACHE);
  if (flag === '--force') rmSync(cacheDir, { recursive: true, force: true });
  // The page cache's record of the build's code, this script's own file besides: other code drops every kept output.
  const code = digestOf(Object.entries(codeDigests(repo, [...CODE_PATHS, 'scripts/finish-build.ts'])).flat());
  await finishBuild(resolve(out), settings, log, new OutputCache(cacheDir, code));
} catch (error) {
  console.error(`[finish] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
