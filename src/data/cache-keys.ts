/**
 * The cache keys of this build's pages (src/lib/build/cache-keys.ts says what each covers), computed
 * once from the archive the content core read: every dynamic route's `getStaticPaths` adds
 * `cacheKey` from here.
 */
import { archiveKeys } from '../lib/build/cache-keys-archive.ts';
import { digestOf, type PageKeys } from '../lib/build/cache-keys.ts';
import { type ListKeys, listKeys } from '../lib/build/list-keys.ts';
import type { TimelineEntry } from '../lib/dates/timeline.ts';
import { type Article, loadArchive } from './archive.ts';
import { BUILT_LANGS } from './built-languages.ts';
import { buildTime } from './exports.ts';
import { glossaryTerms } from './glossary.ts';
import { loadIndexes } from './indexes.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import { publication } from './publication.ts';

export interface BuildKeys extends PageKeys {
  /** The key of a page that shows the whole archive and the build's time (the data package). */
  readonly stamped: string;
  /** The keys of the pages that list entries, by what they list (src/lib/build/list-keys.ts). */
  readonly lists: ListKeys<Article, TimelineEntry>;
}

let cached: Promise<BuildKeys> | undefined;

export function buildKeys(): Promise<BuildKeys> {
  cached ??= (async () => {
    // What every page may show besides its entries: where the site is served, the publication facts, the
    // glossary (the search page's words and the hidden search blocks of articles and events), the
    // languages built (a page's alternates and switcher), and the lists' page sizes (an entry's preview).
    const shared = {
      site: import.meta.env.SITE,
      base: import.meta.env.BASE_URL,
      publication: publication(),
      glossary: glossaryTerms(),
      languages: BUILT_LANGS,
      pageSizes: PAGE_SIZES,
    };
    const [archive, { entries }] = await Promise.all([loadArchive(), loadIndexes()]);
    const keys = archiveKeys(archive, shared);
    const lists = listKeys({
      shared: digestOf(shared),
      articles: archive.articles,
      entries,
      lookups: { article: (id) => archive.articleById.get(id), eventTranslations: (id) => archive.eventById.get(id)?.data.translations },
      registry: { actors: archive.actors, places: archive.places, beside: archive.mentions.beside },
      outlets: archive.outlets,
      latest: PAGE_SIZES.articlesPerPage,
    });
    return { entry: keys.entry, entryDigest: keys.entryDigest, whole: keys.whole, stamped: `${keys.whole}@${buildTime()}`, lists };
  })();
  return cached;
}

/** A route's static paths, each with its `cacheKey`: the one change a dynamic route makes for the incremental build. */
export async function keyed<P extends object>(paths: P[] | Promise<P[]>, keyOf: (keys: BuildKeys, path: P) => string) {
  const [keys, list] = await Promise.all([buildKeys(), paths]);
  return list.map((path) => ({ ...path, cacheKey: keyOf(keys, path) }));
}
