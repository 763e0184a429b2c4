import { describe, expect, it } from 'vitest';
import { monthOf } from './chronology.ts';
import { byDate, DateRank, dateOrder, dateOrderText } from './dates.ts';
import { articlesFirst, type Found, type Search } from './order.ts';
import { resultId } from './result-ids.ts';
import type { PagefindFilter } from './url.ts';

/**
 * A stand-in for Pagefind's `search` over pages in relevance order, each with an optional `type` tag,
 * ids as the build writes them (result-ids.ts): articles untagged, actor, place and event pages tagged.
 */
function fakeIndex(pages: Array<[name: string, type?: string]>) {
  const calls: Array<Record<string, PagefindFilter>> = [];
  const idOf = new Map(pages.map(([name, type], i) => [name, resultId('b1', i, type !== undefined)]));
  const nameOf = new Map([...idOf].map(([name, id]) => [id, name]));
  const search: Search<{ id: string }> = async (_term, o) => {
    const filters = o.filters;
    calls.push(filters);
    const wanted = filters['type'];
    const matches = pages.filter(([, type]) => {
      if (wanted === undefined) return true;
      if ('any' in wanted) return type !== undefined && wanted.any.includes(type);
      if ('none' in wanted) return type === undefined || !wanted.none.includes(type);
      return type !== undefined && wanted.includes(type);
    });
    const found: Found<{ id: string }> = { results: matches.map(([name]) => ({ id: idOf.get(name) ?? '' })), filters: {} };
    return found;
  };
  const names = (rs: ReadonlyArray<{ id: string }>) => rs.map((r) => nameOf.get(r.id));
  return { search, calls, names, idOf };
}

describe('articles first', () => {
  it.each([
    ['articles then pages, each in relevance order', [['e1', 'Event'], ['a1'], ['p1', 'Actor'], ['a2']], ['a1', 'a2', 'e1', 'p1']],
    ['only articles', [['a1'], ['a2']], ['a1', 'a2']],
    [
      'only pages',
      [
        ['p1', 'Place'],
        ['e1', 'Event'],
      ],
      ['p1', 'e1'],
    ],
    ['nothing', [], []],
  ] as const)('%s, with one search', async (_, pages, expected) => {
    const { search, calls, names } = fakeIndex(pages.map((p) => [...p] as [string, string?]));
    expect(names(await articlesFirst(search, 'q', {}))).toEqual(expected);
    expect(calls).toEqual([{}]);
  });

  it('keeps the order of a chosen type', async () => {
    const { search, calls, names } = fakeIndex([['e1', 'Event'], ['a1'], ['p1', 'Actor']]);
    expect(names(await articlesFirst(search, 'q', { type: { none: ['Actor', 'Place', 'Event'] } }))).toEqual(['a1']);
    expect(names(await articlesFirst(search, 'q', { type: { any: ['Actor', 'Event'] } }))).toEqual(['e1', 'p1']);
    expect(calls).toHaveLength(2);
  });

  it('puts articles and events in one chronology when asked, keeping the pages without a date after them', async () => {
    const { search, names, idOf } = fakeIndex([['e2', 'Event'], ['a1'], ['p1', 'Actor'], ['a3'], ['e1', 'Event'], ['a2'], ['p2', 'Place']]);
    const keys = { e1: '2020-02', a1: '2020-05-01', e2: '2021', a2: '2021-03-04', a3: '2022-01/2022-02' } as Record<string, string>;
    const rank = new DateRank(dateOrderText(dateOrder(Object.entries(keys).map(([n, key]) => ({ id: idOf.get(n) ?? '', key })))));
    const asc = { sort: (rs: readonly { id: string }[]) => byDate(rs, rank, 'asc') };
    const desc = { sort: (rs: readonly { id: string }[]) => byDate(rs, rank, 'desc') };
    expect(names(await articlesFirst(search, 'q', {}, asc))).toEqual(['e1', 'a1', 'e2', 'a2', 'a3', 'p1', 'p2']);
    expect(names(await articlesFirst(search, 'q', {}, desc))).toEqual(['a3', 'a2', 'e2', 'a1', 'e1', 'p1', 'p2']);
  });

  it('keeps only the results a range keeps, before ordering them', async () => {
    const { search, names, idOf } = fakeIndex([['e2', 'Event'], ['a1'], ['p1', 'Actor'], ['a2']]);
    const keys = { a1: '2020-05-01', e2: '2021', a2: '2022-03-04' } as Record<string, string>;
    const rank = new DateRank(dateOrderText(dateOrder(Object.entries(keys).map(([n, key]) => ({ id: idOf.get(n) ?? '', key })))));
    const keep = (r: { id: string }) => rank.inRange(r.id, { from: monthOf(2021, 6) });
    expect(names(await articlesFirst(search, 'q', {}, { keep }))).toEqual(['a2', 'e2']);
    expect(names(await articlesFirst(search, 'q', {}, { keep, sort: (rs) => byDate(rs, rank, 'desc') }))).toEqual(['a2', 'e2']);
  });
});
