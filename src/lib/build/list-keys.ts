import { createHash } from 'node:crypto';
import { digestOf } from './cache-keys.ts';

/**
 * The cache keys of the pages that list entries (the browse pages, the removed-texts list, the timeline's
 * periods and index, the home page, the actors' and places' indexes), for Astro's incremental build.
 *
 * A list page shows a few fields of each entry it lists, so its key is the digest of exactly those: the
 * list view of each entry on it (one function per kind of list item below, each naming the fields its
 * component shows), the page's place in its pagination, and the settings and publication facts every
 * page shows. An edit to what no list shows (a paragraph, a capture) leaves every list page's key as it
 * was. Where a view names an entry's fields, it names every field its component reads, and a little
 * more where a template may soon read it (an actor's name forms in every language, not only the English
 * name): a field too many costs a page rendered again, a field too few a stale page.
 *
 * Each entry's list view is digested once per build (`listKeys` memoizes), never per page.
 */

/** An article as the list components read it: its resolved view (src/data/view-types.ts), written structurally. */
export interface ListedArticle {
  readonly id: string;
  readonly slug: string;
  readonly data: {
    readonly title: string;
    readonly published: unknown;
    readonly authors: unknown;
    readonly signature?: unknown;
    readonly language: { readonly archived: string };
    readonly actors: readonly unknown[];
    readonly removed: readonly unknown[];
  };
  readonly outlet: { readonly data: { readonly name: string } };
  readonly actors: ReadonlyArray<{ readonly id: string; readonly data: { readonly name: string; readonly names?: unknown } }>;
}

/** One item of src/components/ArticleList.astro: title, date, byline, outlet, the tagged actors' links and their count. */
export function articleListItem(a: ListedArticle) {
  return {
    slug: a.slug,
    title: a.data.title,
    archivedIn: a.data.language.archived,
    published: a.data.published,
    authors: a.data.authors,
    signature: a.data.signature,
    outlet: a.outlet.data.name,
    // Every tagged actor, not only those the list shows: the list's cut is the component's to change.
    actors: a.actors.map((actor) => ({ id: actor.id, name: actor.data.name, names: actor.data.names })),
    tagged: a.data.actors.length,
  };
}

/** One item of the removed-texts list (/about/removed/): the article's link and title, and what was removed and why. */
export function removedListItem(a: ListedArticle) {
  return { slug: a.slug, title: a.data.title, archivedIn: a.data.language.archived, published: a.data.published, removed: a.data.removed };
}

/** A timeline entry (src/lib/dates/timeline.ts's TimelineEntry), written structurally. */
export interface ListedEntry {
  readonly kind: 'event' | 'publication';
  readonly id: string;
  readonly sources?: ReadonlyArray<{ readonly article: string }>;
}

/** What a timeline entry shows of the entries it names: an article's link, title and language; an event's translations. */
export interface EntryLookups {
  article(
    id: string,
  ): { readonly slug: string; readonly data: { readonly title: string; readonly language: { readonly archived: string } } } | undefined;
  eventTranslations(id: string): unknown;
}

/**
 * One item of src/components/TimelineEntry.astro: the entry as the timeline has it (its date, title,
 * confidence and source paragraphs), an event's translated titles, and the title, slug and language of
 * every article it links (the publication's own, or each source's).
 */
export function timelineItem(entry: ListedEntry, lookups: EntryLookups) {
  const linked = entry.kind === 'publication' ? [entry.id] : (entry.sources ?? []).map((s) => s.article);
  return {
    entry,
    translations: entry.kind === 'event' ? lookups.eventTranslations(entry.id) : undefined,
    articles: linked.map((id) => {
      const a = lookups.article(id);
      return a === undefined ? { id } : { id, slug: a.slug, title: a.data.title, archivedIn: a.data.language.archived };
    }),
  };
}

/** A page of a paginated list (Astro's `Page`), as far as its key needs it: where it stands and the links it shows. */
export interface ListPage<T> {
  readonly data: readonly T[];
  readonly currentPage: number;
  readonly lastPage: number;
  readonly start: number;
  readonly end: number;
  readonly total: number;
  readonly size: number;
  readonly url: unknown;
}

/** A period page of the timeline (src/data/timeline-pages.ts's PeriodProps), written structurally. */
export interface PeriodPage<E> {
  readonly page: PeriodHead & {
    readonly groups: ReadonlyArray<{ readonly entries: readonly E[] }>;
    readonly months: readonly unknown[];
  };
  readonly prevYear: number | undefined;
  readonly nextYear: number | undefined;
  readonly prev: PeriodHead | undefined;
  readonly next: PeriodHead | undefined;
}
interface PeriodHead {
  readonly period: string;
  readonly year: number;
  readonly month?: number | undefined;
  readonly part: number;
  readonly parts: number;
  readonly label: string;
}

