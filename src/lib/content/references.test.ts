import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readContent } from './read.ts';
import { REFERENCE_SITES, referenceSites, withReferences } from './references.ts';
import { actorSchema, articleSchema, type Collection, eventSchema, outletSchema, placeSchema } from './schema.ts';

describe('REFERENCE_SITES', () => {
  it.each([
    [
      'articles',
      [
        { path: ['outlet', 'id'], collection: 'outlets' },
        { path: ['collected', 'outlet'], collection: 'outlets' },
        { path: ['translations', '*', 'by'], collection: 'outlets' },
        { path: ['actors', '*'], collection: 'actors' },
        { path: ['places', '*'], collection: 'places' },
      ],
    ],
    [
      'events',
      [
        { path: ['actors', '*'], collection: 'actors' },
        { path: ['places', '*'], collection: 'places' },
        { path: ['sources', '*', 'article'], collection: 'articles' },
      ],
    ],
    ['actors', []],
    ['places', []],
    ['outlets', []],
  ] as const)('finds every reference of %s in the schema', (collection, sites) => {
    expect(REFERENCE_SITES[collection]).toEqual(sites);
  });

  it('walks lists, wrappers, pipes and unions', () => {
    const mark = z.string();
    const marks = new Map<z.ZodType, Collection>([[mark, 'actors']]);
    const schema = z.object({
      a: z.array(mark.nullable()).default([]),
      b: z.union([z.number(), mark]),
      c: mark.pipe(z.string()),
      d: z.string(),
    });
    expect(referenceSites(schema, marks)).toEqual([
      { path: ['a', '*'], collection: 'actors' },
      { path: ['b'], collection: 'actors' },
      { path: ['c'], collection: 'actors' },
    ]);
  });
});

describe('withReferences', () => {
  it('gives each reference Astro’s shape and leaves absent ones, null ones and every other field', () => {
    const data = {
      slug: 's',
      outlet: { id: 'tass', url: null },
      collected: { outlet: null, url: null },
      translations: [{ by: 'inosmi', from: 'ru', to: 'en' }, { by: null }],
      actors: ['putin', 'tokayev'],
      places: [],
    };
    expect(withReferences('articles', data)).toEqual({
      slug: 's',
      outlet: { id: { id: 'tass', collection: 'outlets' }, url: null },
      collected: { outlet: null, url: null },
      translations: [{ by: { id: 'inosmi', collection: 'outlets' }, from: 'ru', to: 'en' }, { by: null }],
      actors: [
        { id: 'putin', collection: 'actors' },
        { id: 'tokayev', collection: 'actors' },
      ],
      places: [],
    });
    expect(data.actors).toEqual(['putin', 'tokayev']);
  });

  // What Astro's parseData would make of each file: the one schema with a reference() that gives
  // `{ id, collection }`. The reader's data given that shape must be the same, entry for entry.
  const astroRef = (collection: Collection) => z.string().transform((id) => ({ id, collection }));
  const astroSchemas = {
    articles: articleSchema(astroRef),
    actors: actorSchema,
    places: placeSchema,
    outlets: outletSchema,
    events: eventSchema(astroRef),
  } as const;
  const tree = readContent(path.join(process.cwd(), 'content'));

  it.each(['articles', 'actors', 'places', 'outlets', 'events'] as const)(
    'is what the schema with Astro-shaped references makes of every entry of content/%s',
    (collection) => {
      expect(tree.problems).toEqual([]);
      const entries = tree[collection] as ReadonlyArray<{ data: unknown; raw: unknown }>;
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const astro = astroSchemas[collection].parse(entry.raw);
        expect(JSON.stringify(withReferences(collection, entry.data))).toBe(JSON.stringify(astro));
      }
    },
  );
});
