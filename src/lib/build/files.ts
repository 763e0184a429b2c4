/**
 * The files a build reads or leaves, walked and hashed one way: the page cache's guard (its code and its
 * copies, ./cache-keys-guard.ts) and the record of the last complete build (its content and output,
 * ./last-build.ts) both list and digest files through these.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file (not folder) at or under `path` in `root`, relative to `root`, each folder's names in order; none when it does not exist. */
export function filesUnder(root: string, path = ''): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!lstatSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, join(path, name)));
}

/** The SHA-256 of each file at or under `paths` in `root`, by its path relative to `root`, but for those `skip` names. */
export function fileDigests(root: string, paths: readonly string[], skip: (path: string) => boolean = () => false): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const path of paths.flatMap((p) => filesUnder(root, p))) {
    if (skip(path)) continue;
    digests[path] = createHash('sha256')
      .update(readFileSync(join(root, path)))
      .digest('hex');
  }
  return digests;
}
