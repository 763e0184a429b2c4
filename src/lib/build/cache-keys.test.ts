import { describe, expect, test } from 'vitest';
import { type ArchiveForKeys, archiveKeys } from './cache-keys-archive.ts';
import { pageKeys, referencesIn } from './cache-keys.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const mention = (key: string) => ({ id: key });

type Ref = ReturnType<typeof ref>;
interface ActorData {
  name: string;
  spellings: string[];
  affiliations: Array<{ state: Ref; relation: string }>;
}

/** A small archive: two states, a person acting for each, two places, two outlets, three articles and an event. */
function archive() {
  const actor = (id: string, name: string, affiliations: ActorData['affiliations'] = []) => ({
    id,
    data: { name, spellings: [], affiliations } as ActorData,
  });
  const article = (id: string, outlet: string, actors: string[], named: string[], text: string) => ({
    id,
    data: { title: `Title ${id}`, outlet: { id: ref('outlets', outlet) }, actors: actors.map((a) => ref('actors', a)) },
    body: { blocks: [{ kind: 'paragraph', n: 1, text }] },
    mentions: [named.map(mention)],
    capture: { lines: [text] },
  });
  return {
    // Newest first.
    articles: [
      article('a3', 'o1', ['tokayev'], ['actors/tokayev', 'places/almaty'], 'Tokayev in Almaty.'),
      article('a2', 'o2', ['putin'], ['actors/putin'], 'Putin spoke.'),
      article('a1', 'o1', ['kz'], ['actors/kz'], 'Kazakhstan and Vladimir.'),
    ],
    actors: [
      actor('kz', 'Kazakhstan'),
      actor('ru', 'Russia'),
      actor('tokayev', 'Tokayev', [{ state: ref('actors', 'kz'), relation: 'acts-for' }]),
      actor('putin', 'Putin', [{ state: ref('actors', 'ru'), relation: 'acts-for' }]),
    ],
    places: [
      { id: 'almaty', data: { name: 'Almaty' } },
      { id: 'moscow', data: { name: 'Moscow' } },
    ],
    outlets: [
      { id: 'o1', data: { name: 'Outlet One' } },
      { id: 'o2', data: { name: 'Outlet Two' } },
    ],
    // In chronological order.
    events: [
      {
        id: 'e1',
        data: {
          when: '2022-01-05',
          actors: [ref('actors', 'tokayev')],
          places: [ref('places', 'almaty')],
          sources: [{ article: ref('articles', 'a3') }],
        },
      },
      {
        id: 'e2',
        data: { when: '2022-02-01', actors: [] as Ref[], places: [ref('places', 'moscow')], sources: [{ article: ref('articles', 'a2') }] },
      },
    ],
  };
}
type Mutable = ReturnType<typeof archive>;

const SHARED = { site: 'http://localhost:4321', base: '/', publication: { title: 'Archive', edition: 3 } };
const PAGES = [
  'articles/a1',
  'articles/a2',
  'articles/a3',
  'actors/kz',
  'actors/ru',
  'actors/tokayev',
  'actors/putin',
  'places/almaty',
  'places/moscow',
  'events/e1',
  'events/e2',
];

function keysOf(a: ArchiveForKeys, shared: unknown = SHARED): Map<string, string> {
  const keys = archiveKeys(a, shared);
  const present = PAGES.filter((p) => {
    const [collection, id] = p.split('/') as [keyof ArchiveForKeys, string];
    return a[collection].some((e) => e.id === id);
  });
  return new Map([...present.map((p) => [p, keys.entry(p)] as const), ['whole', keys.whole]]);
}

