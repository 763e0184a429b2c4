/**
 * Finishes a build that `astro build` wrote: the search index, the precompressed files and the
 * server rules (src/postbuild/finish.ts). scripts/build.ts runs it after Astro's process has exited.
 *
 * Usage: node scripts/finish-build.ts <built site folder>
 * The settings (ARCHIVE_BASE, ARCHIVE_SITE, ARCHIVE_CONTENT) are read as astro.config.mjs reads them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishBuild } from '../src/postbuild/finish.ts';
import { settingsFrom } from '../src/lib/site/settings.ts';

const out = process.argv[2];
if (out === undefined || !existsSync(out)) {
  console.error('Usage: node scripts/finish-build.ts <built site folder>');
  process.exit(2);
}
const repo = fileURLToPath(new URL('..', import.meta.url));
const log = { info: (m: string) => console.log(`[finish] ${m}`), error: (m: string) => console.error(`[finish] ${m}`) };
try {
  await finishBuild(resolve(out), settingsFrom(process.env, repo), log);
} catch (error) {
  console.error(`[finish] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
