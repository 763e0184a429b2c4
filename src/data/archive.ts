/**
 * The archive as pages see it: every collection loaded once, sorted, and resolved into one view per
 * entry (an article's in `article-view.ts`; an event's, an actor's and a place's in `entry-views.ts`;
 * their types in `view-types.ts`), which pages, downloads, search data and drawings read. The content loader
 * (`src/loaders/archive.ts`) has already read, validated and cross-checked the tree through the one
 * reader and stopped the build on any problem, and each article's numbered blocks are read from
 * the file the loader wrote them to (src/lib/content/bodies.ts), so nothing here parses or checks
 * again. Pages stay thin: they call `loadArchive()` and render.
 */
import { getCollection } from 'astro:content';
import { bodiesFile, readBodies } from '../lib/content/bodies.ts';
import { indexMentions, type MentionIndex, registryKey } from '../lib/content/mentions.ts';
import { compileMatcher, textSpellings } from '../lib/content/registry.ts';
import { compareSpecs } from '../lib/dates/dates.ts';
import { actorRegistry } from '../lib/involvement/involvement.ts';
import { processSettings } from '../lib/site/settings.ts';
import { articleView } from './article-view.ts';
import { eventView, fillCitations, fillRegistryViews, registryViews } from './entry-views.ts';
import type { Actor, ArchiveEvent, Article, Outlet, Place } from './view-types.ts';

export type * from './view-types.ts';

export interface Archive {
  /** Newest first, by the start of the publication date. */
  readonly articles: readonly Article[];
  readonly articleById: ReadonlyMap<string, Article>;
  readonly actors: readonly Actor[];
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly places: readonly Place[];
  readonly placeById: ReadonlyMap<string, Place>;
  readonly outlets: readonly Outlet[];
  readonly outletById: ReadonlyMap<string, Outlet>;
  /** In chronological order. */
  readonly events: readonly ArchiveEvent[];
  readonly eventById: ReadonlyMap<string, ArchiveEvent>;
  /** Where the articles' paragraphs name each actor and place (keys are `registryKey`), matched once per build. */
  readonly mentions: MentionIndex;
}

let cached: Promise<Archive> | undefined;

/** Loads and checks the whole archive once per build; every page shares the result. */
export function loadArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}

/** One static path per article, its slug the parameter and the article the prop: the routes under `/articles/<slug>/`. */
export async function articlePaths(): Promise<Array<{ params: { slug: string }; props: { article: Article } }>> {
  return (await loadArchive()).articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}

async function load(): Promise<Archive> {
  const [articleEntries, actorEntries, placeEntries, outlets, eventEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('places'),
    getCollection('outlets'),
    getCollection('events'),
  ]);
  // Actors and places share one matcher, keyed so that an actor and a place may share an id.
  const matcher = compileMatcher([
    ...actorEntries.map((a) => ({ id: registryKey('actors', a.id), name: a.data.name, spellings: textSpellings(a.data) })),
    ...placeEntries.map((p) => ({ id: registryKey('places', p.id), name: p.data.name, spellings: textSpellings(p.data) })),
  ]);
  const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name);
  actorEntries.sort(byName);
  placeEntries.sort(byName);
  outlets.sort(byName);
  const { actors, places } = registryViews(actorEntries, placeEntries);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const registry = actorRegistry(actorEntries);
  const file = bodiesFile(process.cwd(), processSettings().contentRoot);
  const bodies = readBodies(file);
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  const resolving = { bodies, file, outletById, actorById, placeById, registry, matcher };
  const articles = articleEntries.map((entry) => articleView(entry, resolving));
  articles.sort((a, b) => compareSpecs(b.data.published, a.data.published) || a.slug.localeCompare(b.slug));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  eventEntries.sort((a, b) => compareSpecs(a.data.when, b.data.when) || a.id.localeCompare(b.id));
  const events = eventEntries.map((e) => eventView(e, { articleById, order, actorById, placeById, registry }));
  const mentions = indexMentions(
    articles.map((a) => ({
      id: a.id,
      paragraphs: a.body.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [{ n: b.n, mentions: a.mentions[i] ?? [] }] : [])),
    })),
  );
  fillRegistryViews({ actors, places }, articles, events, mentions);
  fillCitations(events);
  return {
    articles,
    articleById,
    actors,
    actorById,
    places,
    placeById,
    outlets,
    outletById,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    mentions,
  };
}
