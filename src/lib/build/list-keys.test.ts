import { describe, expect, test } from 'vitest';
import { type ListKeysInput, listKeys, type ListPage, type PeriodPage } from './list-keys.ts';

/** Test data, writable so that each case can edit one field (the module reads it through its readonly types). */
interface Article {
  id: string;
  slug: string;
  data: {
    title: string;
    published: unknown;
    authors: unknown;
    signature?: unknown;
    language: { archived: string };
    actors: unknown[];
    removed: unknown[];
  };
  outlet: { data: { name: string } };
  actors: Array<{ id: string; data: { name: string; names?: unknown } }>;
  body: string;
}
interface Entry {
  kind: 'event' | 'publication';
  id: string;
  title: string;
  when: string;
  sources?: Array<{ article: string }>;
}
interface RegistryEntry {
  id: string;
  data: unknown;
  mentions: unknown[];
  events: Array<{ id: string }>;
}
interface Input {
  shared: string;
  articles: Article[];
  entries: Entry[];
  lookups: { article(id: string): Article | undefined; eventTranslations(id: string): unknown };
  registry: { actors: RegistryEntry[]; places: RegistryEntry[]; beside: Map<string, unknown> };
  outlets: Array<{ id: string; data: unknown }>;
  latest: number;
}

const actor = (id: string, name: string) => ({ id, data: { name, names: [{ form: `${name} (ru)`, language: 'ru', display: true }] } });

function article(id: string, published: string): Article {
  return {
    id,
    slug: `${id}-slug`,
    data: {
      title: `Title ${id}`,
      published: { date: published },
      authors: ['A. Writer'],
      signature: undefined,
      language: { archived: 'en' },
      actors: [{ collection: 'actors', id: 'putin' }],
      removed: [{ kind: 'footer', reason: 'site chrome' }],
    },
    outlet: { data: { name: 'The Outlet' } },
    actors: [actor('putin', 'Vladimir Putin')],
    body: `The paragraphs of ${id}.`,
  };
}

/** A small archive: three articles (newest first), an event citing the second, and the registry. */
function archive() {
  const articles = [article('a3', '2022-03-01'), article('a2', '2022-02-01'), article('a1', '2022-01-01')];
  const entries: Entry[] = [
    { kind: 'publication', id: 'a1', title: 'Title a1', when: '2022-01-01' },
    { kind: 'event', id: 'e1', title: 'The talks', when: '2022-01-10', sources: [{ article: 'a2' }] },
    { kind: 'publication', id: 'a2', title: 'Title a2', when: '2022-02-01' },
  ];
  const events = new Map([['e1', { translations: { ru: { title: 'Переговоры' } } as unknown }]]);
  const registry = {
    actors: [
      { id: 'putin', data: { name: 'Vladimir Putin', spellings: ['Putin'] }, mentions: [{ article: 'a2' }], events: [{ id: 'e1' }] },
    ],
    places: [{ id: 'moscow', data: { name: 'Moscow' }, mentions: [] as unknown[], events: [] as Array<{ id: string }> }],
    beside: new Map<string, unknown>([['actors/putin', [{ id: 'places/moscow', paragraphs: 1 }]]]),
  };
  const outlets = [{ id: 'outlet', data: { name: 'The Outlet' } }];
  const input: Input = {
    shared: 'shared-1',
    articles,
    entries,
    lookups: {
      article: (id: string) => articles.find((a) => a.id === id),
      eventTranslations: (id: string) => events.get(id)?.translations,
    },
    registry,
    outlets,
    latest: 2,
  };
  return { input, events };
}

/** Page 1 of two of the articles, two a page, as Astro's `paginate` gives it. */
const firstPage = (articles: readonly Article[]): ListPage<Article> => ({
  data: articles.slice(0, 2),
  currentPage: 1,
  lastPage: 2,
  start: 0,
  end: 1,
  total: articles.length,
  size: 2,
  url: { current: '/browse/', next: '/browse/2/', prev: undefined },
});

const period = (entries: readonly Entry[]): PeriodPage<Entry> => ({
  page: {
    period: '2022',
    year: 2022,
    part: 1,
    parts: 1,
    label: '2022',
    groups: [{ key: '2022-01', entries: entries.slice(0, 2) } as { entries: readonly Entry[] }],
    months: [],
  },
  prevYear: 2021,
  nextYear: undefined,
  prev: undefined,
  next: undefined,
});

/** Every key of the list pages for one archive. */
function keysOf(input: ListKeysInput<Article, Entry>) {
  const k = listKeys(input);
  return {
    browse: k.articlePage(firstPage(input.articles)),
    removed: k.removedPage(firstPage(input.articles)),
    period: k.period(period(input.entries)),
    timeline: k.timeline,
    home: k.home,
    registry: k.registry,
    editions: k.editions,
    search: k.search,
    notFound: k.notFound,
  };
}
type Kind = keyof ReturnType<typeof keysOf>;
const ALL: Kind[] = ['browse', 'removed', 'period', 'timeline', 'home', 'registry', 'editions', 'search', 'notFound'];

