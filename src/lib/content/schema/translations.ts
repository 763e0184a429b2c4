/**
 * The archive's own editorial text in Russian and Kazakh, beside its English original in the same file:
 *
 * ```yaml
 * description: Kazakhstan's capital is renamed Nur-Sultan …
 * translations:
 *   ru: { status: draft, description: Столица Казахстана переименована в Нур-Султан … }
 *   kk: { status: draft, description: … }
 * ```
 *
 * Only editorial fields are translated (never an archived text, a name, a date or a source); each
 * collection lists which. `status` says whether a native speaker has reviewed the wording, and pages
 * show a draft as one. A field left out is reported as missing by the content checks, not silently
 * replaced; the page then falls back by `src/lib/i18n/editorial.ts`'s rule, marked with its language.
 */
import { z } from 'zod';
import { nonEmpty, paragraphs } from './common.ts';

/** The languages editorial text is translated into; English is the original. */
export const TRANSLATED_LANGS = ['ru', 'kk'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/** Whether a translation's wording has been reviewed by a native speaker of its language. */
export const translationStatuses = ['draft', 'reviewed'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

/** How a translatable field is written: one line (a title) or paragraphs (a description, a note). */
export type FieldShape = 'line' | 'paragraphs';

/** The editorial fields of each collection that may be translated, with their shape. */
export const TRANSLATABLE = {
  events: { title: 'line', description: 'paragraphs', note: 'paragraphs' },
  actors: { description: 'paragraphs' },
  places: { description: 'paragraphs', representative: 'paragraphs' },
  outlets: { description: 'paragraphs' },
} as const satisfies Record<string, Record<string, FieldShape>>;
export type TranslatableCollection = keyof typeof TRANSLATABLE;

/** One language's translations of a collection's fields. */
function block(fields: Record<string, FieldShape>) {
  const shape: Record<string, z.ZodType> = {
    status: z.enum(translationStatuses, { error: `the translation's status, one of ${translationStatuses.join(', ')}` }),
  };
  for (const [field, kind] of Object.entries(fields)) {
    const what = `the translation of ${field}`;
    shape[field] = (kind === 'line' ? nonEmpty(what) : paragraphs(what)).optional();
  }
  return z.strictObject(shape);
}

/** A translations field as the reader stores it. */
export type Translations = Partial<Record<TranslatedLang, { status: TranslationStatus } & Record<string, string | undefined>>>;

/**
 * The `translations` field of a collection's entries: optional, one block per translated language. Typed
 * here as what it lets through: zod types a block built from a field list as `unknown` fields, and every
 * reader of an entry (pages, search, drawings, src/lib/i18n/editorial.ts) should get `Translations`.
 */
export function translations(collection: TranslatableCollection): z.ZodOptional<z.ZodType<NonNullable<Translations>>> {
  const one = block(TRANSLATABLE[collection]);
  return z.strictObject({ ru: one.optional(), kk: one.optional() }).optional() as unknown as z.ZodOptional<
    z.ZodType<NonNullable<Translations>>
  >;
}
