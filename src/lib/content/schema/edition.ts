/**
 * One edition of the archive (`content/editions/<N>.yaml`): when it was released, what it added and
 * every correction of a fact it made. The last edition is the archive's current one; the reader
 * (`../publication.ts`) checks that the numbers run 1, 2, 3 … with their file names, that no date is
 * after today, and that every correction names an entry and field that exist.
 */
import { z } from 'zod';
import { paragraphs, slug } from './common.ts';

/** The collections a correction may name, as the folder under `content/`. */
export const CORRECTABLE = ['articles', 'events', 'actors', 'places', 'outlets'] as const;

/** Any YAML value; a key written with nothing after it (`old:`) reads as null, which means "did not exist". */
const anyValue = z.unknown().transform((v) => v ?? null);

export const correctionSchema = z.strictObject({
  /** The corrected entry: `<collection>/<id>` (an article by its id or slug), e.g. `events/2022-01-10-geneva-security-talks`. */
  entry: z
    .string({ error: 'the corrected entry as "<collection>/<id>", as text' })
    .regex(new RegExp(`^(${CORRECTABLE.join('|')})/[a-z0-9][a-z0-9-]*$`), {
      error: `the corrected entry as "<collection>/<id>", the collection one of ${CORRECTABLE.join(', ')}`,
    }),
  /** The dotted path of the field in the entry as stored in content/ (list items by index): `sources.0.inferred`. */
  field: z
    .string({ error: 'the dotted path of the corrected field, as text' })
    .regex(/^[A-Za-z_][\w]*(?:\.(?:\d+|[A-Za-z_]\w*))*$/, { error: 'a dotted path such as "sources.0.inferred"' }),
  /** The value before; null when the field did not exist. */
  old: anyValue,
  /** The value after; null when the field was removed. */
  new: anyValue,
  /** What was wrong, and the evidence. */
  why: paragraphs('what was wrong and the evidence'),
});

export const editionSchema = z.strictObject({
  /** The edition's number: 1 for the first, one more than the previous file's for each after it. */
  edition: z.int({ error: 'the edition number, a whole number' }).min(1, { error: 'an edition number of 1 or more' }),
  /** The day of release, ISO, quoted. */
  date: z.iso.date({ error: 'the day of release as a quoted ISO date, e.g. "2026-12-07"' }),
  /** One sentence on what the edition changed. */
  summary: paragraphs('one sentence on what the edition changed'),
  /** The slugs of the articles first published in this edition. */
  added: z.array(slug, { error: 'a list of article slugs' }).default([]),
  /** Every correction of a fact, one item each. */
  corrections: z.array(correctionSchema, { error: 'a list of corrections' }).default([]),
});

export type EditionData = z.output<typeof editionSchema>;
export type Correction = z.output<typeof correctionSchema>;
