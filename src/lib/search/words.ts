/**
 * What the search scripts say, in the page's language: the page gives them its dictionary's
 * "searchJs." strings, the month names and the glossary terms' names as one JSON block
 * (src/lib/search/words-of.ts makes it; src/components/pages/Search.astro writes it), so a script
 * carries no dictionary of its own and a Russian page's script writes Russian. The strings are filled
 * as the pages fill theirs (src/lib/i18n/fill.ts), plurals by the language's CLDR rules.
 */
import type { Key, PluralForms } from '../i18n/dictionaries/en.ts';
import { fill, pieces, pluralForm, type Vars } from '../i18n/fill.ts';
import { isLang, type Lang } from '../i18n/langs.ts';
import type { ShownName } from '../i18n/names.ts';

/** The prefix of the dictionary keys the search scripts use; the page gives them every key with it, and only those. */
export const SEARCH_KEY_PREFIX = 'searchJs.';

/** A dictionary key of the search scripts. */
export type SearchKey = Extract<Key, `searchJs.${string}`>;

/** What the page gives its search scripts. */
export interface SearchWords {
  readonly lang: Lang;
  readonly strings: Readonly<Partial<Record<SearchKey, string | PluralForms>>>;
  /** The months' names as a month and year read ("January", "январь", "қаңтар"), January first. */
  readonly months: readonly string[];
  /** Each glossary term's name in the page's language, by the term's id. */
  readonly glossary: Readonly<Record<string, string>>;
  /**
   * The labels of the facet values that read otherwise in the page's language, by facet and value
   * (src/lib/search/facet-labels.ts makes them; only the search page has them).
   */
  readonly labels?: FacetLabels;
}

/** A facet value's label: its text in the page's language, or its text and the language it is in. */
export type FacetLabel = string | readonly [text: string, lang: Lang];

/** Facet value labels, by facet and by the value the index holds. */
export type FacetLabels = Readonly<Record<string, Readonly<Record<string, FacetLabel>>>>;

/** A string of the search scripts with its placeholders filled. */
export type Say = (key: SearchKey, vars?: Vars) => string;

/** A part of a said sentence: its text, or the name of a placeholder to put an element in. */
export type SaidPart = string | { readonly slot: string };

/** The search scripts' lookup for one page's words. */
export interface Speaker {
  readonly lang: Lang;
  readonly say: Say;
  /** The sentence of `key` cut at the placeholders named in `slots`, each left for an element; the others filled from `vars`. */
  readonly parts: (key: SearchKey, vars: Vars, slots: readonly string[]) => SaidPart[];
  /** "January 2022", "январь 2022", "2022 жылғы қаңтар", from a month number (year × 12 + month − 1). */
  readonly month: (m: number) => string;
  /** A glossary term's name in the page's language. */
  readonly term: (id: string) => string | undefined;
  /**
   * A facet value's label: from the page's table, else the value itself, which the index holds in
   * English; the value is what the form and the address carry either way.
   */
  readonly label: (facet: string, value: string) => ShownName;
}

const entryOf = (words: SearchWords, key: SearchKey): string | PluralForms => {
  const entry = words.strings[key];
  if (entry === undefined) throw new Error(`The search page gave its script no string "${key}"`);
  return entry;
};

/** The lookup of `words`. */
export function speaker(words: SearchWords): Speaker {
  const say: Say = (key, vars) => fill(words.lang, key, entryOf(words, key), vars);
  return {
    lang: words.lang,
    say,
    parts(key, vars, slots) {
      const parts = pieces(pluralForm(words.lang, key, entryOf(words, key), vars)).map((piece): SaidPart => {
        if (typeof piece === 'string') return piece;
        if (slots.includes(piece.name)) return { slot: piece.name };
        const value = vars[piece.name];
        if (value === undefined) throw new Error(`The search string "${key}" (${words.lang}) needs a value for {${piece.name}}`);
        return String(value);
      });
      return parts.filter((p) => p !== '');
    },
    month: (m) => say('searchJs.monthYear', { month: words.months[m % 12] ?? '', year: Math.floor(m / 12) }),
    term: (id) => words.glossary[id],
    label(facet, value) {
      const label = words.labels?.[facet]?.[value];
      if (label === undefined) return { text: value, lang: 'en' };
      return typeof label === 'string' ? { text: label, lang: words.lang } : { text: label[0], lang: label[1] };
    },
  };
}

/** Names joined as the page's language joins them: "A, B and C", "А, Б и В", "А, Б және В". */
export function listIn(sp: Speaker, names: readonly string[]): string {
  return listPartsIn(sp, names).join('');
}

/** Items joined as the page's language joins them ("A, B и C"), each item kept apart (to be marked with its language). */
export function listPartsIn<T>(sp: Speaker, items: readonly T[]): Array<T | string> {
  return items.flatMap((item, i) => [...(i === 0 ? [] : i === items.length - 1 ? [` ${sp.say('searchJs.and')} `] : [', ']), item]);
}

/** The words file of the header's search on a page in `lang` (any other value reads as English). */
export function wordsFile(base: string, lang: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}search/words/${isLang(lang) ? lang : 'en'}.json`;
}

/** The id of the JSON block the search page gives its scripts. */
export const WORDS_ELEMENT = 'search-words';

/** Reads the page's words block; a page without one, or with one that is not what words-of.ts writes, is an error. */
export function readWords(text: string | null | undefined): SearchWords {
  if (text === null || text === undefined) throw new Error(`The page has no #${WORDS_ELEMENT} block for its search script`);
  const data = JSON.parse(text) as Partial<SearchWords>;
  if (!isLang(data.lang) || typeof data.strings !== 'object' || !Array.isArray(data.months) || data.months.length !== 12)
    throw new Error(`The page's #${WORDS_ELEMENT} block is not a search script's words (lang, strings, 12 months, glossary)`);
  const { labels } = data;
  if (labels !== undefined && !isLabels(labels))
    throw new Error(
      `The page's #${WORDS_ELEMENT} block has labels that are not a table of facet, value and label (text or [text, language])`,
    );
  return { lang: data.lang, strings: data.strings ?? {}, months: data.months, glossary: data.glossary ?? {}, ...(labels && { labels }) };
}

/** Whether a words block's `labels` is what facet-labels.ts writes: by facet, by value, a text or [text, language]. */
function isLabels(labels: unknown): labels is FacetLabels {
  if (typeof labels !== 'object' || labels === null) return false;
  return Object.values(labels).every(
    (facet) =>
      typeof facet === 'object' &&
      facet !== null &&
      Object.values(facet).every(
        (l: unknown) => typeof l === 'string' || (Array.isArray(l) && typeof l[0] === 'string' && isLang(l[1]) && l.length === 2),
      ),
  );
}
