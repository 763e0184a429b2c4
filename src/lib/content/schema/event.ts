/** A dated event the texts report or rely on, with the passages that do. */
import { z } from 'zod';
import { involvement } from '../../involvement/schema.ts';
import { checked, confidence, nonEmpty, paragraphs, type RefFactory, when } from './common.ts';
import { translations } from './translations.ts';

/** The event's fields, with references built by `ref` (Astro's `reference()` or the reader's plain ids). */
export function eventSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  /** One article that reports the event, and where in it. */
  const source = z
    .strictObject({
      /** The article (an id in content/articles/). */
      article: ref('articles'),
      /** Numbers of the article's paragraphs (`#pN`) that report the event. */
      paragraphs: z.array(z.int().positive()).default([]),
      /** Parts outside its numbered paragraphs that report it: its `standfirst` (`#standfirst`), its `dateline` (`#dateline`). */
      parts: z.array(z.enum(['standfirst', 'dateline'], { error: '"standfirst" or "dateline"' })).default([]),
      /**
       * True when the cited passage does not report the event but refers to it, anticipates it or
       * lets it be inferred; the link is then the editor's inference, and `note` says why.
       */
      inferred: z.boolean({ error: 'true or false' }).default(false),
      /** What the cited passage says of the event, required when the link is inferred. */
      note: nonEmpty('a note on what the passage says of the event').optional(),
      /** What was checked in the cited passage, and when. */
      checked,
    })
    .refine((s) => s.paragraphs.length + s.parts.length > 0, {
      error: 'at least one paragraph number (or a part: standfirst, dateline)',
      path: ['paragraphs'],
    })
    .refine((s) => !s.inferred || s.note !== undefined, {
      error: 'a note saying what the passage says of the event, since the link is inferred',
      path: ['note'],
    });
  return z.strictObject({
    /** A short title. */
    title: nonEmpty('a title'),
    /** When it happened, at the precision known. */
    when,
    /** A short editorial description. */
    description: paragraphs('a short editorial description'),
    /** Who took part (ids in content/actors/). */
    actors: z.array(ref('actors')).default([]),
    /** Derived states the event does not involve, each with the editor's reason (src/lib/involvement/schema.ts). */
    involvement,
    /** Where it happened (ids in content/places/). */
    places: z.array(ref('places')).default([]),
    /** How sure the archive is that the event happened as described and that the sources report it. */
    confidence,
    /** The articles that report it. */
    sources: z.array(source).min(1, { error: 'at least one source article' }),
    /** An editorial note. */
    note: paragraphs('a note').optional(),
    /** The title, description and note in Russian and Kazakh (./translations.ts). */
    translations: translations('events'),
  });
}
