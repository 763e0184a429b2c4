/**
 * The archive as pages see it: every collection loaded once, article bodies parsed into numbered
 * paragraphs, cross-entry integrity checked. A failed check throws, so the build stops with the
 * file, the field and what was expected. Pages stay thin: they call `loadArchive()` and render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { bodyLineOffset, parseBody, type ParsedBody } from '../lib/content/body.ts';
import { compareSpecs } from '../lib/dates/dates.ts';
import { checkIntegrity, collectRefs, formatProblem } from '../lib/content/integrity.ts';
import { checkCaptures } from '../lib/content/captures.ts';
import { captureClaim, readCapture, sourcesLabel } from './sources.ts';

export type ArticleData = CollectionEntry<'articles'>['data'];
export type Actor = CollectionEntry<'actors'>;
export type Place = CollectionEntry<'places'>;
export type Outlet = CollectionEntry<'outlets'>;
export type ArchiveEvent = CollectionEntry<'events'>;

export interface Article {
  readonly id: string;
  readonly slug: string;
  readonly file: string;
  readonly data: ArticleData;
  readonly body: ParsedBody;
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

async function load(): Promise<Archive> {
  const [articleEntries, actors, places, outlets, events] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('places'),
    getCollection('outlets'),
    getCollection('events'),
  ]);
  const articles: Article[] = articleEntries.map((entry) => {
    const file = entry.filePath ?? `content/articles/${entry.id}.mdx`;
    const body = parseBody(entry.body ?? '');
    if (body.problems.length > 0) {
      const offset = bodyLineOffset(readFileSync(file, 'utf8'), entry.body ?? '');
      throw new Error(body.problems.map((p) => formatProblem({ file, line: p.line + offset, column: p.column, field: 'body', found: p.found, expected: p.expected })).join('\n'));
    }
    return { id: entry.id, slug: entry.data.slug, file, data: entry.data, body };
  });
  const entries = { articles: articleEntries, actors, places, outlets, events };
  const problems = checkIntegrity({
    known: Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, new Set(list.map((e) => e.id))])),
    refs: [...articleEntries, ...events].flatMap((e) => collectRefs(e.filePath ?? e.id, e.data)),
    articles: articles.map((a) => ({ id: a.id, file: a.file, slug: a.slug, paragraphCount: a.body.paragraphs.length })),
    events: events.map((e) => ({
      id: e.id,
      file: e.filePath ?? `content/events/${e.id}.yaml`,
      sources: e.data.sources.map((s) => ({ article: s.article.id, paragraphs: s.paragraphs })),
    })),
  });
  // Issue 12: each article's capture (content/sources/) checked against its claims, in the same
  // words as the content checker (src/lib/content/captures.ts); the lead's content reader will call it instead.
  problems.push(...checkCaptures(articles.map((a) => captureClaim(a.file, a.data, a.body)), readCapture, sourcesLabel));
  if (problems.length > 0) throw new Error(`The archive's content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);

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
