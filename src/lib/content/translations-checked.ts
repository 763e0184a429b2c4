/**
 * The translations of the archive's editorial text (`translations` of events, actors, places and
 * outlets: `schema/translations.ts`), checked against their English originals, so that a translation
 * carries no fact the English lacks and is written in its language's letters:
 *
 * - a translated field that writes a number the English field does not (`translation-text.ts` says how
 *   numbers are compared), or names a registered actor or place the English field does not (both found by
 *   the registry's one matcher over every spelling and attested form: `searchForms`), is a problem;
 * - in any translated field, a word mixing Cyrillic and Latin letters (a Latin look-alike) is a problem;
 * - in a Kazakh field, a registered Kazakh name written with Russian-keyboard substitutes ("Токаев" for
 *   "Тоқаев"), and a text of more than a few words without any letter of Kazakh (probably Russian), are
 *   problems;
 * - a field the English has and a language's block lacks (or a language without a block) is *missing*:
 *   not a problem (a page shows the English, marked), but listed per language and field by
 *   `npm run check:content` and the build's log, never silently replaced.
 *
 * Names are compared per field, by the entities they name, so that inflecting a registered form
 * (Назарбаева) or leaving a name in its English form is never an error; only a name the English field
 * does not have is. An actor's or place's own names are never extra in its own fields: the page is about
 * it and shows its name, so naming it adds no fact (Kyrgyzstan's "Kyrgyz Republic; named in passing." is
 * "Кыргызская Республика; …" though the English words are not one of its registered spellings).
 */
import type { Problem } from './integrity.ts';
import { describe as quote, formatPath } from './located.ts';
import { compileMatcher, type Matcher } from './matching.ts';
import { registryKey } from './mentions.ts';
import { TRANSLATABLE, TRANSLATED_LANGS, type TranslatableCollection, type TranslatedLang } from './schema/translations.ts';
import { searchForms, type SpelledEntry } from './spellings.ts';
import { addedNumbers, mixedScriptWords, PLAIN_WORDS_LIMIT, probablyRussian, substitutedWords } from './translation-text.ts';

/** An actor or a place as the checks need it: its canonical name and every form search connects. */
export interface NamedEntry {
  readonly id: string;
  readonly data: {
    readonly name: string;
    readonly spellings: SpelledEntry['spellings'];
    readonly names: ReadonlyArray<{ readonly form: string; readonly language: string }>;
  };
}

/** What the checks need of the registry, built once per tree by {@link translationRegistry}. */
export interface TranslationRegistry {
  /** Finds the registered actors and places a text names; undefined when the registry has clashing spellings (reported apart). */
  readonly matcher: Matcher | undefined;
  /** The words of every registered Kazakh form, each with the entry it names (`actors/<id>`). */
  readonly kazakhForms: ReadonlyArray<{ readonly form: string; readonly entry: string }>;
}

/** The registry's actors and places, compiled once for every translation's checks. */
export function translationRegistry(actors: readonly NamedEntry[], places: readonly NamedEntry[]): TranslationRegistry {
  const entries = [
    ...actors.map((e) => ({ key: registryKey('actors', e.id), data: e.data })),
    ...places.map((e) => ({ key: registryKey('places', e.id), data: e.data })),
  ];
  let matcher: Matcher | undefined;
  try {
    matcher = compileMatcher(entries.map((e) => ({ id: e.key, name: e.data.name, spellings: searchForms(e.data) })));
  } catch {
    // Two entries claiming one spelling: registry-checks.ts reports it with both files and lines.
    matcher = undefined;
  }
  const kazakhForms = entries.flatMap((e) => e.data.names.filter((n) => n.language === 'kk').map((n) => ({ form: n.form, entry: e.key })));
  return { matcher, kazakhForms };
}