function hashLines(lines: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/** A digest per item, computed the first time it is asked for and kept for the build. */
function memoDigests<T extends object>(view: (item: T) => unknown): (item: T) => string {
  const memo = new WeakMap<T, string>();
  return (item) => {
    let d = memo.get(item);
    if (d === undefined) {
      d = digestOf(view(item));
      memo.set(item, d);
    }
    return d;
  };
}

/**
 * What the registry's indexes (/actors/, /places/) draw from: each entry, the articles naming it and its events,
 * and who is named beside whom.
 */
export interface RegistryForKeys {
  readonly actors: readonly RegistryEntry[];
  readonly places: readonly RegistryEntry[];
  readonly beside: ReadonlyMap<string, unknown>;
}
interface RegistryEntry {
  readonly id: string;
  readonly data: unknown;
  readonly mentions: readonly unknown[];
  readonly events: ReadonlyArray<{ readonly id: string }>;
}

export interface ListKeysInput<A extends ListedArticle, E extends ListedEntry> {
  /** The digest of what every page shows (settings, publication facts): folded into every key. */
  readonly shared: string;
  /** Newest first, as the lists show them. */
  readonly articles: readonly A[];
  /** The timeline's entries, in date order. */
  readonly entries: readonly E[];
  readonly lookups: EntryLookups;
  readonly registry: RegistryForKeys;
  readonly outlets: ReadonlyArray<{ readonly id: string; readonly data: unknown }>;
  /** How many of the newest articles the home page lists. */
  readonly latest: number;
}

export interface ListKeys<A, E> {
  /** A page of all articles (/browse/…). */
  articlePage(page: ListPage<A>): string;
  /** A page of the removed-texts list (/about/removed/…). */
  removedPage(page: ListPage<A>): string;
  /** A period page of the timeline (/timeline/2022/…). */
  period(props: PeriodPage<E>): string;
  /** The timeline's index: every entry and the counts. */
  readonly timeline: string;
  /** The home page: the count of articles and the newest ones. */
  readonly home: string;
  /** The actors' and the places' index: every entry's names, counts and companions. */
  readonly registry: string;
  /** The editions changelog: the titles and links of the articles it names (any article's: it names them by id or slug). */
  readonly editions: string;
  /**
   * The search page: its words and the glossary are in `shared`; the registry's and the outlets' entries are
   * keyed besides, since the names a filter shows come from them.
   */
  readonly search: string;
  /** The page not found: nothing but the interface and what every page shows. */
  readonly notFound: string;
}

/** The keys of the list pages of one build: each entry's list views digested once, each page's key from its items' digests. */
export function listKeys<A extends ListedArticle, E extends ListedEntry>(input: ListKeysInput<A, E>): ListKeys<A, E> {
  const article = memoDigests(articleListItem);
  const removed = memoDigests(removedListItem);
  const entry = memoDigests((e: E) => timelineItem(e, input.lookups));
  const key = (kind: string, what: unknown, items: Iterable<string>) =>
    hashLines([`shared ${input.shared}`, `list ${kind}`, digestOf(what), ...items]);
  const paged = (kind: string, digest: (item: A) => string) => (page: ListPage<A>) => {
    const { currentPage, lastPage, start, end, total, size, url } = page;
    return key(kind, { currentPage, lastPage, start, end, total, size, url }, page.data.map(digest));
  };
  const head = (p: PeriodHead | undefined) =>
    p === undefined ? null : { period: p.period, year: p.year, month: p.month, part: p.part, parts: p.parts, label: p.label };
  const lazy = <T>(make: () => T) => {
    let value: T | undefined;
    return () => {
      value ??= make();
      return value;
    };
  };
  const timeline = lazy(() => key('timeline', { count: input.entries.length }, input.entries.map(entry)));
  const home = lazy(() => key('home', { count: input.articles.length }, input.articles.slice(0, input.latest).map(article)));
  const registry = lazy(() => {
    const of = (e: RegistryEntry) => digestOf({ id: e.id, data: e.data, mentions: e.mentions, events: e.events.map((x) => x.id) });
    return key('registry', [...input.registry.beside], [...input.registry.actors.map(of), '--', ...input.registry.places.map(of)]);
  });
  const editions = lazy(() =>
    key(
      'editions',
      null,
      input.articles.map((a) => digestOf({ id: a.id, slug: a.slug, title: a.data.title, archivedIn: a.data.language.archived })),
    ),
  );
  const search = lazy(() => {
    const entries = [...input.registry.actors, '--', ...input.registry.places, '--', ...input.outlets];
    return key(
      'search',
      null,
      entries.map((e) => (typeof e === 'string' ? e : digestOf({ id: e.id, data: e.data }))),
    );
  });
  return {
    articlePage: paged('articles', article),
    removedPage: paged('removed', removed),
    period(props) {
      const { groups, ...rest } = props.page;
      const shape = { ...rest, groups: groups.map(({ entries, ...g }) => ({ ...g, entries: entries.length })) };
      const what = { page: shape, prevYear: props.prevYear, nextYear: props.nextYear, prev: head(props.prev), next: head(props.next) };
      return key(
        'period',
        what,
        groups.flatMap((g) => g.entries.map(entry)),
      );
    },
    get timeline() {
      return timeline();
    },
    get home() {
      return home();
    },
    get registry() {
      return registry();
    },
    get editions() {
      return editions();
    },
    get search() {
      return search();
    },
    notFound: key('404', null, []),
  };
}
