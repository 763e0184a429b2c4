import { describe, expect, it } from 'vitest';
import {
  filtersWithoutWords,
  pagefindFilters,
  dateDirection,
  parseSearchState,
  queryString,
  resultHref,
  searchStateToParams,
  typeCounts,
} from './url.ts';

describe('search state in the URL', () => {
  it('round-trips a query, filters and sort', () => {
    const url = 'q=Tokaev&actor=Vladimir+Putin&actor=Kassym-Jomart+Tokayev&year=2022&sort=newest';
    const state = parseSearchState(new URLSearchParams(url));
    expect(state.q).toBe('Tokaev');
    expect(state.filters.actor).toEqual(['Vladimir Putin', 'Kassym-Jomart Tokayev']);
    expect(searchStateToParams(state).toString()).toBe(url);
  });
  it('round-trips a range of months as written, even one the form cannot show (chronology.ts says what it means)', () => {
    const url = 'q=Kazakhstan&from=2022-03&to=2022-13';
    const state = parseSearchState(new URLSearchParams(url));
    expect([state.from, state.to]).toEqual(['2022-03', '2022-13']);
    expect(searchStateToParams(state).toString()).toBe(url);
    expect(searchStateToParams(parseSearchState(new URLSearchParams('q=x&from=&to=+'))).toString()).toBe('q=x');
  });
  it('keeps the exact flag of a "search instead for" link', () => {
    const state = parseSearchState(new URLSearchParams('q=Kazakstan&exact=1'));
    expect(state.exact).toBe(true);
    expect(searchStateToParams(state).toString()).toBe('q=Kazakstan&exact=1');
    expect(parseSearchState(new URLSearchParams('q=x&exact=yes')).exact).toBe(false);
  });
  it('ignores unknown sorts and parameters and keeps a hostile query as plain text', () => {
    const state = parseSearchState(new URLSearchParams('q=<img src=x onerror=alert(1)>&sort=evil&foo=1'));
    expect(state.q).toBe('<img src=x onerror=alert(1)>');
    expect(state.sort).toBe('relevance');
    expect(searchStateToParams(state).toString()).toBe('q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E');
  });
  it('makes single-valued facets "any of" and many-valued ones "all of"', () => {
    const state = parseSearchState(new URLSearchParams('actor=A&actor=B&outlet=X&outlet=Y'));
    expect(pagefindFilters(state)).toEqual({ actor: ['A', 'B'], outlet: { any: ['X', 'Y'] } });
    expect(pagefindFilters(parseSearchState(new URLSearchParams('type=Actor&type=Event')))).toEqual({ type: { any: ['Actor', 'Event'] } });
    expect(pagefindFilters(state, 'outlet')).toEqual({ actor: ['A', 'B'] });
  });
  it.each([
    ['type=Actor', { type: { any: ['Actor'] } }],
    ['type=Article', { type: { none: ['Actor', 'Place', 'Event'] } }],
    ['type=Article&type=Event', { type: { none: ['Actor', 'Place'] } }],
    ['type=Event&type=Article&type=Place&type=Actor', {}],
    ['type=Article&year=2021', { type: { none: ['Actor', 'Place', 'Event'] }, year: { any: ['2021'] } }],
  ])('articles carry no type tag: %s is asked of Pagefind as %j', (params, expected) => {
    expect(pagefindFilters(parseSearchState(new URLSearchParams(params)))).toEqual(expected);
  });
  it.each([
    ['a range alone: every page not of a type no page has', 'from=2022-01', { type: { none: ['-'] } }],
    ['every type chosen: the same', 'type=Event&type=Article&type=Place&type=Actor', { type: { none: ['-'] } }],
    ['a facet: its filter', 'year=2021&from=2022-01', { year: { any: ['2021'] } }],
  ])('a search without words asks for pages by filter: %s', (_, params, expected) => {
    expect(filtersWithoutWords(parseSearchState(new URLSearchParams(params)))).toEqual(expected);
  });
  it('counts as articles the results with no type tag', () => {
    expect(typeCounts({ Actor: 1, Event: 3 }, 10)).toEqual({ Article: 6, Actor: 1, Place: 0, Event: 3 });
    expect(typeCounts(undefined, 4)).toEqual({ Article: 4, Actor: 0, Place: 0, Event: 0 });
    expect(typeCounts({ Actor: 2 }, 2)).toEqual({ Article: 0, Actor: 2, Place: 0, Event: 0 });
  });
  it('writes a plain search for two names that the search page reads back', () => {
    const qs = queryString('Vladimir Putin Kassym-Jomart Tokayev');
    expect(qs).toBe('q=Vladimir+Putin+Kassym-Jomart+Tokayev');
    expect(parseSearchState(new URLSearchParams(qs)).q).toBe('Vladimir Putin Kassym-Jomart Tokayev');
  });
  it('sorts by date only when asked', () => {
    expect(dateDirection('relevance')).toBeUndefined();
    expect(dateDirection('oldest')).toBe('asc');
    expect(dateDirection('newest')).toBe('desc');
  });
  it('links a result to its paragraph with the words to highlight', () => {
    expect(resultHref('/archive/articles/x/', 'p4', ['Lukashenka', 'Alma-Ata'])).toBe(
      '/archive/articles/x/?highlight=Lukashenka&highlight=Alma-Ata#p4',
    );
    expect(resultHref('/articles/x/', undefined, [])).toBe('/articles/x/');
  });
});