/** An entry's English original of a translatable field: a place's `representative` stands under its coordinates. */
export function englishOf(collection: TranslatableCollection, field: string, data: unknown): string | undefined {
  const record = (data ?? {}) as Record<string, unknown>;
  const holder = collection === 'places' && field === 'representative' ? (record['coordinates'] ?? {}) : record;
  const value = (holder as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** One translated field, as the checks read it. */
interface Field {
  readonly file: string;
  readonly lang: TranslatedLang;
  readonly field: string;
  readonly english: string;
  readonly text: string;
  /** The registry key of the entry the field belongs to, when it is an actor or a place (`actors/<id>`). */
  readonly self?: string | undefined;
}

/** The registered entities a text names, as a set of registry keys. */
function named(matcher: Matcher, text: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const m of matcher(text)) if (!ids.has(m.id)) ids.set(m.id, m.text);
  return ids;
}

/** The problems of one translated field. */
function fieldProblems(f: Field, registry: TranslationRegistry): Problem[] {
  const problems: Problem[] = [];
  const at = { file: f.file, field: formatPath(['translations', f.lang, f.field]) };
  const added = addedNumbers(f.english, f.text);
  if (added.length > 0) {
    problems.push({
      ...at,
      found: `the number(s) ${added.map((n) => quote(n)).join(', ')}, which the English ${f.field} does not have`,
      expected: `only the numbers of the English ${f.field} (${quoteShort(f.english)}): a translation adds no fact`,
    });
  }
  if (registry.matcher !== undefined) {
    const english = named(registry.matcher, f.english);
    const extra = [...named(registry.matcher, f.text)].filter(([id]) => !english.has(id) && id !== f.self);
    if (extra.length > 0) {
      problems.push({
        ...at,
        found: `${extra.map(([id, text]) => `${quote(text)} (${id})`).join(', ')}, which the English ${f.field} does not name`,
        expected: `only the actors and places the English ${f.field} names: a translation adds no name`,
      });
    }
  }
  for (const { word, latin } of mixedScriptWords(f.text)) {
    problems.push({
      ...at,
      found: `${quote(word)}, a Cyrillic word with the Latin letter(s) ${latin.map((l) => `"${l}"`).join(', ')}`,
      expected: 'each word in one script: the Cyrillic letters that look the same (а, е, о, р, с, х, і …)',
    });
  }
  if (f.lang === 'kk') problems.push(...kazakhProblems(f, registry));
  return problems;
}

/** The Kazakh-only rules: registered Kazakh names with substitutes, and a text that is probably Russian. */
function kazakhProblems(f: Field, registry: TranslationRegistry): Problem[] {
  const problems: Problem[] = [];
  const at = { file: f.file, field: formatPath(['translations', f.lang, f.field]) };
  const entryOf = new Map<string, string>();
  for (const { form, entry } of registry.kazakhForms) for (const word of form.split(/[\s-]+/u)) entryOf.set(word, entry);
  for (const s of substitutedWords(f.text, [...entryOf.keys()])) {
    problems.push({
      ...at,
      found: `${quote(s.written)}, the registered Kazakh "${s.registered}" (${entryOf.get(s.registered)}) written with Russian letters`,
      expected: 'the Kazakh letters (ә ғ қ ң ө ұ ү һ і) of the registered Kazakh form',
    });
  }
  const words = probablyRussian(f.text);
  if (words !== undefined) {
    problems.push({
      ...at,
      found: `${words} Cyrillic words without any of the letters ә ғ қ ң ө ұ ү һ і, which is probably Russian`,
      expected: `Kazakh (a text of more than ${PLAIN_WORDS_LIMIT} words has some of those letters), or no kk ${f.field} at all`,
    });
  }
  return problems;
}

/** The English, shortened for a message. */
function quoteShort(text: string): string {
  const chars = [...text];
  return JSON.stringify(chars.length > 60 ? `${chars.slice(0, 57).join('')}...` : text);
}

/** The translations block of an entry's data as stored, or undefined. */
function blocksOf(data: unknown): Partial<Record<TranslatedLang, Record<string, unknown>>> | undefined {
  const t = data !== null && typeof data === 'object' ? (data as { translations?: unknown }).translations : undefined;
  return t !== null && typeof t === 'object' ? (t as Partial<Record<TranslatedLang, Record<string, unknown>>>) : undefined;
}

/** The problems of every translated field of one validated entry (positions are added by the reader). */
export function translationProblems(
  collection: TranslatableCollection,
  entry: { readonly file: string; readonly data: unknown; readonly id?: string },
  registry: TranslationRegistry,
): Problem[] {
  const blocks = blocksOf(entry.data);
  const self =
    entry.id !== undefined && (collection === 'actors' || collection === 'places') ? registryKey(collection, entry.id) : undefined;
  if (blocks === undefined) return [];
  const problems: Problem[] = [];
  for (const lang of TRANSLATED_LANGS) {
    for (const field of Object.keys(TRANSLATABLE[collection])) {
      const text = blocks[lang]?.[field];
      if (typeof text !== 'string') continue;
      const english = englishOf(collection, field, entry.data);
      if (english === undefined) {
        problems.push({
          file: entry.file,
          field: formatPath(['translations', lang, field]),
          found: `a translation of ${field}, which the entry has no English for`,
          expected: `the English ${field} first (the original every translation is checked against), or no translation`,
        });
        continue;
      }
      problems.push(...fieldProblems({ file: entry.file, lang, field, english, text, self }, registry));
    }
  }
  return problems;
}

/** A field the English has and one language's translation lacks. */
export interface MissingTranslation {
  readonly lang: TranslatedLang;
  /** `<collection>/<id>`. */
  readonly entry: string;
  readonly field: string;
}

/** The fields of one entry whose English has no translation, per language. */
export function missingTranslations(
  collection: TranslatableCollection,
  entry: { readonly id: string; readonly data: unknown },
): MissingTranslation[] {
  const blocks = blocksOf(entry.data);
  const missing: MissingTranslation[] = [];
  for (const lang of TRANSLATED_LANGS) {
    for (const field of Object.keys(TRANSLATABLE[collection])) {
      if (englishOf(collection, field, entry.data) === undefined) continue;
      if (typeof blocks?.[lang]?.[field] !== 'string') missing.push({ lang, entry: `${collection}/${entry.id}`, field });
    }
  }
  return missing;
}

/**
 * The missing translations as the checker and the build print them: per language, a count of fields,
 * then one line per entry with its fields ("ru: 3 field(s) missing", "  events/x: description, note").
 */
export function formatMissing(missing: readonly MissingTranslation[]): string[] {
  const lines: string[] = [];
  for (const lang of TRANSLATED_LANGS) {
    const mine = missing.filter((m) => m.lang === lang);
    if (mine.length === 0) continue;
    lines.push(`${lang}: ${mine.length} field(s) missing`);
    const byEntry = new Map<string, string[]>();
    for (const m of mine) byEntry.set(m.entry, [...(byEntry.get(m.entry) ?? []), m.field]);
    for (const [entry, fields] of byEntry) lines.push(`  ${entry}: ${fields.join(', ')}`);
  }
  return lines;
}

/** The collections whose entries carry translations, as the reader holds them. */
export type TranslatedEntries = Readonly<Record<TranslatableCollection, ReadonlyArray<{ id: string; file: string; data: unknown }>>> & {
  readonly actors: readonly NamedEntry[];
  readonly places: readonly NamedEntry[];
};

/** The reader's translation stage over a whole tree: every translation's problems, and every missing field. */
export function checkTranslations(entries: TranslatedEntries): { problems: Problem[]; missing: MissingTranslation[] } {
  const registry = translationRegistry(entries.actors, entries.places);
  const problems: Problem[] = [];
  const missing: MissingTranslation[] = [];
  for (const collection of Object.keys(TRANSLATABLE) as TranslatableCollection[]) {
    for (const entry of entries[collection]) {
      problems.push(...translationProblems(collection, entry, registry));
      missing.push(...missingTranslations(collection, entry));
    }
  }
  return { problems, missing };
}
