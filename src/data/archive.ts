/**
 * The archive as pages see it: every collection loaded once and sorted. The content loader
 * (`src/loaders/archive.ts`) has already read, validated and cross-checked the tree through the one
 * reader and stopped the build on any problem, and each article's numbered blocks are read from
 * the file the loader wrote them to (src/lib/content/bodies.ts), so nothing here parses or checks
 * again. Pages stay thin: they call `loadArchive()` and render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bodiesFile, bodyOf, captureOf, readBodies, type StoredBody } from '../lib/content/bodies.ts';
import type { Block, ParagraphBlock } from '../lib/content/body.ts';
import { registryKey } from '../lib/content/mentions.ts';
import { compileMatcher, type Matcher, type Mention, textSpellings } from '../lib/content/registry.ts';
import type { Located } from '../lib/provenance/collected.ts';
import { compareSpecs } from '../lib/dates/dates.ts';
import { processSettings } from '../lib/site/settings.ts';

/** An article's data as Astro's collection holds it: references as `{ collection, id }`, unlike the reader's plain ids. */
export type CollectionArticleData = Omit<CollectionEntry<'articles'>['data'], 'bodyKey'>;
export type Actor = CollectionEntry<'actors'>;
export type Place = CollectionEntry<'places'>;
export type Outlet = CollectionEntry<'outlets'>;
export type ArchiveEvent = CollectionEntry<'events'>;

/**
 * An article's one view, resolved once per build (in {@link articleView}, the one place it is
 * assembled): pages, downloads, TEI, search data and drawings read it rather than look anything up
 * again.
 */
export interface Article {
  readonly id: string;
  readonly slug: string;
  readonly file: string;
  readonly data: CollectionArticleData;
  /** The source text: every block, and the numbered paragraphs alone. */
  readonly body: { readonly blocks: readonly Block[]; readonly paragraphs: readonly ParagraphBlock[] };
  /** The outlet that first published it. */
  readonly outlet: Outlet;
  /** The outlet the archived copy was collected from, if known. */
  readonly collectedFrom: Outlet | undefined;
  /** Who made each translation (`data.translations`, in order), if known. */
  readonly translators: ReadonlyArray<Outlet | undefined>;
  /** The registry's names in each block (`body.blocks`, in order), keyed by `registryKey`: matched once per build. */
  readonly mentions: ReadonlyArray<readonly Mention[]>;
  /** Where its blocks, removals and source errors stand in its capture, as the reader located them. */
  readonly capture: Located;
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
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  // Actors and places share one matcher, keyed so that an actor and a place may share an id.
  const matcher = compileMatcher([
    ...actors.map((a) => ({ id: registryKey('actors', a.id), name: a.data.name, spellings: textSpellings(a.data) })),
    ...places.map((p) => ({ id: registryKey('places', p.id), name: p.data.name, spellings: textSpellings(p.data) })),
  ]);
  const articles = articleEntries.map((entry) => articleView(entry, { bodies, file, outletById, matcher }));
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
    outletById,
    events,
  };
}

/** What an article's view is resolved against, each built once per build. */
interface Resolving {
  readonly bodies: ReadonlyMap<string, StoredBody>;
  /** The bodies file, for messages. */
  readonly file: string;
  readonly outletById: ReadonlyMap<string, Outlet>;
  readonly matcher: Matcher;
}

/** The one place an article's view is assembled. */
function articleView({ id, filePath, data: { bodyKey, ...data } }: CollectionEntry<'articles'>, r: Resolving): Article {
  const blocks = bodyOf(r.bodies, id, bodyKey, r.file);
  // The content loader checked every reference, so an outlet that is not there is a bug of the build.
  const outletOf = (ref: string): Outlet => {
    const outlet = r.outletById.get(ref);
    if (outlet === undefined) throw new Error(`article "${id}": no outlet "${ref}" in the collection the loader checked`);
    return outlet;
  };
  return {
    id,
    slug: data.slug,
    file: filePath ?? `content/articles/${id}.mdx`,
    data,
    body: { blocks, paragraphs: blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph') },
    outlet: outletOf(data.outlet.id.id),
    collectedFrom: data.collected.outlet === null ? undefined : outletOf(data.collected.outlet.id),
    translators: data.translations.map((t) => (t.by === null ? undefined : outletOf(t.by.id))),
    mentions: blocks.map((b) => r.matcher(b.text)),
    capture: captureOf(r.bodies, id, r.file),
  };
}
