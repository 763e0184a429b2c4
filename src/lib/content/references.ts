/**
 * Where each collection's references stand, read from the one schema, and an entry's data given the
 * shape Astro's `reference()` gives them (`{ id, collection }`). The reader validates every entry once,
 * with references as plain ids checked against the tree; the content loader stores that data as it is,
 * without Astro's `parseData`, so this is the one step between the two shapes and no field is
 * validated twice.
 */
import { z } from 'zod';
import { actorSchema, articleSchema, type Collection, eventSchema, outletSchema, placeSchema } from './schema.ts';

/** A reference's place in an entry's data: object keys, and `*` for every item of a list. */
export type ReferencePath = readonly string[];

export interface ReferenceSite {
  readonly path: ReferencePath;
  /** The collection it refers to. */
  readonly collection: Collection;
}

/** The zod schema's definition as this walk reads it (zod 4's `_zod.def`). */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers whose value is their inner schema's, present or not. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** Every reference site of `schema`, where `marks` tells which schemas are references and to what. */
export function referenceSites(schema: z.ZodType, marks: ReadonlyMap<z.ZodType, Collection>, at: ReferencePath = []): ReferenceSite[] {
  const collection = marks.get(schema);
  if (collection !== undefined) return [{ path: at, collection }];
  const def = defOf(schema);
  if (def.type === 'object') return Object.entries(def.shape ?? {}).flatMap(([key, s]) => referenceSites(s, marks, [...at, key]));
  if (def.type === 'array' && def.element) return referenceSites(def.element, marks, [...at, '*']);
  if (WRAPPERS.has(def.type) && def.innerType) return referenceSites(def.innerType, marks, at);
  if (def.type === 'pipe') return [def.in, def.out].flatMap((s) => (s ? referenceSites(s, marks, at) : []));
  if (def.type === 'union') return (def.options ?? []).flatMap((s) => referenceSites(s, marks, at));
  return [];
}

/** The reference sites of each collection, read from the schema built with marked references. */
function sitesOf(): Readonly<Record<Collection, readonly ReferenceSite[]>> {
  const marks = new Map<z.ZodType, Collection>();
  const ref = (collection: Collection) => {
    const mark = z.string();
    marks.set(mark, collection);
    return mark;
  };
  return {
    articles: referenceSites(articleSchema(ref), marks),
    actors: referenceSites(actorSchema, marks),
    places: referenceSites(placeSchema, marks),
    outlets: referenceSites(outletSchema, marks),
    events: referenceSites(eventSchema(ref), marks),
  };
}

export const REFERENCE_SITES = sitesOf();

/** A copy of `value` with the value at `path` (and below it) replaced by `f`'s answer; absent and null values stay. */
function replaceAt(value: unknown, path: ReferencePath, f: (v: unknown) => unknown): unknown {
  if (value === undefined || value === null) return value;
  if (path.length === 0) return f(value);
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.map((item) => replaceAt(item, rest, f)) : value;
  if (typeof value !== 'object' || head === undefined || !(head in value)) return value;
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, f) };
}

/**
 * An entry's data, validated by the reader, with each reference as Astro's `reference()` gives it:
 * `{ id, collection }`. Nothing else changes, key order included.
 */
export function withReferences(collection: Collection, data: unknown): unknown {
  let out = data;
  for (const site of REFERENCE_SITES[collection]) {
    out = replaceAt(out, site.path, (id) => (typeof id === 'string' ? { id, collection: site.collection } : id));
  }
  return out;
}
