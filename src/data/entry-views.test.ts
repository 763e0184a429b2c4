import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { indexMentions } from '../lib/content/mentions.ts';
import { actorRegistry } from '../lib/involvement/involvement.ts';
import { type EventResolving, eventView, fillCitations, fillRegistryViews, registryViews } from './entry-views.ts';
import type { Article } from './view-types.ts';

const ref = <C extends string>(collection: C, id: string) => ({ id, collection });
const checked = { date: '2026-12-01', basis: 'page', note: 'n' };

function actor(id: string, name: string, kind: string, affiliations: object[] = []) {
  return { id, filePath: `content/actors/${id}.yaml`, data: { name, kind, spellings: [name], names: [], affiliations } };
}
const place = (id: string, name: string) => ({ id, data: { name, spellings: [name], names: [] } });

const actors = [
  actor('tokayev', 'Kassym-Jomart Tokayev', 'person', [
    { state: 'kazakhstan', relation: 'acts-for', role: 'President', from: '2019-03-20' },
    { state: 'kazakhstan', relation: 'belongs-to' },
  ]),
  actor('kazakhstan', 'Kazakhstan', 'state'),
  actor('russia', 'Russia', 'state'),
] as unknown as CollectionEntry<'actors'>[];
const places = [place('astana', 'Astana'), place('moscow', 'Moscow')] as unknown as CollectionEntry<'places'>[];

/** An article view as the tests need it: its outlet, date, paragraphs and tags. */
function article(id: string, outlet: string, date: string, paragraphs: string[], tags: { actors?: string[]; places?: string[] } = {}) {
  return {
    id,
    slug: `slug-${id}`,
    outlet: { id: outlet, data: { name: `Outlet ${outlet}` } },
    data: {
      published: { date },
      standfirst: 'Tokayev flew in.\nNothing else.',
      actors: (tags.actors ?? []).map((a) => ref('actors', a)),
      places: (tags.places ?? []).map((p) => ref('places', p)),
    },
    body: { paragraphs: paragraphs.map((text, i) => ({ kind: 'paragraph', n: i + 1, text })) },
    citedBy: [],
  } as unknown as Article;
}

// Newest first, as the archive orders them.
const articles = [
  article('b', 'tass', '2022-01-10', ['Markets were calm.'], { actors: ['tokayev'] }),
  article('a', 'akorda', '2022-01-05', ['Rain fell. Tokayev met officials in Astana on Monday.', 'Prices rose.'], {
    actors: ['tokayev', 'russia'],
    places: ['astana'],
  }),
];

function event(id: string, when: string, sources: object[], tags: { actors?: string[]; places?: string[] } = {}) {
  return {
    id,
    data: {
      title: 'Tokayev meets officials',
      when: { date: when },
      actors: (tags.actors ?? []).map((a) => ref('actors', a)),
      places: (tags.places ?? []).map((p) => ref('places', p)),
      involvement: [],
      sources,
    },
  } as unknown as CollectionEntry<'events'>;
}

function resolving() {
  const views = registryViews(actors, places);
  const r: EventResolving = {
    articleById: new Map(articles.map((a) => [a.id, a])),
    order: new Map(articles.map((a, i) => [a.id, i])),
    actorById: new Map(views.actors.map((a) => [a.id, a])),
    placeById: new Map(views.places.map((p) => [p.id, p])),
    registry: actorRegistry(actors),
  };
  return { views, r };
}

const source = (article: string, paragraphs: number[], more: object = {}) => ({
  article: ref('articles', article),
  paragraphs,
  parts: [],
  inferred: false,
  checked,
  ...more,
});

