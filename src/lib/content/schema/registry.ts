/**
 * The registry of names: actors and places, with every spelling the texts use and the forms
 * attested in other scripts and transliterations. How names are folded and matched is in
 * `../registry.ts`; this is their shape.
 */
import { z } from 'zod';
import { language, LIMITS, nonEmpty, url } from './common.ts';

export const actorTypes = ['person', 'state', 'organisation', 'media'] as const;

/** Writing systems a registered name form may be in (ISO 15924). */
export const scripts = ['Cyrl', 'Latn'] as const;

/** One attested way of writing an actor's or a place's name, outside the texts' own spellings. */
export const nameForm = z
  .strictObject({
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
  })
  .superRefine((n, ctx) => {
    // The script must be the one the form is written in, or the entity page would file it wrongly.
    const cyrillic = /\p{Script=Cyrillic}/u.test(n.form);
    const wrong = (found: string, expected: string) =>
      ctx.addIssue({ code: 'custom', path: ['script'], message: expected, params: { found, expected } });
    if (n.script === 'Cyrl' && !cyrillic) wrong(`"Cyrl" for "${n.form}", which has no Cyrillic letter`, '"Latn"');
    if (n.script === 'Latn' && cyrillic) wrong(`"Latn" for "${n.form}", which has Cyrillic letters`, '"Cyrl"');
  });
export type NameForm = z.infer<typeof nameForm>;

/** The `names` field of actors and places: search connects every form; the entity page lists them by script. */
const names = z.array(nameForm).default([]);

/** An actor: a person, state, organisation or outlet that the texts discuss. */
export const actorSchema = z.strictObject({
  /** The canonical name, as the archive writes it. */
  name: nonEmpty('the canonical name'),
  /** What kind of actor it is. */
  type: z.enum(actorTypes, { error: `one of ${actorTypes.join(', ')}` }),
  /** Every other spelling the texts use (Tokaev, Kasym-Žomart); each names this entry only. */
  spellings: z.array(nonEmpty('a spelling')).default([]),
  /** A one-line description. */
  description: nonEmpty('a one-line description', { max: LIMITS.paragraph }),
  /** Forms in other scripts and transliterations, each attested. */
  names,
});

/** A number of degrees from -limit to limit, for a latitude or longitude. */
const degrees = (what: string, limit: number) =>
  z
    .number({ error: `the ${what} as a number of degrees` })
    .min(-limit, { error: `a ${what} from -${limit} to ${limit}` })
    .max(limit, { error: `a ${what} from -${limit} to ${limit}` });

/** A place the texts name, with the spellings search must connect. */
export const placeSchema = z.strictObject({
  /** The canonical name, as the archive writes it. */
  name: nonEmpty('the canonical name'),
  /** Every other spelling the texts use (Alma-Ata, Nur-Sultan); each names this entry only. */
  spellings: z.array(nonEmpty('a spelling')).default([]),
  /** A one-line description. */
  description: nonEmpty('a one-line description', { max: LIMITS.paragraph }),
  /** Where /places/ draws the place, in WGS 84 degrees; a place without it is listed, not drawn. */
  coordinates: z
    .strictObject({
      /** Degrees north of the equator, −90 to 90 (south is negative). */
      lat: degrees('latitude', 90),
      /** Degrees east of Greenwich, −180 to 180 (west is negative). */
      lon: degrees('longitude', 180),
      /** For a region drawn as one point: which point stands for it, shown to readers. */
      representative: nonEmpty('what the point stands for').optional(),
      /** The address of the stored public page that gives these coordinates (never from memory). */
      source: url,
    })
    .optional(),
  /** Forms in other scripts and transliterations, each attested. */
  names,
});
