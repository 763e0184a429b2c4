import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * Astro keeps the content layer's data store and its page cache (the incremental build) in its cache
 * folder; scripts/build.ts clears the store at the start of every build. A build of another content
 * tree (the bad-content tests, the benchmark's corpora) gets a cache folder of its own, so that two
 * builds of different trees side by side never clear or read each other's store or pages; scripts/build.ts
 * removes it once its tree is gone (src/lib/build/cache-keys-guard.ts).
 *
 * Returns undefined for the repository's own content tree: Astro's default folder.
 */
export function treeCacheDir(repo: string, contentRoot: string): string | undefined {
  if (resolve(contentRoot) === resolve(repo, 'content')) return undefined;
  const key = createHash('sha256').update(resolve(contentRoot)).digest('hex').slice(0, 16);
  return join(resolve(repo), 'node_modules', '.astro', 'trees', key);
}
