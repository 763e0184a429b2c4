/**
 * The cache keys of this build's pages (src/lib/build/cache-keys.ts says what each covers), computed
 * once from the archive the content core read: every dynamic route's `getStaticPaths` adds
 * `cacheKey` from here.
 */
import { archiveKeys } from '../lib/build/cache-keys-archive.ts';
import type { PageKeys } from '../lib/build/cache-keys.ts';
import { loadArchive } from './archive.ts';
import { BUILT_LANGS } from './built-languages.ts';
import { buildTime } from './exports.ts';
import { publication } from './publication.ts';

export interface BuildKeys extends PageKeys {
  /** The key of a page that shows the whole archive and the build's time (the data package). */
  readonly stamped: string;
}

let cached: Promise<BuildKeys> | undefined;

export function buildKeys(): Promise<BuildKeys> {
  cached ??= (async () => {
    // What every page may show besides its entries: where the site is served, the publication facts and
    // the languages built (a page's alternates and switcher).
    const shared = { site: import.meta.env.SITE, base: import.meta.env.BASE_URL, publication: publication(), languages: BUILT_LANGS };
    const keys = archiveKeys(await loadArchive(), shared);
    return { entry: keys.entry, entryDigest: keys.entryDigest, whole: keys.whole, stamped: `${keys.whole}@${buildTime()}` };
  })();
  return cached;
}

/** A route's static paths, each with its `cacheKey`: the one change a dynamic route makes for the incremental build. */
export async function keyed<P extends object>(paths: P[] | Promise<P[]>, keyOf: (keys: BuildKeys, path: P) => string) {
  const [keys, list] = await Promise.all([buildKeys(), paths]);
  return list.map((path) => ({ ...path, cacheKey: keyOf(keys, path) }));
}
