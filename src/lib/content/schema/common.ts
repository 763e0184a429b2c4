/**
 * Field types every collection shares: text, dates at their known precision, confidences,
 * languages, URLs and references.
 *
 * Every message in the schema is what was expected, in an editor's words; the reader
 * (`../read.ts`) says what was found from the value itself, and custom checks carry both as
 * `params`, so no message is ever parsed back.
 */
import { z } from 'zod';
import { bounds, dateSpecProblems, PARTIAL_DATE_EXPECTED } from '../../dates/dates.ts';

/** Collections that other entries refer to by id. */
export type Collection = 'articles' | 'actors' | 'places' | 'outlets' | 'events';

/**
 * Builds the schema of a reference to an entry of `collection`. Generic so that Astro's
 * `reference()` keeps its `{ collection, id }` type in pages, and the reader's plain id its own.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: Collection) => R;

/** Text that must not be empty; `what` says what it is. */
export const nonEmpty = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? what : `${what}, as text`) })
    .trim()
    .min(1, { error: what });

/** A partial ISO date string. YAML turns an unquoted date into a timestamp: we refuse it and say why. */
export const partialDate = z.string({
  error: (iss) =>
    iss.input instanceof Date
      ? `${PARTIAL_DATE_EXPECTED}: put the date in quotes ` +
        '(YAML reads an unquoted date as a timestamp and rolls impossible days into the next month)'
      : PARTIAL_DATE_EXPECTED,
});

/** How sure the archive is of a fact: stated by the source, inferred by the editor, or unknown. */
export const confidence = z.enum(['confirmed', 'inferred', 'unknown'], {
  error: 'a confidence of "confirmed", "inferred" or "unknown"',
});

/** An ISO 639 language code. */
export const language = z.string().regex(/^[a-z]{2,3}$/, { error: 'an ISO 639 language code such as "en"' });

/** An absolute web address. */
export const url = z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' });

/** When something happened or appeared, at the precision that is known. */
export const when = z
  .strictObject({
    /** One date: "2022", "2022-06" or "2022-06-17", as precise as known and no more. */
    date: partialDate.optional(),
    /** The start of a span, when the date is known only to lie between two dates. */
    from: partialDate.optional(),
    /** The end of a span. */
    to: partialDate.optional(),
    /** True when even that precision is approximate ("ca."). */
    approximate: z.boolean().default(false),
    /** How sure the date is. */
    confidence,
    /** Why the date is what it is, for a reader who checks it. */
    note: nonEmpty('a note').optional(),
  })
  .superRefine((spec, ctx) => {
    for (const { field, found, expected } of dateSpecProblems(spec)) {
      ctx.addIssue({ code: 'custom', path: [field], message: expected, params: { found, expected } });
    }
  });

/** The kinds of evidence a check rests on: a stored public page that was read, or knowledge alone. */
export const checkBases = ['page', 'knowledge'] as const;

/**
 * What was checked, when, and on what: beside each name form and each event source, so the next
 * reviewer sees what was verified against a page and what rests on knowledge alone.
 */
export const checked = z.strictObject(
  {
    /** The day of the check, as an ISO day. */
    date: z.iso.date({ error: 'the day of the check, as "YYYY-MM-DD" in quotes' }),
    /** "page" when a stored public page (or the cited paragraph) was read; "knowledge" when nothing was. */
    basis: z.enum(checkBases, { error: `the basis of the check, one of ${checkBases.join(', ')}` }),
    /** What the page says, or what was compared. */
    note: nonEmpty('what the page says or what was compared'),
  },
  { error: 'a check record: { date, basis, note }' },
);
export type Checked = z.infer<typeof checked>;

/** An article's fixed URL name. */
export const slug = z
  .string({ error: "the article's fixed URL name (slug), as text" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a slug of lower-case letters, digits and single hyphens' });

/**
 * A `when` that cannot lie after today, such as a collection date. Each of its dates is compared
 * by its earliest possible day, so "2026-12" is accepted on any day of December 2026.
 */
export const whenUpToToday = when.superRefine((spec, ctx) => {
  if (dateSpecProblems(spec).length > 0) return;
  const today = new Date();
  for (const field of ['date', 'from', 'to'] as const) {
    const value = spec[field];
    if (value === undefined) continue;
    if (bounds({ date: value }).start > today) {
      const expected = 'a date no later than today (a copy cannot be collected in the future)';
      ctx.addIssue({ code: 'custom', path: [field], message: expected, params: { found: `"${value}", after today`, expected } });
    }
  }
});
