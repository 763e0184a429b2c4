/**
 * The resolved views of the archive's events, actors and places, each assembled once per build in
 * this module's one function per kind (as an article's is in `archive.ts`'s `articleView`): an
 * event's sources resolved to their article, outlet, passages and reporting sentences, its actors and
 * places, who it involves; an actor's or place's articles (tagging and naming it) and events. Pages,
 * downloads, search data and drawings read these rather than join the collections again. What a page
 * depends on, for the incremental build, is not listed here: the cache keys take it from the
 * archive's graph of references (src/lib/build/cache-keys.ts), wider than any one view.
 */
import type { CollectionEntry } from 'astro:content';
import { type MentionIndex, registryKey } from '../lib/content/mentions.ts';
import { searchForms } from '../lib/content/registry.ts';
import { type EventTerms, reportingSentences } from '../lib/content/reporting.ts';
import { formatDateSpec, isoBounds } from '../lib/dates/dates.ts';
import { type ActorFacts, eventInvolving, involvementOf, statesOf } from '../lib/involvement/involvement.ts';
import type { ActorView, Article, CitedPassage, EventSource, EventView, PlaceView, RegistryView } from './view-types.ts';

/** A view under assembly: its lists filled as the archive's entries are resolved. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer I> ? I[] : T[K] };

export const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The actors' and places' views, before the articles and events are resolved against them. */
export function registryViews(
  actors: readonly CollectionEntry<'actors'>[],
  places: readonly CollectionEntry<'places'>[],
): { actors: ActorView[]; places: PlaceView[] } {
  const shell = (e: CollectionEntry<'actors'> | CollectionEntry<'places'>, folder: string) => ({
    id: e.id,
    file: e.filePath ?? `content/${folder}/${e.id}.yaml`,
    searchNames: searchForms(e.data),
    tagged: [],
    mentions: [],
    events: [],
  });
  const actorViews = actors.map(
    (a): Mutable<ActorView> => ({
      ...shell(a, 'actors'),
      data: a.data,
      states: unique(a.data.affiliations.map((f) => f.state)),
      members: [],
    }),
  );
  const byId = new Map(actorViews.map((a) => [a.id, a]));
  for (const actor of actorViews) {
    for (const affiliation of actor.data.affiliations) byId.get(affiliation.state)?.members.push({ actor, affiliation });
  }
  return { actors: actorViews, places: places.map((p): Mutable<PlaceView> => ({ ...shell(p, 'places'), data: p.data })) };
}

/** What an event's view is resolved against, each built once per build. */
export interface EventResolving {
  readonly articleById: ReadonlyMap<string, Article>;
  /** Each article's place in the archive's order (newest first). */
  readonly order: ReadonlyMap<string, number>;
  readonly actorById: ReadonlyMap<string, ActorView>;
  readonly placeById: ReadonlyMap<string, PlaceView>;
  readonly registry: ReadonlyMap<string, ActorFacts>;
}

/** A reference the reader checked; one that is not there is a bug of the build. */
function resolve<T>(map: ReadonlyMap<string, T>, id: string, what: string, of: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`${of}: no ${what} "${id}" in the collections the loader checked`);
  return found;
}

/** An event's sources in its file's order, each with the reporting sentence(s) of every passage it cites. */
function sourcesOf(e: CollectionEntry<'events'>, terms: EventTerms, r: EventResolving): EventSource[] {
  const out: EventSource[] = [];
  for (const s of e.data.sources) {
    const article = resolve(r.articleById, s.article.id, 'article', `event "${e.id}"`);
    const d = article.data;
    const parts: CitedPassage[] = s.parts.map((part) => {
      // The standfirst keeps its line breaks: each line is a sentence of its own to the segmenter.
      const text = part === 'standfirst' ? (d.standfirst ?? '') : (d.dateline?.text ?? '');
      return { anchor: part, label: part === 'standfirst' ? 'Standfirst' : 'Dateline', sentences: reportingSentences(text, terms) };
    });
    const paragraphs: CitedPassage[] = s.paragraphs.map((n) => ({
      anchor: `p${n}`,
      label: `Paragraph ${n}`,
      sentences: reportingSentences(article.body.paragraphs[n - 1]?.text ?? '', terms),
    }));
    out.push({
      article,
      outlet: article.outlet.data.name,
      published: d.published,
      passages: [...parts, ...paragraphs],
      inferred: s.inferred,
      note: s.note,
      checked: s.checked,
      anchors: [...s.parts, ...s.paragraphs.map((n) => `p${n}`)],
    });
  }
  return out;
}

