/**
 * The one definition of what an article, actor, place, outlet and event is.
 *
 * `src/content.config.ts` builds Astro's collections from these factories with Astro's typed
 * `reference()`, so an unknown id stops the build; the content checker (`scripts/check-content.ts`)
 * builds the same schemas with a plain id check, so both report the same rules. Nothing else may
 * restate a field.
 */
import { z } from 'astro/zod';
import { dateSpecProblems, PARTIAL_DATE_EXPECTED } from '../dates/dates.ts';

/** Collections that other entries refer to by id. */
export type Collection = 'articles' | 'actors' | 'places' | 'outlets' | 'events';

/**
 * Builds the schema of a reference to an entry of `collection`. Generic so that Astro's
 * `reference()` keeps its `{ collection, id }` type in pages, and the checker's plain id its own.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: Collection) => R;

const nonEmpty = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `required: ${what}` : `expected ${what} as text`) })
    .trim()
    .min(1, { error: `expected ${what}, found an empty string` });

/** A partial ISO date string. YAML turns an unquoted date into a timestamp: we refuse it and say why. */
export const partialDate = z.string({
  error: (iss) =>
    iss.input instanceof Date
      ? `expected ${PARTIAL_DATE_EXPECTED}; YAML read an unquoted date as a timestamp (and rolls impossible days into the next month), so put the date in quotes`
      : `expected ${PARTIAL_DATE_EXPECTED}`,
});

export const confidence = z.enum(['confirmed', 'inferred', 'unknown'], {
  error: 'expected a confidence of "confirmed", "inferred" or "unknown"',
});

/** An ISO 639 language code. */
export const language = z.string().regex(/^[a-z]{2,3}$/, { error: 'expected an ISO 639 language code such as "en"' });

const url = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });

/** When something happened or appeared, at the precision that is known. */
export const when = z
  .strictObject({
    date: partialDate.optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    approximate: z.boolean().default(false),
    confidence,
    note: nonEmpty('a note').optional(),
  })
  .superRefine((spec, ctx) => {
    for (const [path, message] of dateSpecProblems(spec)) ctx.addIssue({ code: 'custom', path: [path], message });
  });

export const slug = z
  .string({ error: 'required: slug, the article\'s fixed URL name' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a slug of lower-case letters, digits and single hyphens' });

/** The article's frontmatter. Its body is the source text; see `src/lib/content/body.ts`. */
export function articleSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  const removed = z.strictObject({
    text: z.string().min(1, { error: 'expected the removed text exactly as it stands in the raw source' }),
    context: nonEmpty('raw text around the removed text').optional(),
    replacement: z.string().default(''),
    reason: nonEmpty('the reason for the removal'),
  });
  return z.strictObject({
    slug,
    title: nonEmpty('the title as first published'),
    collectedTitle: nonEmpty('the title the collected copy carries').optional(),
    standfirst: nonEmpty('the standfirst').optional(),
    series: z.strictObject({ name: nonEmpty('the series name'), confidence }).optional(),
    published: when,
    dateline: z.strictObject({ place: nonEmpty('the dateline place'), date: partialDate.optional(), text: nonEmpty('the dateline as printed') }).optional(),
    authors: z.array(z.strictObject({ name: nonEmpty('the author\'s name'), confidence })),
    signature: nonEmpty('the sign-off of an unsigned piece').optional(),
    outlet: z.strictObject({ id: ref('outlets'), confidence, url: url.nullable(), note: nonEmpty('a note').optional() }),
    links: z.array(z.strictObject({ label: nonEmpty('the link text'), url })).default([]),
    collected: z.strictObject({
      outlet: ref('outlets').nullable(),
      url: url.nullable(),
      note: nonEmpty('a note').optional(),
    }),
    translations: z.array(z.strictObject({ by: ref('outlets').nullable(), from: language, to: language, confidence })).default([]),
    language: z.strictObject({ original: language, archived: language, confidence, note: nonEmpty('a note').optional() }),
    actors: z.array(ref('actors')).min(1, { error: 'expected at least one actor id' }),
    places: z.array(ref('places')).default([]),
    source: z.strictObject({
      file: z.string().regex(/^[\w.-]+\.txt$/, { error: 'expected the capture\'s file name in content/sources/, such as "000_e396179b94566197.txt"' }),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected the capture\'s SHA-256 as 64 lower-case hexadecimal digits' }),
    }),
    removed: z.array(removed),
    sourceErrors: z
      .array(z.strictObject({ text: nonEmpty('the erroneous text as published'), where: z.union([z.literal('title'), z.literal('standfirst'), z.int().positive()]), note: nonEmpty('the editorial comment') }))
      .default([]),
    notes: z.array(nonEmpty('an editorial note')).default([]),
  });
}