const cases: Array<{ edit: string; change: (input: Input) => void; changes: Kind[] }> = [
  { edit: 'nothing', change: () => {}, changes: [] },
  {
    edit: 'a paragraph of a listed article (what no list shows)',
    change: (i) => {
      i.articles[0]!.body = 'An edited paragraph.';
    },
    changes: [],
  },
  {
    edit: 'the title of the newest article',
    change: (i) => {
      i.articles[0]!.data.title = 'A new title';
    },
    changes: ['browse', 'removed', 'home', 'editions'],
  },
  {
    edit: 'the title of an article the timeline shows (a publication and an event’s source)',
    change: (i) => {
      i.articles[1]!.data.title = 'A new title';
    },
    changes: ['browse', 'removed', 'period', 'timeline', 'home', 'editions'],
  },
  {
    edit: 'the oldest article’s title (on page 2 of the lists; the timeline names it as it has it)',
    change: (i) => {
      i.articles[2]!.data.title = 'A new title';
    },
    changes: ['period', 'timeline', 'editions'],
  },
  {
    edit: 'the publication date of the newest article',
    change: (i) => {
      i.articles[0]!.data.published = { date: '2022-03-02' };
    },
    changes: ['browse', 'removed', 'home'],
  },
  {
    edit: 'the authors of the newest article',
    change: (i) => {
      i.articles[0]!.data.authors = ['B. Writer'];
    },
    changes: ['browse', 'home'],
  },
  {
    edit: 'the outlet’s name as an article shows it',
    change: (i) => {
      i.articles[0]!.outlet.data.name = 'The Other Outlet';
    },
    changes: ['browse', 'home'],
  },
  {
    edit: 'a tagged actor’s Russian name form as an article list shows it',
    change: (i) => {
      i.articles[0]!.actors[0]!.data.names = [];
    },
    changes: ['browse', 'home'],
  },
  {
    edit: 'what was removed from the newest article',
    change: (i) => {
      i.articles[0]!.data.removed = [];
    },
    changes: ['removed'],
  },
  {
    edit: 'an event’s translated title',
    change: (i) => {
      const events = new Map([['e1', { ru: { title: 'Другие переговоры' } }]]);
      i.lookups.eventTranslations = (id: string) => events.get(id);
    },
    changes: ['period', 'timeline'],
  },
  {
    edit: 'an event’s source paragraphs',
    change: (i) => {
      i.entries[1]!.sources = [{ article: 'a1' }];
    },
    changes: ['period', 'timeline'],
  },
  {
    edit: 'an entry of the timeline on another period’s page',
    change: (i) => {
      i.entries[2]!.when = '2022-02-02';
    },
    changes: ['timeline'],
  },
  {
    edit: 'an article added (the count every list shows)',
    change: (i) => {
      i.articles.push(article('a0', '2021-12-01'));
    },
    changes: ['browse', 'removed', 'home', 'editions'],
  },
  {
    edit: 'a spelling of an actor (no list shows spellings; the registry’s index and the search page read the entry)',
    change: (i) => {
      i.registry.actors[0]!.data = { name: 'Vladimir Putin', spellings: ['Putin', 'President Putin'] };
    },
    changes: ['registry', 'search'],
  },
  {
    edit: 'the articles naming an actor',
    change: (i) => {
      i.registry.actors[0]!.mentions = [];
    },
    changes: ['registry'],
  },
  {
    edit: 'who is named beside whom',
    change: (i) => {
      i.registry.beside = new Map();
    },
    changes: ['registry'],
  },
  {
    edit: 'an outlet’s entry',
    change: (i) => {
      i.outlets[0]!.data = { name: 'Renamed' };
    },
    changes: ['search'],
  },
  {
    edit: 'the settings and publication facts',
    change: (i) => {
      i.shared = 'shared-2';
    },
    changes: ALL,
  },
];

describe('the keys of the list pages change exactly when what the page lists changes', () => {
  const before = keysOf(archive().input);
  test.each(cases)('$edit', ({ change, changes }) => {
    const { input } = archive();
    change(input);
    const after = keysOf(input);
    expect(ALL.filter((kind) => after[kind] !== before[kind])).toEqual(changes);
  });
});

describe('a paginated page', () => {
  test('its place in the pagination and its links are in its key', () => {
    const { input } = archive();
    const k = listKeys(input);
    const page = firstPage(input.articles);
    const key = k.articlePage(page);
    expect(k.articlePage({ ...page, currentPage: 2 })).not.toBe(key);
    expect(k.articlePage({ ...page, lastPage: 3 })).not.toBe(key);
    expect(k.articlePage({ ...page, url: { current: '/browse/', next: undefined, prev: undefined } })).not.toBe(key);
    expect(k.articlePage({ ...page })).toBe(key);
  });

  test('the same items in another order, or on another kind of list, are another key', () => {
    const { input } = archive();
    const k = listKeys(input);
    const page = firstPage(input.articles);
    expect(k.articlePage({ ...page, data: [...page.data].reverse() })).not.toBe(k.articlePage(page));
    expect(k.removedPage(page)).not.toBe(k.articlePage(page));
  });

  test('a period page’s neighbours are keyed by their labels, not by what they hold', () => {
    const { input } = archive();
    const k = listKeys(input);
    const p = period(input.entries);
    const neighbour = { ...p.page, period: '2023', year: 2023, label: '2023' };
    const key = k.period({ ...p, next: neighbour });
    const emptied = { ...neighbour, groups: [] };
    expect(k.period({ ...p, next: emptied })).toBe(key);
    expect(k.period({ ...p, next: { ...neighbour, label: '2023, part 2' } })).not.toBe(key);
    expect(k.period(p)).not.toBe(key);
  });
});
