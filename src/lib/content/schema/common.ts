/**
 * Field types every collection shares: text, dates at their known precision, confidences,
 * languages, URLs and references.
 *
 * Every message in the schema is what was expected, in an editor's words; the reader
 * (`../read.ts`) says what was found from the value itself, and custom checks carry both as
 * `params`, so no message is ever parsed back.
 */
import { z } from 'zod';
import { bounds, checkPartialDate, dateSpecProblems, PARTIAL_DATE_EXPECTED } from '../../dates/dates.ts';

/** Collections that other entries refer to by id. */
export type Collection = 'articles' | 'actors' | 'places' | 'outlets' | 'events';

/**
 * Builds the schema of a reference to an entry of `collection`. Generic so that Astro's
 * `reference()` keeps its `{ collection, id }` type in pages, and the reader's plain id its own.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: Collection) => R;

/** How long a text field may be, in characters, by what it is. */
export const LIMITS = {
  /** A title, a name, a label: one line a reader takes in at a glance. */
  line: 300,
  /** A description, a note, a standfirst: a paragraph or a few. */
  paragraph: 4000,
  /** Text quoted from a capture (a removal, its context). */
  quote: 20_000,
} as const;

export interface TextRules {
  /** Whether line breaks (and tabs) may stand in the text; titles and names are one line. */
  readonly lines?: 'one' | 'many';
  /** The most characters allowed (LIMITS). */
  readonly max?: number;
}

/** Any character {@link textProblem} may refuse whatever the field: controls other than tab and line feed, noncharacters, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/;

/**
 * What a text field must not hold, or undefined. C0 controls (and DEL) are invisible and break the
 * downloads (a NUL ends a C string, a line break splits a RIS record); U+FFFE and U+FFFF are not
 * characters; the bidi embeddings and overrides (U+202A–U+202E) can make a text display other than
 * it reads, while the isolates (U+2066–U+2069) that replace them are allowed when closed.
 */
export function textProblem(value: string, rules: TextRules = {}): { found: string; expected: string; at?: number } | undefined {
  const many = rules.lines === 'many';
  // Most text has none of these: the scan below, which names the character and its place, runs only
  // when a quick test finds one (every article's body passes through here on every build).
  const suspect = SUSPECT.test(value) || (!many && /[\t\n\r]/.test(value));
  let isolates = 0;
  let index = 0;
  for (const ch of suspect ? value : '') {
    index += 1;
    const code = ch.codePointAt(0) ?? 0;
    const at = `U+${code.toString(16).toUpperCase().padStart(4, '0')} at character ${index}`;
    if (code === 0x0a || code === 0x0d || code === 0x09) {
      if (many && code !== 0x0d) continue;
      if (!many) {
        const what = code === 0x09 ? 'a tab' : 'a line break';
        return { found: `${what} (${at})`, expected: 'one line of text: put a space in place of the line break or tab', at: index };
      }
    }
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
      return {
        found: `a control character (${at})`,
        expected: 'text without control characters (delete the invisible character)',
        at: index,
      };
    }
    if (code === 0xfffe || code === 0xffff) return { found: `a noncharacter (${at})`, expected: 'text made of characters', at: index };
    if (code >= 0x202a && code <= 0x202e) {
      return {
        found: `a bidirectional embedding or override (${at})`,
        expected: 'text without U+202A–U+202E (to mark a direction, wrap the words in an isolate U+2066–U+2068 … U+2069)',
        at: index,
      };
    }
    if (code >= 0x2066 && code <= 0x2068) isolates += 1;
    if (code === 0x2069 && --isolates < 0)
      return { found: `a closing isolate with none open (${at})`, expected: 'isolates in pairs', at: index };
  }
  if (isolates > 0) return { found: 'a directional isolate never closed (U+2069 missing)', expected: 'isolates in pairs' };
  const length = rules.max !== undefined && value.length > rules.max ? [...value].length : 0;
  if (rules.max !== undefined && length > rules.max) {
    return {
      found: `${length.toLocaleString('en')} characters`,
      expected: `at most ${rules.max.toLocaleString('en')} characters (${rules.lines === 'many' ? 'a few paragraphs' : 'one line'})`,
    };
  }
  return undefined;
}

/** Adds the text rules to a string schema, as a custom issue whose params say what was found and expected. */
export function checkedText<S extends z.ZodType<string>>(schema: S, rules: TextRules) {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, rules);
    if (problem !== undefined)
      ctx.addIssue({ code: 'custom', message: problem.expected, params: { found: problem.found, expected: problem.expected } });
  });
}

/**
 * Text that must not be empty; `what` says what it is. One line of at most LIMITS.line characters
 * unless `rules` say otherwise.
 */
export const nonEmpty = (what: string, rules: TextRules = {}) =>
  checkedText(
    z
      .string({ error: (iss) => (iss.input === undefined ? what : `${what}, as text`) })
      .trim()
      .min(1, { error: what }),
    { lines: rules.lines ?? 'one', max: rules.max ?? (rules.lines === 'many' ? LIMITS.paragraph : LIMITS.line) },
  );

/** Several lines of text (a description, a note, a standfirst) that must not be empty. */
export const paragraphs = (what: string) => nonEmpty(what, { lines: 'many' });

/** A partial ISO date string. YAML turns an unquoted date into a timestamp: we refuse it and say why. */
export const partialDate = z.string({
  error: (iss) =>
    iss.input instanceof Date
      ? `${PARTIAL_DATE_EXPECTED}: put the date in quotes ` +
        '(YAML reads an unquoted date as a timestamp and rolls impossible days into the next month)'
      : PARTIAL_DATE_EXPECTED,
});

/** A partial date on its own (not in a `when`, whose spec is checked whole): a real date of the precision written. */
export const checkedDate = partialDate.superRefine((iso, ctx) => {
  const parsed = checkPartialDate(iso);
  if ('found' in parsed) ctx.addIssue({ code: 'custom', message: parsed.expected, params: parsed });
});

/** How sure the archive is of a fact: stated by the source, inferred by the editor, or unknown. */
export const confidence = z.enum(['confirmed', 'inferred', 'unknown'], {
  error: 'a confidence of "confirmed", "inferred" or "unknown"',
});

/** An ISO 639 language code. */
export const language = z.string().regex(/^[a-z]{2,3}$/, { error: 'an ISO 639 language code such as "en"' });

/** An absolute web address. */
export const url = z
  .url({ protocol: /^https?$/, error: 'an absolute http(s) URL' })
  .max(2000, { error: 'an absolute http(s) URL of at most 2,000 characters' });

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
    note: paragraphs('a note').optional(),
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
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a slug of lower-case letters, digits and single hyphens' })
  .max(120, { error: 'a slug of at most 120 characters (it is a folder name and part of every address of the article)' });

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
