/**
 * The timeline, built once per build from the archive, beside the archive's mention index. Pages
 * stay thin: they call `loadIndexes()` and render; every rule lives in `src/lib/` (timeline, mentions).
 */
import type { ArticleMention, MentionIndex } from '../lib/content/mentions.ts';
import { mergeEntries, type EventEntry, type PublicationEntry, type TimelineEntry } from '../lib/dates/timeline.ts';
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
  return {
    archive,
    entries: mergeEntries(events, publications),
    eventById: new Map(events.map((e) => [e.id, e])),
    mentions: archive.mentions,
  };
}

/** How many articles name an entry and how many events involve it, for lists of actors and places. */
export function countsFor(views: Indexes, collection: 'actors' | 'places', id: string): { articles: number; events: number } {
  const view = (collection === 'actors' ? views.archive.actorById : views.archive.placeById).get(id);
  return { articles: view?.mentions.length ?? 0, events: view?.events.length ?? 0 };
}

/** An actor's or place's articles (newest first, like every list of articles) and events (in date order). */
export interface EntityLists {
  readonly mentions: readonly ArticleMention[];
  readonly events: readonly EventEntry[];
}

/** The articles that name an entry and the events that involve it, read from its view, the events as the timeline has them. */
export function entityLists(views: Indexes, collection: 'actors' | 'places', id: string): EntityLists {
  const view = (collection === 'actors' ? views.archive.actorById : views.archive.placeById).get(id);
  if (view === undefined) throw new Error(`no ${collection} entry "${id}" in the archive`);
  return { mentions: view.mentions, events: view.events.flatMap((e) => views.eventById.get(e.id) ?? []) };
}
