/**
 * The timeline and the mention index, built once per build from the archive. Pages stay thin:
 * they call `loadIndexes()` and render; every rule lives in `src/lib/` (timeline, mentions).
 */
import { indexMentions, registryKey, type ArticleMention, type MentionIndex } from '../lib/content/mentions.ts';
import { eventsInvolving, mergeEntries, type EventEntry, type PublicationEntry, type TimelineEntry } from '../lib/dates/timeline.ts';
import { loadArchive, type Archive } from './archive.ts';

export interface Indexes {
  readonly archive: Archive;
  /** Events and publications, in date order. */
  readonly entries: readonly TimelineEntry[];
  readonly eventById: ReadonlyMap<string, EventEntry>;
  /** Keys are `registryKey('actors' | 'places', id)`. */
  readonly mentions: MentionIndex;
}

let cached: Promise<Indexes> | undefined;

/** Builds the views once per build; every page shares the result. */
export function loadIndexes(): Promise<Indexes> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Indexes> {
  const archive = await loadArchive();
  const events: EventEntry[] = archive.events.map((e) => ({
    kind: 'event',
    id: e.id,
    title: e.data.title,
    when: e.data.when,
    actors: e.data.actors.map((r) => r.id),
    places: e.data.places.map((r) => r.id),
    confidence: e.data.confidence,
    sources: e.data.sources.map((s) => ({ article: s.article.id, paragraphs: s.paragraphs })),
  }));
  const publications: PublicationEntry[] = archive.articles.map((a) => ({
    kind: 'publication',
    id: a.id,
    slug: a.slug,
    title: a.data.title,
    when: a.data.published,
    actors: a.data.actors.map((r) => r.id),
    places: a.data.places.map((r) => r.id),
  }));
  // Each paragraph's names, matched once when the archive's views were assembled (archive.ts).
  const mentions = indexMentions(
    archive.articles.map((a) => ({
      id: a.id,
      paragraphs: a.body.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [{ n: b.n, mentions: a.mentions[i] ?? [] }] : [])),
    })),
  );
  return { archive, entries: mergeEntries(events, publications), eventById: new Map(events.map((e) => [e.id, e])), mentions };
}

/** How many articles name an entry and how many events involve it, for lists of actors and places. */
export function countsFor(views: Indexes, collection: 'actors' | 'places', id: string): { articles: number; events: number } {
  const lists = entityLists(views, collection, id);
  return { articles: lists.mentions.length, events: lists.events.length };
}

/** An actor's or place's articles (newest first, like every list of articles) and events (in date order). */
export interface EntityLists {
  readonly mentions: readonly ArticleMention[];
  readonly events: readonly EventEntry[];
}

/** Per set of views (one per build), the lists already computed and the articles' positions. */
const listsCache = new WeakMap<Indexes, { lists: Map<string, EntityLists>; order: Map<string, number> }>();

/**
 * The articles that name an entry and the events that involve it, computed once per entry and
 * shared by its page and its list pages. Articles are ordered through a precomputed position map,
 * so an actor named in thousands of articles costs one sort, not a search per comparison.
 */
export function entityLists(views: Indexes, collection: 'actors' | 'places', id: string): EntityLists {
  const key = registryKey(collection, id);
  let cache = listsCache.get(views);
  if (cache === undefined) {
    cache = { lists: new Map(), order: new Map(views.archive.articles.map((a, i) => [a.id, i])) };
    listsCache.set(views, cache);
  }
  let lists = cache.lists.get(key);
  if (!lists) {
    const order = cache.order;
    const mentions = [...(views.mentions.byEntry.get(key) ?? [])].sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0));
    lists = { mentions, events: eventsInvolving(views.entries, collection, id) };
    cache.lists.set(key, lists);
  }
  return lists;
}
