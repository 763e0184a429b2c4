import { describe, expect, it } from 'vitest';
import { byDate, DateRank, dateOrderText } from './dates.ts';
import { articlesFirst, type Found, type Search } from './order.ts';
import type { PagefindFilter } from './url.ts';

/**
 * A stand-in for Pagefind's `search` over pages with a relevance order and an optional `type` tag, as
 * the built index has them: articles untagged, actor, place and event pages tagged. It counts the
 * `type` filter only once a search has used it, as Pagefind counts only loaded filters.
 */
function fakeIndex(pages: Array<[id: string, type?: string]>) {
  const calls: Array<Record<string, PagefindFilter>> = [];
  let typeLoaded = false;
  const search: Search<{ id: string }> = async (_term, o) => {
    const filters = o.filters;
    calls.push(filters);
    const wanted = filters['type'];
    if (wanted !== undefined) typeLoaded = true;
    const matches = pages.filter(([, type]) => {
      if (wanted === undefined) return true;
      if ('any' in wanted) return type !== undefined && wanted.any.includes(type);
      if ('none' in wanted) return type === undefined || !wanted.none.includes(type);
      return type !== undefined && wanted.includes(type);
    });
    const counts: Record<string, number> = { Actor: 0, Place: 0, Event: 0 };
    for (const [, type] of matches) if (type !== undefined) counts[type] = (counts[type] ?? 0) + 1;
    const found: Found<{ id: string }> = { results: matches.map(([id]) => ({ id })), filters: typeLoaded ? { type: counts } : {} };
    return found;
  };
  return { search, calls };
}

const ids = (rs: ReadonlyArray<{ id: string }>) => rs.map((r) => r.id);

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
  ] as const)('%s', async (_, pages, expected) => {
    const { search } = fakeIndex(pages.map((p) => [...p] as [string, string?]));
    expect(ids(await articlesFirst(search, 'q', {}))).toEqual(expected);
  });

  it('searches once more only while the type counts may show tagged pages', async () => {
    const { search, calls } = fakeIndex([['a1'], ['a2']]);
    await articlesFirst(search, 'q', {});
    expect(calls).toHaveLength(2); // the type filter was not loaded: its counts were unknown
    await articlesFirst(search, 'q', {});
    expect(calls).toHaveLength(3); // now its counts say no actor, place or event page matched
  });

  it('keeps the order of a chosen type, with one search', async () => {
    const { search, calls } = fakeIndex([['e1', 'Event'], ['a1'], ['p1', 'Actor']]);
    expect(ids(await articlesFirst(search, 'q', { type: { none: ['Actor', 'Place', 'Event'] } }))).toEqual(['a1']);
    expect(ids(await articlesFirst(search, 'q', { type: { any: ['Actor', 'Event'] } }))).toEqual(['e1', 'p1']);
    expect(calls).toHaveLength(2);
  });

  it('puts each list in date order when asked, leaving out the pages without a date', async () => {
    const { search } = fakeIndex([['e2', 'Event'], ['a1'], ['p1', 'Actor'], ['a3'], ['e1', 'Event'], ['a2']]);
    const order = ['e1', 'a1', 'e2', 'a2', 'a3'];
    const rank = new DateRank(dateOrderText(order, [...order, 'p1']));
    expect(ids(await articlesFirst(search, 'q', {}, (rs) => byDate(rs, rank, 'asc')))).toEqual(['a1', 'a2', 'a3', 'e1', 'e2']);
    expect(ids(await articlesFirst(search, 'q', {}, (rs) => byDate(rs, rank, 'desc')))).toEqual(['a3', 'a2', 'a1', 'e2', 'e1']);
  });
});
