/** An article: its frontmatter. Its body is the source text; see `../body.ts`. */
import { z } from 'zod';
import {
  checkedDate,
  checkedText,
  confidence,
  language,
  LIMITS,
  nonEmpty,
  paragraphs,
  partialDate,
  type RefFactory,
  slug,
  url,
  when,
  whenUpToToday,
} from './common.ts';

/**
 * What kind of item an article is, as reference managers and citation formats name it: every
 * channel (the page's tags, RIS, BibTeX, CSL) derives its own type from this one value
 * (src/lib/citation/item-type.ts).
 */
export const articleTypes = ['newspaper-article', 'news-site-article', 'blog-post', 'newsletter-issue'] as const;
export type ArticleType = (typeof articleTypes)[number];

/** A piece of debris taken out of the capture. */
const removed = z.strictObject({
  /** The removed text exactly as it stands in the capture. */
  text: checkedText(z.string().min(1, { error: 'the removed text exactly as it stands in the raw source' }), {
    lines: 'many',
    max: LIMITS.quote,
  }),
  /** Capture text around it, when the text alone stands more than once. */
  context: nonEmpty('raw text around the removed text', { lines: 'many', max: LIMITS.quote }).optional(),
  /** What takes its place (a space for words run together); nothing by default. */
  replacement: checkedText(z.string(), { lines: 'many', max: LIMITS.line }).default(''),
  /** Why it is debris, in words a reader can check. */
  reason: paragraphs('the reason for the removal'),
});
/** An error of the source, kept as published and commented apart from the text. */
const sourceError = z.strictObject({
  /** The erroneous text exactly as published. */
  text: nonEmpty('the erroneous text as published', { max: LIMITS.paragraph }),
  /** Where it stands: the title, the standfirst, or a paragraph number. */
  where: z.union([z.literal('title'), z.literal('standfirst'), z.int().positive()], {
    error: '"title", "standfirst" or a paragraph number',
  }),
  /** The editorial comment. */
  note: paragraphs('the editorial comment'),
});

/** Where the archived copy was collected from: the outlet, the address, the day and a checked snapshot. */
function collectedSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z.strictObject({
    outlet: ref('outlets').nullable(),
    url: url.nullable(),
    /**
     * When the copy was collected, at the precision the evidence gives (a span between what bounds
     * it when no day was recorded); absent when nothing bounds it: the pages then say "unknown".
     */
    date: whenUpToToday.optional(),
    /**
     * The address of a web archive's snapshot of the collected copy that an editor opened and
     * checked against the capture, with the snapshot's day; absent when none was checked.
     */
    snapshot: z.strictObject({ url, date: partialDate, checked: paragraphs('who checked it and what was compared') }).optional(),
    note: paragraphs('a note').optional(),
  });
}

/** The article's frontmatter, with references built by `ref` (Astro's `reference()` or the reader's plain ids). */
export function articleSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z.strictObject({
    /** The fixed URL name: `/articles/<slug>/`. Editing the title never moves the page. */
    slug,
    /** The title as first published. */
    title: nonEmpty('the title as first published'),
    /** The kind of item it is, for citations and reference managers. */
    type: z.enum(articleTypes, { error: `the kind of item: one of ${articleTypes.join(', ')}` }),
    /** The title the collected copy carries, where it differs. */
    collectedTitle: nonEmpty('the title the collected copy carries').optional(),
    /** The piece's own summary under the title, as published (lines kept). */
    standfirst: paragraphs('the standfirst').optional(),
    /** The series or newsletter the piece appeared in. */
    series: z.strictObject({ name: nonEmpty('the series name'), confidence }).optional(),
    /** When the piece was first published, at the precision known. */
    published: when,
    /** The dateline as printed, with its place and date. */
    dateline: z
      .strictObject({ place: nonEmpty('the dateline place'), date: checkedDate.optional(), text: nonEmpty('the dateline as printed') })
      .optional(),
    /** The authors, each with how sure the attribution is; empty for an unsigned piece. */
    authors: z.array(z.strictObject({ name: nonEmpty("the author's name"), confidence })),
    /** The sign-off of an unsigned piece ("Editor TLN"). */
    signature: nonEmpty('the sign-off of an unsigned piece').optional(),
    /** Who first published it, where, and how sure that is. */
    outlet: z.strictObject({ id: ref('outlets'), confidence, url: url.nullable(), note: paragraphs('a note').optional() }),
    /** Related addresses the archive shows (the original's other versions, sources it cites). */
    links: z.array(z.strictObject({ label: nonEmpty('the link text'), url })).default([]),
    /** Where the archived copy was collected from. */
    collected: collectedSchema(ref),
    /** The translation path, in order: who translated from which language into which. */
    translations: z.array(z.strictObject({ by: ref('outlets').nullable(), from: language, to: language, confidence })).default([]),
    /** The language first published in and the language archived. */
    language: z.strictObject({ original: language, archived: language, confidence, note: paragraphs('a note').optional() }),
    /** The actors the piece discusses (ids in content/actors/). */
    actors: z.array(ref('actors')).min(1, { error: 'at least one actor id' }),
    /** The places it discusses (ids in content/places/). */
    places: z.array(ref('places')).default([]),
    /** The capture this text was archived from: its file in content/sources/ and its SHA-256. */
    source: z.strictObject({
      file: z
        .string()
        .regex(/^[\w.-]+\.txt$/, { error: 'the capture\'s file name in content/sources/, such as "000_e396179b94566197.txt"' }),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "the capture's SHA-256 as 64 lower-case hexadecimal digits" }),
    }),
    /** Every piece of debris taken out of the capture, with why. */
    removed: z.array(removed),
    /** Errors of the source, kept as published. */
    sourceErrors: z.array(sourceError).default([]),
    /** Editorial notes, shown apart from the text. */
    notes: z.array(paragraphs('an editorial note')).default([]),
  });
}
