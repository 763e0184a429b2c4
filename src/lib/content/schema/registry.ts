/**
 * The registry of names: actors and places, with every spelling the texts use and the forms
 * attested in other scripts and transliterations. How names are folded and matched is in
 * `../registry.ts`; this is their shape.
 */
import { z } from 'zod';
import { affiliations, kind, typeOfKind } from '../../actors/schema.ts';
import { checked, language, LIMITS, nonEmpty, url } from './common.ts';
import { translations } from './translations.ts';

export { actorKinds, actorTypes } from '../../actors/schema.ts';

/** Writing systems a registered name form may be in (ISO 15924). */
export const scripts = ['Cyrl', 'Latn'] as const;

/** What a registered form is: a way of writing the name itself, or a title the entity is known by. */
export const nameKinds = ['name', 'title'] as const;

/** Each script's letters, for the check that a form's every letter is in the script it is filed under. */
const scriptLetters: Readonly<Record<(typeof scripts)[number], RegExp>> = {
  Cyrl: /\p{Script=Cyrillic}/u,
  Latn: /\p{Script=Latin}/u,
};

/** One attested way of writing an actor's or a place's name, outside the texts' own spellings. */
export const nameForm = z
  .strictObject({
    /** The name as the attesting page writes it (minus stress marks), e.g. "Қасым-Жомарт Тоқаев". */
    form: nonEmpty('the name form'),
    /**
     * "name" (the default): a spelling of the name. "title": a title the entity is known by
     * (Nazarbayev's "Елбасы"); search finds the entity by it, and its page lists it as a title.
     */
    kind: z.enum(nameKinds, { error: `the kind of form, one of ${nameKinds.join(', ')}` }).default('name'),
    /** Its script, ISO 15924: "Cyrl" or "Latn"; every letter of the form is in it. */
    script: z.enum(scripts, { error: `a script code, one of ${scripts.join(', ')}` }),
    /** The language it is a form in, ISO 639 ("kk", "ru", "be", "uk", "en"). */
    language,
    /** The system the form really follows: "native", "Russian spelling", "Kazakh Latin (2021 alphabet)"… */
    system: nonEmpty('the writing system or transliteration scheme'),
    /** The address of the stored public page that attests the form (never from memory). */
    source: url,
    /** What was checked on that page, and when. */
    checked,
    /**
     * The form the archive's pages in this language show as the entry's name (src/lib/i18n/names.ts).
     * Set by an editor, never guessed from `system`: a registered form may be a former name (Алма-Ата)
     * or a romanization, which a page must not show as the name.
     */
    display: z.boolean({ error: 'true or false: whether pages in this language show this form as the name' }).default(false),
  })
  .superRefine((n, ctx) => {
    if (n.display && n.kind !== 'name') {
      const expected = 'display only on a form of kind "name": a title is never shown as the name';
      ctx.addIssue({
        code: 'custom',
        path: ['display'],
        message: expected,
        params: { found: `display on the title "${n.form}"`, expected },
      });
    }
    // Every letter must be in the form's script, or the entity page would file it wrongly and a
    // look-alike letter (Latin "i" in a Cyrillic word) would break search.
    const letters = n.form.match(/\p{L}/gu) ?? [];
    const foreign = [...new Set(letters.filter((l) => !scriptLetters[n.script].test(l)))];
    if (foreign.length > 0) {
      const expected = `a script every letter of the form is in (${n.script} has no ${foreign.map((l) => `"${l}"`).join(', ')})`;
      ctx.addIssue({
        code: 'custom',
        path: ['script'],
        message: expected,
        params: { found: `"${n.script}" for "${n.form}"`, expected },
      });
    }
  });
export type NameForm = z.infer<typeof nameForm>;

/** The `names` field of actors and places: search connects every form; the entity page lists them by script. */
const names = z
  .array(nameForm)
  .default([])
  .superRefine((forms, ctx) => {
    // One shown name per language, or a page would depend on the order of the list.
    const seen = new Map<string, string>();
    forms.forEach((n, i) => {
      if (!n.display) return;
      const first = seen.get(n.language);
      if (first === undefined) seen.set(n.language, n.form);
      else {
        const expected = `at most one form per language with display: true ("${first}" is already shown in ${n.language})`;
        ctx.addIssue({ code: 'custom', path: [i, 'display'], message: expected, params: { found: `"${n.form}"`, expected } });
      }
    });
  });

/**
 * An actor: a person, state, organisation or outlet that the texts discuss. Its coarse `type`
 * (person, state, organisation, media) is derived from its kind, never written.
 */
export const actorSchema = z
  .strictObject({
    /** The canonical name, as the archive writes it. */
    name: nonEmpty('the canonical name'),
    /** What kind of actor it is (src/lib/actors/schema.ts). */
    kind,
    /** For people and bodies: the states they act for, belong to or serve, each attested. */
    affiliations,
    /** Every other spelling the texts use (Tokaev, Kasym-Žomart); each names this entry only. */
    spellings: z.array(nonEmpty('a spelling')).default([]),
    /** A one-line description. */
    description: nonEmpty('a one-line description', { max: LIMITS.paragraph }),
    /** Forms in other scripts and transliterations, each attested. */
    names,
    /** The description in Russian and Kazakh (./translations.ts). */
    translations: translations('actors'),
  })
  .transform((a) => ({ ...a, type: typeOfKind(a.kind) }));

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
      /** What that page says, verbatim, and when it was read; `basis: page` (coordinates-checked.ts). */
      checked,
    })
    .optional(),
  /** Forms in other scripts and transliterations, each attested. */
  names,
  /** The description and the representative point's wording in Russian and Kazakh (./translations.ts). */
  translations: translations('places'),
});
