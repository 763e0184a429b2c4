import { describe, expect, it } from 'vitest';
import type { EditionData } from '../content/schema.ts';
import { correctedIn, entryPath, showValue } from './editions.ts';

const fix = (entry: string, field: string) => ({ entry, field, old: 1, new: 2, why: 'w' });
const editions: EditionData[] = [
  { edition: 1, date: '2026-11-26', summary: 's', added: ['a-slug'], corrections: [] },
  {
    edition: 2,
    date: '2026-12-07',
    summary: 's',
    added: [],
    corrections: [fix('events/e1', 'title'), fix('events/e1', 'title'), fix('articles/a-id', 'authors.0')],
  },
  { edition: 3, date: '2026-12-08', summary: 's', added: [], corrections: [fix('events/e1', 'when.date')] },
];

describe('editions', () => {
  it.each<[string[], Array<{ edition: number; fields: string[] }>]>([
    [
      ['events/e1'],
      [
        { edition: 2, fields: ['title'] },
        { edition: 3, fields: ['when.date'] },
      ],
    ],
    [['articles/a-id', 'articles/a-slug'], [{ edition: 2, fields: ['authors.0'] }]],
    [['places/none'], []],
  ])('correctedIn %o', (entries, expected) => expect(correctedIn(editions, entries)).toEqual(expected));

  it.each<[string, string | undefined]>([
    ['articles/a-id', '/articles/a-slug/'],
    ['articles/unknown', undefined],
    ['events/e1', '/events/e1/'],
    ['actors/x', '/actors/x/'],
    ['places/y', '/places/y/'],
    ['outlets/z', undefined],
  ])('entryPath(%s)', (entry, expected) => expect(entryPath(entry, (id) => (id === 'a-id' ? 'a-slug' : undefined))).toBe(expected));

  it.each<[unknown, string]>([
    [null, '(none)'],
    ['x', '“x”'],
    [true, 'true'],
    [[1, 2], '[1,2]'],
  ])('showValue(%o)', (v, expected) => expect(showValue(v)).toBe(expected));
});
