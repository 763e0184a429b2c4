/**
 * The interface's words in each language, looked up by key (the dictionaries in ./dictionaries/, English
 * the source of the keys, as in Starlight's translation dictionaries): `{name}` in a string is filled from
 * the variables given, and a string that depends on a count is one form per plural category, chosen by
 * `Intl.PluralRules` for the language (Russian has one/few/many/other, Kazakh one/other).
 *
 * Written here rather than taken from i18next (what Starlight uses): the archive needs only the lookup,
 * `{name}` filling and CLDR plurals, a few lines over the platform's `Intl`, and i18next would add a
 * dependency of its own to every page's build for them.
 */
import { type Dictionary, en, type Key } from './dictionaries/en.ts';
import { fill, pieces, pluralForm, type Vars } from './fill.ts';
import { kk } from './dictionaries/kk.ts';
import { ru } from './dictionaries/ru.ts';
import type { Lang } from './langs.ts';

/** Every language's dictionary, each typed against the English keys (a missing key fails `check:types`). */
export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, ru, kk };

export type { Vars } from './fill.ts';
export { pluralCategory } from './fill.ts';

/** A part of a string with placeholders: literal text, or the name of a placeholder (for a link or element). */
export type Segment = { readonly text: string } | { readonly slot: string };

/** Whether `key` is one of the dictionaries' keys. */
export function isKey(key: string): key is Key {
  return Object.hasOwn(en, key);
}

/** The raw string of `key` in `lang`, its plural form chosen by `vars.count`. */
function raw(lang: Lang, key: Key, vars: Vars | undefined): string {
  return pluralForm(lang, key, DICTIONARIES[lang][key], vars);
}

/** The string of `key` in `lang` with its placeholders filled; a placeholder without a value is an error. */
export function translate(lang: Lang, key: Key, vars?: Vars): string {
  return fill(lang, key, DICTIONARIES[lang][key], vars);
}

/**
 * The string of `key` cut at the placeholders that are not in `vars`, so that a page can put a link or an
 * element (whose words are themselves looked up) where the sentence has it, in each language's order.
 */
export function segments(lang: Lang, key: Key, vars?: Vars): Segment[] {
  const out: Segment[] = [];
  for (const piece of pieces(raw(lang, key, vars))) {
    const value = typeof piece === 'string' ? piece : vars?.[piece.name];
    if (value === undefined && typeof piece !== 'string') {
      out.push({ slot: piece.name });
      continue;
    }
    // Adjacent literal parts joined, so a page renders one text node each.
    const prev = out.at(-1);
    if (prev !== undefined && 'text' in prev) out[out.length - 1] = { text: prev.text + String(value) };
    else out.push({ text: String(value) });
  }
  return out;
}

/** A lookup bound to one language: `const t = useTranslations(lang); t('nav.timeline')`. */
export function useTranslations(lang: Lang) {
  return (key: Key, vars?: Vars) => translate(lang, key, vars);
}
