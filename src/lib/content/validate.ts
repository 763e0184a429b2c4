/**
 * The reader's third stage: every entry's data validated by the one schema (`schema.ts`), with
 * references checked against the ids the tree has. zod's issues become problems through their codes,
 * paths and `params`, never by reading message text (`located.ts`).
 */
import { z } from 'zod';
import type { ParsedBody } from './body.ts';
import type { Problem } from './integrity.ts';
import { COLLECTION_FILES } from './list.ts';
import { expectedOf, schemaProblems } from './located.ts';
import type { ParsedFile } from './parse.ts';
import { actorSchema, articleSchema, type Collection, eventSchema, outletSchema, placeSchema } from './schema.ts';

/** A reference as the reader validates it: the id of an entry that exists. */
const idRef = (collection: Collection, known: ReadonlySet<string>) =>
  z.string({ error: `the id of an entry in content/${collection}/, as text` }).refine((id) => known.has(id), {
    error: (iss) =>
      `the id of an entry in content/${collection}/ ` +
      `(there is no content/${collection}/${String(iss.input)}${COLLECTION_FILES[collection]})`,
  });

type IdRef = ReturnType<typeof idRef>;
/** What each collection's data is once validated, with references as plain ids. */
export type ArticleData = z.output<ReturnType<typeof articleSchema<IdRef>>>;
export type ActorData = z.output<typeof actorSchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type OutletData = z.output<typeof outletSchema>;
export type EventData = z.output<ReturnType<typeof eventSchema<IdRef>>>;

/** One validated entry. `raw` is the file's data before validation, which Astro's store digests. */
export interface Entry<D> {
  /** The file name without its extension. */
  readonly id: string;
  /** The file's path, as shown in messages. */
  readonly file: string;
  readonly data: D;
  readonly raw: unknown;
}

export interface ArticleEntry extends Entry<ArticleData> {
  /** The source text as numbered blocks; block lines are lines of the file. */
  readonly body: ParsedBody;
  /** The MDX text after the frontmatter, as written. */
  readonly bodyText: string;
}

/** Each collection's schema, its references checked against the ids of the tree being read. */
export function schemasFor(ids: Readonly<Record<Collection, ReadonlySet<string>>>) {
  const ref = (collection: Collection) => idRef(collection, ids[collection]);
  return {
    articles: articleSchema(ref),
    actors: actorSchema,
    places: placeSchema,
    outlets: outletSchema,
    events: eventSchema(ref),
  } as const;
}

export type Schemas = ReturnType<typeof schemasFor>;

const parseOptions = { error: (issue: z.core.$ZodRawIssue) => expectedOf(issue) };

/** One parsed file validated: its entry when the data is valid, else the schema's problems. */
export function validateFile(f: ParsedFile, schemas: Schemas): { entry?: Entry<unknown> | ArticleEntry; problems: Problem[] } {
  if (f.data === undefined) return { problems: [] };
  const result = schemas[f.collection].safeParse(f.data ?? {}, parseOptions);
  if (!result.success) return { problems: schemaProblems(result.error, f.data, f.file, f.at) };
  const entry = { id: f.id, file: f.file, data: result.data, raw: f.data };
  if (f.body === undefined) return { entry, problems: [] };
  return { entry: { ...entry, data: result.data as ArticleData, body: f.body.parsed, bodyText: f.body.text }, problems: [] };
}
