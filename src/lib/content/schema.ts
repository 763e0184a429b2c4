/**
 * The one definition of what an article, actor, place, outlet and event is.
 *
 * `src/content.config.ts` builds Astro's collections from these factories with Astro's typed
 * `reference()`, so an unknown id stops the build; the content checker (`scripts/check-content.ts`)
 * builds the same schemas with a plain id check, so both report the same rules. Nothing else may
 * restate a field.
 */
import { z } from 'zod';
import { dateSpecProblems, PARTIAL_DATE_EXPECTED } from '../dates/dates.ts';

/** Collections that other entries refer to by id. */
export type Collection = 'articles' | 'actors' | 'places' | 'outlets' | 'events';

/**
 * Builds the schema of a reference to an entry of `collection`. Generic so that Astro's
 * `reference()` keeps its `{ collection, id }` type in pages, and the checker's plain id its own.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: Collection) => R;

/**
 * Every message in this schema is what was expected, in an editor's words; the reader
 * (`read.ts`) says what was found from the value itself, and custom checks carry both as
 * `params`, so no message is ever parsed back.
 */
const nonEmpty = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? what : `${what}, as text`) })
    .trim()
    .min(1, { error: what });

/** A partial ISO date string. YAML turns an unquoted date into a timestamp: we refuse it and say why. */
export const partialDate = z.string({
  error: (iss) =>
    iss.input instanceof Date
      ? `${PARTIAL_DATE_EXPECTED}: put the date in quotes (YAML reads an unquoted date as a timestamp and rolls impossible days into the next month)`
      : PARTIAL_DATE_EXPECTED,
});

export const confidence = z.enum(['confirmed', 'inferred', 'unknown'], {
  error: 'a confidence of "confirmed", "inferred" or "unknown"',
});

/** An ISO 639 language code. */
export const language = z.string().regex(/^[a-z]{2,3}$/, { error: 'an ISO 639 language code such as "en"' });

const url = z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' });

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
    for (const { field, found, expected } of dateSpecProblems(spec)) ctx.addIssue({ code: 'custom', path: [field], message: expected, params: { found, expected } });
  });

export const slug = z
  .string({ error: 'the article\'s fixed URL name (slug), as text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a slug of lower-case letters, digits and single hyphens' });

/** The article's frontmatter. Its body is the source text; see `src/lib/content/body.ts`. */
export function articleSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  const removed = z.strictObject({
    text: z.string().min(1, { error: 'the removed text exactly as it stands in the raw source' }),
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
    actors: z.array(ref('actors')).min(1, { error: 'at least one actor id' }),
    places: z.array(ref('places')).default([]),
    source: z.strictObject({
      file: z.string().regex(/^[\w.-]+\.txt$/, { error: 'the capture\'s file name in content/sources/, such as "000_e396179b94566197.txt"' }),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'the capture\'s SHA-256 as 64 lower-case hexadecimal digits' }),
    }),
    removed: z.array(removed),
    sourceErrors: z
      .array(z.strictObject({ text: nonEmpty('the erroneous text as published'), where: z.union([z.literal('title'), z.literal('standfirst'), z.int().positive()], { error: '"title", "standfirst" or a paragraph number' }), note: nonEmpty('the editorial comment') }))
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
  script: z.enum(scripts, { error: `a script code, one of ${scripts.join(', ')}` }),
  /** The language it is a form in, ISO 639 ("kk", "ru", "be", "uk", "en"). */
  language,
  /** What kind of form it is: "native", "Russian spelling", "Kazakh Latin", "Russian-style (-aev)"… */
  system: nonEmpty('the writing system or transliteration scheme'),
  /** The address of the stored public page that attests the form (never from memory). */
  source: url,
}).superRefine((n, ctx) => {
  // The script must be the one the form is written in, or the entity page would file it wrongly.
  const cyrillic = /\p{Script=Cyrillic}/u.test(n.form);
  const wrong = (found: string, expected: string) => ctx.addIssue({ code: 'custom', path: ['script'], message: expected, params: { found, expected } });
  if (n.script === 'Cyrl' && !cyrillic) wrong(`"Cyrl" for "${n.form}", which has no Cyrillic letter`, '"Latn"');
  if (n.script === 'Latn' && cyrillic) wrong(`"Latn" for "${n.form}", which has Cyrillic letters`, '"Cyrl"');
});
export type NameForm = z.infer<typeof nameForm>;
/** The `names` field of actors and places: search connects every form; the entity page lists them by script. */
const names = z.array(nameForm).default([]);
// ── end of names block ───────────────────────────────────────────────────────────────────────

/** An actor: a person, state, organisation or outlet that the texts discuss. */
export const actorSchema = z.strictObject({
  name: nonEmpty('the canonical name'),
  type: z.enum(actorTypes, { error: `one of ${actorTypes.join(', ')}` }),
  spellings: z.array(nonEmpty('a spelling')).default([]),
  description: nonEmpty('a one-line description'),
  names,
});

/** A number of degrees from -limit to limit, for a latitude or longitude (map of places, issue 13). */
const degrees = (what: string, limit: number) =>
  z
    .number({ error: `the ${what} as a number of degrees` })
    .min(-limit, { error: `a ${what} from -${limit} to ${limit}` })
    .max(limit, { error: `a ${what} from -${limit} to ${limit}` });

/** A place the texts name, with the spellings search must connect. */
export const placeSchema = z.strictObject({
  name: nonEmpty('the canonical name'),
  spellings: z.array(nonEmpty('a spelling')).default([]),
  description: nonEmpty('a one-line description'),
  // ---- Map of places (issue 13): where /places/ draws the place. Optional: a place without it is listed, not drawn.
  /** The place's position in WGS 84 degrees, as a stored public page gives it; never typed from memory. */
  coordinates: z
    .strictObject({
      /** Degrees north of the equator, −90 to 90 (south is negative). */
      lat: degrees('latitude', 90),
      /** Degrees east of Greenwich, −180 to 180 (west is negative). */
      lon: degrees('longitude', 180),
      /** For a region drawn as one point: which point stands for it (its capital, the encyclopedia's point), shown to readers. */
      representative: nonEmpty('what the point stands for').optional(),
      /** The address of the public page that gives these coordinates. */
      source: url,
    })
    .optional(),
  // ---- end of map of places
  names,
});

export const outletKinds = ['blog', 'news agency', 'newsletter', 'newspaper', 'republisher', 'translation service'] as const;

/** An outlet that published, translated or republished a piece. */
export const outletSchema = z.strictObject({
  name: nonEmpty('the outlet\'s name'),
  url: url.nullable(),
  kind: z.enum(outletKinds, { error: `one of ${outletKinds.join(', ')}` }),
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
      .array(
        z
          .strictObject({
            article: ref('articles'),
            /** Numbers of the article's paragraphs (`#pN`) that report the event. */
            paragraphs: z.array(z.int().positive()).default([]),
            /** Parts of the article outside its numbered paragraphs that report it: its `standfirst` (`#standfirst`), its `dateline` (`#dateline`). */
            parts: z.array(z.enum(['standfirst', 'dateline'], { error: '"standfirst" or "dateline"' })).default([]),
          })
          .refine((s) => s.paragraphs.length + s.parts.length > 0, { error: 'at least one paragraph number (or a part: standfirst, dateline)', path: ['paragraphs'] }),
      )
      .min(1, { error: 'at least one source article' }),
    note: nonEmpty('a note').optional(),
  });
}