describe('eventView', () => {
  const { r } = resolving();
  const meeting = event(
    'meeting',
    '2022-01-03',
    [source('b', [1], { inferred: true, note: 'refers to it' }), source('a', [1], { parts: ['standfirst'] })],
    { actors: ['tokayev'], places: ['astana'] },
  );
  const view = eventView(meeting, r);

  it('resolves its sources in the file’s order and oldest first, each with its outlet, anchors and reporting sentences', () => {
    expect(view.cited.map((s) => [s.article.id, s.outlet, s.anchors, s.inferred, s.note])).toEqual([
      ['b', 'Outlet tass', ['p1'], true, 'refers to it'],
      ['a', 'Outlet akorda', ['standfirst', 'p1'], false, undefined],
    ]);
    expect(view.sources.map((s) => s.article.id)).toEqual(['a', 'b']);
    const a = view.sources[0];
    expect(a?.passages).toEqual([
      { anchor: 'standfirst', label: 'Standfirst', sentences: ['Tokayev flew in.'] },
      { anchor: 'p1', label: 'Paragraph 1', sentences: ['Tokayev met officials in Astana on Monday.'] },
    ]);
  });

  it('resolves its actors, places, outlets and date, and who it involves by the rule', () => {
    expect(view.actors.map((x) => x.data.name)).toEqual(['Kassym-Jomart Tokayev']);
    expect(view.places.map((x) => x.data.name)).toEqual(['Astana']);
    expect(view.outlets.map((o) => o.id)).toEqual(['tass', 'akorda']);
    expect(view.date).toEqual({ text: '3 January 2022', start: '2022-01-03', end: '2022-01-03' });
    expect(view.states).toEqual([{ state: 'kazakhstan', basis: 'derived', via: ['tokayev'] }]);
  });

  it('refuses a reference the loader should have refused', () => {
    expect(() => eventView(event('x', '2022-01-01', [source('missing', [1])]), r)).toThrow(/event "x": no article "missing"/);
    expect(() => eventView(event('y', '2022-01-01', [source('a', [1])], { actors: ['nobody'] }), r)).toThrow(/no actor "nobody"/);
  });
});

describe('registryViews and fillRegistryViews', () => {
  const { views, r } = resolving();
  const events = [
    eventView(event('first', '2022-01-02', [source('a', [1])], { actors: ['tokayev'], places: ['astana'] }), r),
    eventView(event('second', '2022-01-06', [source('b', [1])], { actors: ['tokayev', 'tokayev'] }), r),
  ];
  const mentions = indexMentions([
    { id: 'a', paragraphs: [{ n: 1, mentions: [{ id: 'actors/tokayev', spelling: 'Tokayev', start: 0, end: 7, text: 'Tokayev' }] }] },
    { id: 'b', paragraphs: [{ n: 1, mentions: [{ id: 'actors/tokayev', spelling: 'Tokayev', start: 0, end: 7, text: 'Tokayev' }] }] },
  ]);
  fillRegistryViews(views, articles, events, mentions);
  const byId = new Map(views.actors.map((a) => [a.id, a]));

  it('gives an actor its states once each and a state its members', () => {
    expect(byId.get('tokayev')?.states).toEqual(['kazakhstan']);
    expect(byId.get('kazakhstan')?.members.map((m) => [m.actor.id, m.affiliation.relation])).toEqual([
      ['tokayev', 'acts-for'],
      ['tokayev', 'belongs-to'],
    ]);
    expect(byId.get('russia')?.members).toEqual([]);
  });

  it('lists the articles tagging and naming each entry newest first, and the events tagging it once each in date order', () => {
    const tokayev = byId.get('tokayev');
    expect(tokayev?.tagged.map((a) => a.id)).toEqual(['b', 'a']);
    expect(tokayev?.mentions.map((m) => m.article)).toEqual(['b', 'a']);
    expect(tokayev?.events.map((e) => e.id)).toEqual(['first', 'second']);
    expect(byId.get('russia')?.tagged.map((a) => a.id)).toEqual(['a']);
    expect(byId.get('russia')?.events).toEqual([]);
    const astana = views.places.find((p) => p.id === 'astana');
    expect(astana?.tagged.map((a) => a.id)).toEqual(['a']);
    expect(astana?.events.map((e) => e.id)).toEqual(['first']);
  });
});

describe('fillCitations', () => {
  it('gives each article the events citing it in date order, with the sources citing it in the file’s order', () => {
    const own = [article('x', 'tass', '2022-01-10', ['One.', 'Two.']), article('y', 'tass', '2022-01-05', ['Three.'])];
    const { r } = resolving();
    const at = { ...r, articleById: new Map(own.map((a) => [a.id, a])), order: new Map(own.map((a, i) => [a.id, i])) };
    const early = eventView(
      event('early', '2022-01-01', [source('x', [2]), source('y', [1]), source('x', [1], { inferred: true, note: 'n' })]),
      at,
    );
    const late = eventView(event('late', '2022-02-01', [source('x', [1])]), at);
    fillCitations([early, late]);
    const [x, y] = own;
    expect(x?.citedBy.map((c) => [c.event.id, c.sources.map((s) => s.anchors[0])])).toEqual([
      ['early', ['p2', 'p1']],
      ['late', ['p1']],
    ]);
    expect(y?.citedBy.map((c) => c.event.id)).toEqual(['early']);
  });
});
