import { digestOf, type KeyNode, type PageKeys, pageKeys, referencesIn } from './cache-keys.ts';

/**
 * The archive as the content core read it, as far as the cache keys need it: written structurally,
 * so that src/data's views (which import Astro's collections) fit it without this module importing them.
 */
interface Entry {
  readonly id: string;
  readonly data: unknown;
}
interface ArticleEntry extends Entry {
  readonly body: { readonly blocks: readonly unknown[] };
  /** The registry's names in each block, each `id` a `collection/id` key (src/lib/content/mentions.ts registryKey). */
  readonly mentions: ReadonlyArray<ReadonlyArray<{ readonly id: string }>>;
  readonly capture: unknown;
}
export interface ArchiveForKeys {
  /** Newest first: an article page links its newer and older neighbour. */
  readonly articles: readonly ArticleEntry[];
  readonly actors: readonly Entry[];
  readonly places: readonly Entry[];
  readonly outlets: readonly Entry[];
  /** In chronological order: an event page links its earlier and later event. */
  readonly events: readonly Entry[];
}

const memo = new WeakMap<ArchiveForKeys, PageKeys>();

/**
 * The pages' keys of one archive, computed once however many routes ask (`shared` must be the same
 * for every call on one archive: the settings and publication facts of the build).
 */
export function archiveKeys(archive: ArchiveForKeys, shared: unknown): PageKeys {
  const known = memo.get(archive);
  if (known !== undefined) return known;
  const node = (collection: string, e: Entry, digest: string, refs: Set<string>): KeyNode => ({
    key: `${collection}/${e.id}`,
    digest,
    refs: [...refs].sort(),
  });
  const plain = (collection: string) => (e: Entry) => node(collection, e, digestOf({ id: e.id, data: e.data }), referencesIn(e.data));
  const nodes: KeyNode[] = [
    ...archive.articles.map((a) => {
      const refs = referencesIn(a.data);
      for (const block of a.mentions) for (const m of block) refs.add(m.id);
      return node('articles', a, digestOf({ id: a.id, data: a.data, blocks: a.body.blocks, capture: a.capture }), refs);
    }),
    ...archive.actors.map(plain('actors')),
    ...archive.places.map(plain('places')),
    ...archive.outlets.map(plain('outlets')),
    ...archive.events.map(plain('events')),
  ];
  const keys = pageKeys({
    nodes,
    shared: digestOf(shared),
    sequences: [archive.articles.map((a) => `articles/${a.id}`), archive.events.map((e) => `events/${e.id}`)],
  });
  memo.set(archive, keys);
  return keys;
}
