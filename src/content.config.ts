/**
 * Astro's collections, built from the one schema definition in `src/lib/content/schema.ts`.
 * Astro's `reference()` makes an unknown actor, place, outlet or article id stop the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, articleSchema, eventSchema, outletSchema, placeSchema, type Collection } from './lib/content/schema.ts';

const ref = (collection: Collection) => reference(collection);
/**
 * Where the content lives. ARCHIVE_CONTENT points the build at another tree (the benchmark's
 * synthetic corpora, the bad-content fixtures) without copying anything into this repo.
 */
const contentRoot = process.env['ARCHIVE_CONTENT'] ?? './content';
/** Ids come from file names, so two files can never share one; slugs are checked apart. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/articles`, generateId: byFileName }),
  schema: articleSchema(ref),
});
const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/actors`, generateId: byFileName }),
  schema: actorSchema,
});
const places = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/places`, generateId: byFileName }),
  schema: placeSchema,
});
const outlets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/outlets`, generateId: byFileName }),
  schema: outletSchema,
});
const events = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/events`, generateId: byFileName }),
  schema: eventSchema(ref),
});

export const collections = { articles, actors, places, outlets, events };