export const actorTypes = ['person', 'state', 'organisation', 'media'] as const;

// ── Names in other scripts and transliterations (issue 10: search) ──────────────────────────
/** Writing systems a registered name form may be in (ISO 15924). */
export const scripts = ['Cyrl', 'Latn'] as const;

/** One attested way of writing an actor's or a place's name, outside the texts' own spellings. */
export const nameForm = z.strictObject({
  /** The name as the attesting page writes it (minus stress marks), e.g. "Қасым-Жомарт Тоқаев". */
  form: nonEmpty('the name form'),
  /** Its script, ISO 15924: "Cyrl" or "Latn". */
  script: z.enum(scripts, { error: `expected a script code, one of ${scripts.join(', ')}` }),
  /** The language it is a form in, ISO 639 ("kk", "ru", "be", "uk", "en"). */
  language,
  /** What kind of form it is: "native", "Russian spelling", "Kazakh Latin", "Russian-style (-aev)"… */
  system: nonEmpty('the writing system or transliteration scheme'),
  /** The address of the stored public page that attests the form (never from memory). */
  source: url,
}).superRefine((n, ctx) => {
  // The script must be the one the form is written in, or the entity page would file it wrongly.
  const cyrillic = /\p{Script=Cyrillic}/u.test(n.form);
  const wrong = (message: string) => ctx.addIssue({ code: 'custom', path: ['script'], message });
  if (n.script === 'Cyrl' && !cyrillic) wrong(`expected "Latn" for "${n.form}", which has no Cyrillic letter`);
  if (n.script === 'Latn' && cyrillic) wrong(`expected "Cyrl" for "${n.form}", which has Cyrillic letters`);
});
export type NameForm = z.infer<typeof nameForm>;
/** The `names` field of actors and places: search connects every form; the entity page lists them by script. */
const names = z.array(nameForm).default([]);
// ── end of names block ───────────────────────────────────────────────────────────────────────

/** An actor: a person, state, organisation or outlet that the texts discuss. */
export const actorSchema = z.strictObject({
  name: nonEmpty('the canonical name'),
  type: z.enum(actorTypes, { error: `expected one of ${actorTypes.join(', ')}` }),
  spellings: z.array(nonEmpty('a spelling')).default([]),
  description: nonEmpty('a one-line description'),
  names,
});

/** A place the texts name, with the spellings search must connect. */
export const placeSchema = z.strictObject({
  name: nonEmpty('the canonical name'),
  spellings: z.array(nonEmpty('a spelling')).default([]),
  description: nonEmpty('a one-line description'),
  names,
});

/** An outlet that published, translated or republished a piece. */
export const outletSchema = z.strictObject({
  name: nonEmpty('the outlet\'s name'),
  url: url.nullable(),
  kind: z.enum(['blog', 'news agency', 'newsletter', 'newspaper', 'republisher', 'translation service']),
  description: nonEmpty('a one-line description'),
});

/** A dated event the texts report or rely on, with the paragraphs that do. */
export function eventSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z.strictObject({
    title: nonEmpty('a title'),
    when,
    description: nonEmpty('a short editorial description'),
    actors: z.array(ref('actors')).default([]),
    places: z.array(ref('places')).default([]),
    confidence,
    sources: z
      .array(z.strictObject({ article: ref('articles'), paragraphs: z.array(z.int().positive()).min(1, { error: 'expected at least one paragraph number' }) }))
      .min(1, { error: 'expected at least one source article' }),
    note: nonEmpty('a note').optional(),
  });
}
