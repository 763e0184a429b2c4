/**
 * Astro's collections, each through the archive's own loader (`src/loaders/archive.ts`) over the
 * one reader of the content tree. Each declares the one schema (`src/lib/content/schema.ts`) with
 * Astro's typed `reference()`s for the types pages read; Astro never runs it, since the loader stores
 * the data the reader validated, its references already in `reference()`'s shape.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { actorSchema, articleSchema, type Collection, eventSchema, outletSchema, placeSchema } from './lib/content/schema.ts';
import { processSettings } from './lib/site/settings.ts';
import { archiveLoader } from './loaders/archive.ts';

const ref = (collection: Collection) => reference(collection);
/**
 * Where the content lives. ARCHIVE_CONTENT points the build at another tree (the benchmark's
 * synthetic corpora, the bad-content fixtures) without copying anything into this repo; read as
 * astro.config.mjs and the finishing step read it (src/lib/site/settings.ts), from the folder the
 * build runs in (the repository).
 */
const root = processSettings().contentRoot;

const articles = defineCollection({
  loader: archiveLoader(root, 'articles'),
  // The digest of the article's data and body: its body is in the bodies file (src/lib/content/bodies.ts).
  schema: articleSchema(ref).extend({ bodyKey: z.string() }),
});
const actors = defineCollection({ loader: archiveLoader(root, 'actors'), schema: actorSchema });
const places = defineCollection({ loader: archiveLoader(root, 'places'), schema: placeSchema });
const outlets = defineCollection({ loader: archiveLoader(root, 'outlets'), schema: outletSchema });
const events = defineCollection({ loader: archiveLoader(root, 'events'), schema: eventSchema(ref) });

/**
 * The archive's own pages (About, Editorial method, Rights and reuse, How to cite): MDX rendered by
 * Astro's MDX integration, with the archive's components (src/components/page/) so that no fact in
 * them is typed by hand. The articles' bodies are never compiled so: they stay the content core's.
 */
const pages = defineCollection({
  // English at the top (ids `about`, `method`…), translations in a folder per language (`ru/about`, `kk/method`).
  loader: glob({ pattern: ['*.mdx', '{ru,kk}/*.mdx'], base: `${root}/pages` }),
  schema: z.strictObject({
    /** The page's heading and title. */
    title: z.string().min(1),
    /** One sentence for search engines and link previews. */
    description: z.string().min(1),
    /** A translation (content/pages/ru/, content/pages/kk/): whether a native speaker has reviewed it. */
    status: z.enum(['draft', 'reviewed']).optional(),
  }),
});

export const collections = { articles, actors, places, outlets, events, pages };
