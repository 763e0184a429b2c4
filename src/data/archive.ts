/**
 * The archive as pages see it: every collection loaded once and sorted. The content loader
 * (`src/loaders/archive.ts`) has already read, validated and cross-checked the tree through the one
 * reader and stopped the build on any problem, and each article's numbered blocks are read from
 * the file the loader wrote them to (src/lib/content/bodies.ts), so nothing here parses or checks
 * again. Pages stay thin: they call `loadArchive()` and render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bodiesFile, bodyOf, readBodies } from '../lib/content/bodies.ts';
import type { Block, ParagraphBlock } from '../lib/content/body.ts';
import { compareSpecs } from '../lib/dates/dates.ts';
import { processSettings } from '../lib/site/settings.ts';

export type ArticleData = Omit<CollectionEntry<'articles'>['data'], 'bodyKey'>;
export type Actor = CollectionEntry<'actors'>;
export type Place = CollectionEntry<'places'>;
export type Outlet = CollectionEntry<'outlets'>;
export type ArchiveEvent = CollectionEntry<'events'>;

export interface Article {
  readonly id: string;
  readonly slug: string;
  readonly file: string;
  readonly data: ArticleData;
  /** The source text: every block, and the numbered paragraphs alone. */
  readonly body: { readonly blocks: readonly Block[]; readonly paragraphs: readonly ParagraphBlock[] };
}

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
  const [articleEntries, actors, places, outlets, events] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('places'),
    getCollection('outlets'),
    getCollection('events'),
  ]);
  const file = bodiesFile(process.cwd(), processSettings().contentRoot);
  const bodies = readBodies(file);
  const articles: Article[] = articleEntries.map(({ id, filePath, data: { bodyKey, ...data } }) => {
    const blocks = bodyOf(bodies, id, bodyKey, file);
    return {
      id,
      slug: data.slug,
      file: filePath ?? `content/articles/${id}.mdx`,
      data,
      body: { blocks, paragraphs: blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph') },
    };
  });
  articles.sort((a, b) => compareSpecs(b.data.published, a.data.published) || a.slug.localeCompare(b.slug));
  events.sort((a, b) => compareSpecs(a.data.when, b.data.when) || a.id.localeCompare(b.id));
  const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name);
  actors.sort(byName);
  places.sort(byName);
  outlets.sort(byName);
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    actors,
    actorById: new Map(actors.map((a) => [a.id, a])),
    places,
    placeById: new Map(places.map((p) => [p.id, p])),
    outlets,
    outletById: new Map(outlets.map((o) => [o.id, o])),
    events,
  };
}
