/**
 * Astro's collections, built from the one schema definition in `src/lib/schema.ts`.
 * Astro's `reference()` makes an unknown actor, place, outlet or article id stop the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, articleSchema, eventSchema, outletSchema, placeSchema, type Collection } from './lib/schema.ts';

const ref = (collection: Collection) => reference(collection);
/** Ids come from file names, so two files can never share one; slugs are checked apart. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles', generateId: byFileName }),
  schema: articleSchema(ref),
});
const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/actors', generateId: byFileName }),
  schema: actorSchema,
});
const places = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/places', generateId: byFileName }),
  schema: placeSchema,
});
const outlets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/outlets', generateId: byFileName }),
  schema: outletSchema,
});
const events = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/events', generateId: byFileName }),
  schema: eventSchema(ref),
});

export const collections = { articles, actors, places, outlets, events };
