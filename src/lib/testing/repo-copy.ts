/**
 * A copy of the repository for a test that builds another content tree or changed code.
 *
 * Astro keeps part of what a build writes in the project's own `.astro/`, whatever `cacheDir` says:
 * the content tree's list of MDX modules and, when the output folder lies outside the project, the
 * server chunks the pages are rendered from (`.astro/.prerender/`). Two builds of one checkout at
 * once read each other's files there and fail, or render the other tree's pages. A copy has its own
 * `.astro/`, and its own Astro and Vite caches: each package is linked, not the `node_modules` folder.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { lastCommitTime } from '../build/commit-time.ts';
import { repoRoot } from './content.ts';

/** What a build reads from the repository, besides the packages. */
const BUILT_FROM = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the repository into `dir` (created) and returns `dir`. */
export function repositoryCopy(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const f of BUILT_FROM) cpSync(join(repoRoot, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(repoRoot, 'node_modules')))
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(repoRoot, 'node_modules', entry), join(dir, 'node_modules', entry));
  return dir;
}

/**
 * The time a build of a copy stamps its output with: the repository's last commit, as a build of the
 * repository itself takes it (a copy is no git checkout), or a fixed time outside one.
 */
export function copyEpoch(): string {
  return lastCommitTime(repoRoot) ?? '1796620013';
}
