/**
 * A dictionary string made ready to read: its plural form chosen by the count and its `{name}`
 * placeholders filled. Apart from translate.ts, which holds every dictionary, so that a browser script
 * given only the strings its page needs (src/lib/search/words.ts) fills them the same way.
 */
import type { PluralForms } from './dictionaries/en.ts';
import type { Lang } from './langs.ts';

/** The values a string's `{name}` placeholders take; `count` also chooses the plural form. */
export type Vars = Readonly<Record<string, string | number>>;

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const rulesOf = new Map<Lang, Intl.PluralRules>();

/** The plural category of `count` in `lang` (CLDR's, through the platform's `Intl.PluralRules`). */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = rulesOf.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    rulesOf.set(lang, rules);
  }
  return rules.select(count);
}

/** The form of `entry` (the string of `key` in `lang`) that `vars.count` chooses. */
export function pluralForm(lang: Lang, key: string, entry: string | PluralForms, vars: Vars | undefined): string {
  if (typeof entry === 'string') return entry;
  const count = vars?.['count'];
  if (typeof count !== 'number') throw new Error(`The dictionary string "${key}" depends on a count: give it { count: <number> }`);
  const forms = entry as Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  return forms[pluralCategory(lang, count)] ?? forms.other;
}

/** The string of `key` in `lang` with its plural form chosen and its placeholders filled; a placeholder without a value is an error. */
export function fill(lang: Lang, key: string, entry: string | PluralForms, vars?: Vars): string {
  return pluralForm(lang, key, entry, vars).replace(PLACEHOLDER, (_, name: string) => {
    const value = vars?.[name];
    if (value === undefined) throw new Error(`The dictionary string "${key}" (${lang}) needs a value for {${name}}`);
    return String(value);
  });
}

/** A piece of a string cut at its placeholders: literal text (never empty), or a placeholder's name. */
export type Piece = string | { readonly name: string };

/** `text` cut at its `{name}` placeholders, in order: what a page or a script puts an element in is its own choice. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push({ name: match[1] as string });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