/** Sources oldest first: `order` is the archive's, newest first. */
function oldestFirst(sources: readonly EventSource[], order: ReadonlyMap<string, number>): EventSource[] {
  return [...sources].sort((a, b) => (order.get(b.article.id) ?? 0) - (order.get(a.article.id) ?? 0));
}

/** The one place an event's view is assembled. */
export function eventView(e: CollectionEntry<'events'>, r: EventResolving): EventView {
  const of = `event "${e.id}"`;
  const actors = e.data.actors.map((ref) => resolve(r.actorById, ref.id, 'actor', of));
  const places = e.data.places.map((ref) => resolve(r.placeById, ref.id, 'place', of));
  const terms: EventTerms = {
    title: e.data.title,
    entities: [
      ...actors.map((a) => ({ id: `actors:${a.id}`, name: a.data.name, spellings: a.data.spellings })),
      ...places.map((p) => ({ id: `places:${p.id}`, name: p.data.name, spellings: p.data.spellings })),
    ],
  };
  const cited = sourcesOf(e, terms, r);
  const outlets = [...new Map(cited.map((s) => [s.article.outlet.id, s.article.outlet])).values()];
  const involvement = involvementOf(eventInvolving(e), r.registry);
  return {
    id: e.id,
    file: e.filePath ?? `content/events/${e.id}.yaml`,
    data: e.data,
    date: { text: formatDateSpec(e.data.when), ...isoBounds(e.data.when) },
    actors,
    places,
    sources: oldestFirst(cited, r.order),
    cited,
    outlets,
    involvement,
    states: statesOf(involvement),
  };
}

/** For each id, the items tagging it, in the items' order (one pass over the items, not one per id). */
function byTag<T>(items: readonly T[], tags: (item: T) => ReadonlyArray<{ id: string }>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const id of new Set(tags(item).map((r) => r.id))) {
      const list = out.get(id);
      if (list === undefined) out.set(id, [item]);
      else list.push(item);
    }
  }
  return out;
}

/** Gives each article the events citing it (in date order, as `events` comes) and their sources citing it. */
export function fillCitations(events: readonly EventView[]): void {
  for (const event of events) {
    const byArticle = new Map<Article, EventSource[]>();
    for (const s of event.cited) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
    for (const [article, sources] of byArticle) {
      (article.citedBy as Array<Article['citedBy'][number]>).push({ event, sources });
    }
  }
}

/**
 * Fills the actors' and places' views once the articles and events are resolved: the articles
 * tagging each (newest first, as `articles` comes), those naming it (from the mention index, in the
 * same order) and the events tagging it (in date order, as `events` comes).
 */
export function fillRegistryViews(
  views: { actors: readonly ActorView[]; places: readonly PlaceView[] },
  articles: readonly Article[],
  events: readonly EventView[],
  mentions: MentionIndex,
): void {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  for (const collection of ['actors', 'places'] as const) {
    const tagging = byTag(articles, (a) => a.data[collection]);
    const involving = byTag(events, (e) => e.data[collection]);
    for (const view of views[collection] as unknown as ReadonlyArray<Mutable<RegistryView>>) {
      view.tagged = tagging.get(view.id) ?? [];
      view.events = involving.get(view.id) ?? [];
      view.mentions = [...(mentions.byEntry.get(registryKey(collection, view.id)) ?? [])].sort(
        (a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0),
      );
    }
  }
}