function changed(edit: (a: Mutable) => unknown, shared: unknown = SHARED): string[] {
  const before = keysOf(archive());
  const after = archive();
  edit(after);
  const now = keysOf(after, shared);
  return [...new Set([...before.keys(), ...now.keys()])].filter((k) => before.get(k) !== now.get(k)).sort();
}

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((e) => e.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('archiveKeys: which pages’ keys change for each kind of edit', () => {
  test.each<[string, (a: Mutable) => unknown, string[]]>([
    ['nothing (the files read again, the same content)', () => undefined, []],
    [
      'a paragraph of a2 edited: a2, its neighbours (their pages link it), its actor and his state, the event citing it and its place',
      (a) => {
        byId(a.articles, 'a2').body.blocks[0] = { kind: 'paragraph', n: 1, text: 'Putin spoke again.' };
      },
      ['actors/putin', 'actors/ru', 'articles/a1', 'articles/a2', 'articles/a3', 'events/e2', 'places/moscow', 'whole'],
    ],
    [
      'an article added, newest, naming Tokayev: the new page, its neighbour, Tokayev and the state he acts for',
      (a) => a.articles.unshift({ ...byId(archive().articles, 'a3'), id: 'a4', mentions: [[mention('actors/tokayev')]] }),
      ['actors/kz', 'actors/tokayev', 'articles/a3', 'whole'],
    ],
    [
      'an article deleted (a1): its neighbour and the state it named; its own page is gone',
      (a) => a.articles.splice(2, 1),
      ['actors/kz', 'articles/a1', 'articles/a2', 'whole'],
    ],
    [
      'a spelling of Putin’s that a1 uses: Putin, the articles naming him (a1 newly), his state, a1’s state, the event citing a2',
      (a) => {
        byId(a.actors, 'putin').data.spellings.push('Vladimir');
        byId(a.articles, 'a1').mentions[0]?.push(mention('actors/putin'));
      },
      ['actors/kz', 'actors/putin', 'actors/ru', 'articles/a1', 'articles/a2', 'events/e2', 'whole'],
    ],
    [
      'an event’s date changed: the event, the next (its page shows this one), the article it cites, its actor, place and state',
      (a) => {
        byId(a.events, 'e1').data.when = '2022-01-06';
      },
      ['actors/kz', 'actors/tokayev', 'articles/a3', 'events/e1', 'events/e2', 'places/almaty', 'whole'],
    ],
    [
      'an event moved after the next one: both, as each page links the event before and after it',
      (a) => {
        byId(a.events, 'e1').data.when = '2022-03-01';
        a.events.reverse();
      },
      ['actors/kz', 'actors/tokayev', 'articles/a3', 'events/e1', 'events/e2', 'places/almaty', 'whole'],
    ],
    [
      'an outlet renamed: the articles it published, the actors named in them, the events citing them',
      (a) => {
        byId(a.outlets, 'o2').data.name = 'Outlet Two, renamed';
      },
      ['actors/putin', 'articles/a2', 'events/e2', 'whole'],
    ],
    [
      'an affiliation added (Tokayev serves Russia too): Tokayev, Russia and every page that shows Tokayev',
      (a) => byId(a.actors, 'tokayev').data.affiliations.push({ state: ref('actors', 'ru'), relation: 'serves' }),
      ['actors/kz', 'actors/ru', 'actors/tokayev', 'articles/a3', 'events/e1', 'places/almaty', 'whole'],
    ],
  ])('%s', (_, edit, expected) => {
    expect(changed(edit)).toEqual(expected);
  });

  test('a setting or a publication fact changed: every page', () => {
    const all = [...PAGES, 'whole'].sort();
    expect(changed(() => undefined, { ...SHARED, site: 'https://archive.example.org' })).toEqual(all);
    expect(changed(() => undefined, { ...SHARED, publication: { ...SHARED.publication, edition: 4 } })).toEqual(all);
  });

  test('computed once per archive, however many routes ask', () => {
    const a = archive();
    expect(archiveKeys(a, SHARED)).toBe(archiveKeys(a, SHARED));
  });

  test('an entry that is not in the archive is an error naming it, never a key', () => {
    expect(() => archiveKeys(archive(), SHARED).entry('articles/nope')).toThrow(/no entry articles\/nope/);
  });
});

describe('referencesIn', () => {
  test.each<[string, unknown, string[]]>([
    ['a reference', ref('actors', 'kz'), ['actors/kz']],
    ['nested in lists and records', { a: [{ b: ref('places', 'x') }, ref('outlets', 'o')], d: new Date(0) }, ['outlets/o', 'places/x']],
    ['a record with more fields is walked, not taken for a reference', { collection: 'actors', id: 'kz', name: 'n' }, []],
    ['plain values', ['actors/kz', 3, null], []],
  ])('%s', (_, value, expected) => {
    expect([...referencesIn(value)].sort()).toEqual(expected);
  });
});

describe('pageKeys', () => {
  test('an entry given twice is an error', () => {
    const node = { key: 'actors/kz', digest: 'd', refs: [] };
    expect(() => pageKeys({ nodes: [node, node], shared: 's' })).toThrow(/actors\/kz is given twice/);
  });
});
