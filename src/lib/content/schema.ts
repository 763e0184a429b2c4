/**
 * The one definition of what an article, actor, place, outlet and event is: one small file per
 * subject under `schema/`, with a comment on every field.
 *
 * `src/content.config.ts` builds Astro's collections from these with Astro's typed `reference()`;
 * the one reader (`read.ts`) builds them with a plain id check. Nothing else restates a field.
 */
export * from './schema/article.ts';
export * from './schema/common.ts';
export * from './schema/event.ts';
export * from './schema/outlet.ts';
export * from './schema/registry.ts';
export * from './schema/archive.ts';
export * from './schema/edition.ts';
export * from './schema/glossary.ts';
export * from './schema/translations.ts';
