/**
 * The glossary: concept terms readers search for in their own language ("январские события",
 * "Қаңтар оқиғасы", "Qantar"), each attested like a registered name and connected to what it means
 * in the archive (events, actors, a timeline month). One file per term in `content/glossary/`, read
 * by `../glossary.ts`. A title a person is known by ("Елбасы") is a registered name of that actor
 * (`names` with `kind: title`), not a glossary term: one registry.
 */
import { z } from 'zod';
import { nonEmpty, paragraphs } from './common.ts';
import { nameForm } from './registry.ts';

/** One concept term. */
export const glossaryTerm = z.strictObject({
  /** The term as the archive's English pages would name it ("the January 2022 events"). */
  term: nonEmpty('the term in English'),
  /** What the term stands for in the archive, for the editor who checks its connections. */
  description: paragraphs('what the term means in the archive'),
  /** Its forms in Russian, Kazakh (Cyrillic and Latin where usage has them) and English, each attested by a stored page. */
  names: z.array(nameForm).min(1, { error: 'at least one attested form of the term' }),
  /** The events it means (ids in content/events/). */
  events: z.array(z.string({ error: 'an event id (a file name in content/events/, without .yaml)' })).default([]),
  /** The actors it means (ids in content/actors/). */
  actors: z.array(z.string({ error: 'an actor id (a file name in content/actors/, without .yaml)' })).default([]),
  /** The timeline month it belongs to, "YYYY-MM". */
  month: z
    .string({ error: 'a timeline month as "YYYY-MM", quoted' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a timeline month as "YYYY-MM", quoted' })
    .optional(),
});
export type GlossaryTermData = z.infer<typeof glossaryTerm>;
