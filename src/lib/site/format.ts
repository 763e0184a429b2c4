/**
 * Small text formatters shared by pages, feeds and citations, kept pure so each rule is tested once.
 */

/** Joins names as a reader expects: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The byline of a piece. An unsigned piece says so rather than showing nothing, and keeps its
 * sign-off, because "unsigned" is itself a fact a researcher cites.
 */
export function byline(authors: readonly { name: string }[], signature?: string): string {
  if (authors.length > 0) return joinNames(authors.map((a) => a.name));
  return signature === undefined ? 'Unsigned' : `Unsigned (signed off “${signature}”)`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** Each code's name, asked once: a build asks for the same few codes again and again, and `Intl.DisplayNames#of` is slow. */
const languageNameOf = new Map<string, string>();

/** The English name of an ISO 639 code, from the platform's CLDR data rather than a hand table. */
export function languageName(code: string): string {
  let name = languageNameOf.get(code);
  if (name === undefined) {
    name = languageNames.of(code) ?? code;
    languageNameOf.set(code, name);
  }
  return name;
}

/**
 * The route a text took between languages, "Arabic → Russian → English", from its translation
 * steps; a text never translated is just its language.
 */
export function translationPath(original: string, steps: readonly { from: string; to: string }[]): string {
  const codes = [original, ...steps.map((s) => s.to)];
  return codes.map(languageName).join(' → ');
}

/**
 * How a removed piece of debris is named to readers. A lone "(" or a run of spaces means nothing
 * out of place, so short or blank removals are shown in the raw context they were taken from.
 */
export function removedLabel(removed: { text: string; context?: string | undefined }): string {
  const text = removed.text.trim();
  const context = removed.context?.replace(/[\s\u00a0]+/g, ' ').trim();
  if (text === '') return context ? `extra space in “${context}”` : 'extra space';
  if (text.length <= 3 && context && context !== text) return `“${text}” in “${context}”`;
  return `“${text}”`;
}
