// Every article of the corpus at BENCH_CONTENT (a content tree written by `npm run bench -- --write-corpus`),
// loaded by Astro's glob loader and compiled by @astrojs/mdx. The frontmatter is not validated: the
// reference does only what the simplest blog does.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env['BENCH_CONTENT'];
if (!root) throw new Error('BENCH_CONTENT must name a content tree (npm run bench -- --write-corpus N DIR)');

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/articles` }),
  schema: z.object({ title: z.string() }).passthrough(),
});

export const collections = { articles };
