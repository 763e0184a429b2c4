import { describe, expect, test } from 'vitest';
import type { DateSpec } from '../dates/dates.ts';
import { checkIntegrity, collectRefs, formatProblem, reportsBeforeEvent } from './integrity.ts';

const article = (id: string, slug = id, paragraphCount = 3) => ({ id, file: `content/articles/${id}.mdx`, slug, paragraphCount });
const event = (id: string, sources: Array<{ article: string; paragraphs: number[] }>) => ({
  id,
  file: `content/events/${id}.yaml`,
  sources,
});

describe('checkIntegrity', () => {
  test('consistent content has no problems', () => {
    expect(
      checkIntegrity({ articles: [article('a'), article('b')], events: [event('e', [{ article: 'a', paragraphs: [1, 3] }])] }),
    ).toEqual([]);
  });
  test('a duplicate slug names both files', () => {
    const [p] = checkIntegrity({ articles: [article('a', 'same'), article('b', 'same')], events: [] });
    expect(p).toMatchObject({ file: 'content/articles/b.mdx', field: 'slug' });
    expect(p?.found).toContain('content/articles/a.mdx');
  });
  test('an event citing a paragraph that does not exist', () => {
    const [p] = checkIntegrity({ articles: [article('a')], events: [event('e', [{ article: 'a', paragraphs: [2, 4] }])] });
    expect(p).toMatchObject({
      file: 'content/events/e.yaml',
      field: 'sources[0].paragraphs[1]',
      expected: 'a paragraph number from 1 to 3',
    });
  });
  test('an event citing an unknown article', () => {
    const [p] = checkIntegrity({ articles: [], events: [event('e', [{ article: 'nope', paragraphs: [1] }])] });
    expect(p?.field).toBe('sources[0].article');
  });
});

describe('formatProblem', () => {
  test('file:line:column, field, found and expected', () => {
    expect(formatProblem({ file: 'x.yaml', line: 3, column: 7, field: 'when.date', found: '"2021-02-30"', expected: 'a real day' })).toBe(
      'x.yaml:3:7 when.date: found "2021-02-30"; expected a real day',
    );
  });
  test('without a line, the file alone', () => {
    expect(formatProblem({ file: 'x.yaml', field: 'slug', found: 'a', expected: 'b' })).toBe('x.yaml slug: found a; expected b');
  });
});

describe('references', () => {
  const data = {
    outlet: { id: { collection: 'outlets', id: 'meduza' } },
    actors: [
      { collection: 'actors', id: 'putin' },
      { collection: 'actors', id: 'nobody' },
    ],
    published: { date: '2022' },
  };
  test('collectRefs finds every reference with its field path', () => {
    expect(collectRefs('a.mdx', data).map((r) => `${r.field}=${r.collection}/${r.id}`)).toEqual([
      'outlet.id=outlets/meduza',
      'actors[0]=actors/putin',
      'actors[1]=actors/nobody',
    ]);
  });
  test('an unknown id is a problem on its field', () => {
    const problems = checkIntegrity({
      known: { outlets: new Set(['meduza']), actors: new Set(['putin']) },
      refs: collectRefs('a.mdx', data),
      articles: [],
      events: [],
    });
    expect(problems).toEqual([{ file: 'a.mdx', field: 'actors[1]', found: '"nobody"', expected: 'the id of an entry in content/actors/' }]);
  });
});

describe('events citing a standfirst or dateline', () => {
  const articles = [{ id: 'a', file: 'a.mdx', slug: 'a', paragraphCount: 3, parts: ['standfirst'] }];
  test('accepts a part the article has, and refuses one it lacks, naming the field', () => {
    expect(
      checkIntegrity({
        articles,
        events: [{ id: 'e', file: 'e.yaml', sources: [{ article: 'a', paragraphs: [], parts: ['standfirst'] }] }],
      }),
    ).toEqual([]);
    expect(
      checkIntegrity({
        articles,
        events: [{ id: 'e', file: 'e.yaml', sources: [{ article: 'a', paragraphs: [1], parts: ['dateline'] }] }],
      }),
    ).toEqual([
      {
        file: 'e.yaml',
        field: 'sources[0].parts[0]',
        found: '"dateline", which a does not have',
        expected: 'a part the article has (standfirst)',
      },
    ]);
  });
});

describe('an article dated before an event never reports it', () => {
  const day = (date: string): DateSpec => ({ date });
  const span = (from: string, to: string): DateSpec => ({ from, to, approximate: true });
  // By the precision each date is known to: an article is before an event only if its latest
  // possible day is before the event's earliest possible day.
  test.each([
    [day('2022-01-07'), day('2022-01-10'), false, true],
    [day('2022-01-07'), day('2022-01-07'), false, false],
    [day('2022-01-11'), day('2022-01-10'), false, false],
    [day('2022-01-07'), day('2022-01-10'), true, false],
    [{ date: '2022-01' }, day('2022-01-10'), false, false],
    [day('2021-12-31'), { date: '2022' }, false, true],
    [span('2022-06', '2022-07'), day('2022-06-17'), false, false],
    [span('2022-06', '2022-07'), day('2022-08-01'), false, true],
    [day('2022-01-07'), span('2022-01-05', '2022-01-19'), false, false],
    [undefined, day('2022-01-10'), false, false],
  ])('published %o, event %o, inferred %s → refused %s', (published, when, inferred, refused) => {
    expect(reportsBeforeEvent(published, when, inferred) !== undefined).toBe(refused);
  });

  test('checkIntegrity names the source and both dates', () => {
    const [p] = checkIntegrity({
      articles: [{ ...article('a'), published: day('2022-01-07') }],
      events: [{ ...event('e', [{ article: 'a', paragraphs: [1] }]), when: day('2022-01-10') }],
    });
    expect(p).toMatchObject({ file: 'content/events/e.yaml', field: 'sources[0].inferred' });
    expect(p?.found).toBe('a report in a, published 7 January 2022, before the event (10 January 2022)');
  });
  test('an inferred link from an earlier article is accepted', () => {
    expect(
      checkIntegrity({
        articles: [{ ...article('a'), published: day('2022-01-07') }],
        events: [
          {
            ...event('e', [{ article: 'a', paragraphs: [1] }]),
            when: day('2022-01-10'),
            sources: [{ article: 'a', paragraphs: [1], inferred: true }],
          },
        ],
      }),
    ).toEqual([]);
  });
});
