/**
 * The words an article's or an event's tools write in the browser (src/client/page-tools.ts): the page
 * gives them in its language, raw from the dictionary, as a small JSON (src/components/PageTools.astro);
 * an English page gives none, and the tools take English from the dictionary they bundle. Kept apart from
 * the page-side phrases (./article-words.ts), so the browser's bundle holds no date or name formatting.
 */
import { enTools } from './dictionaries/en-tools.ts';
import { PLACEHOLDER } from './fill.ts';
import type { Lang } from './langs.ts';

/** A key of the tools' words: those of the English dictionary's tools part. */
export type ToolKey = keyof typeof enTools;

/** The dictionary strings the page's tools write, given to them by the page (src/components/PageTools.astro). */
export const TOOL_KEYS = Object.keys(enTools) as ToolKey[];

/** The tools' words in `lang`, raw (placeholders unfilled: the tools fill them). */
export function toolWords(lang: Lang, raw: (lang: Lang, key: ToolKey) => string): Record<ToolKey, string> {
  return Object.fromEntries(TOOL_KEYS.map((k) => [k, raw(lang, k)])) as Record<ToolKey, string>;
}

/** The tools' words as the page gives them (`data-words`), else the English. */
export function wordsOf(json: string | undefined): Record<ToolKey, string> {
  const english: Record<ToolKey, string> = { ...enTools };
  if (json === undefined) return english;
  const given = JSON.parse(json) as Partial<Record<ToolKey, string>>;
  return Object.fromEntries(TOOL_KEYS.map((k) => [k, given[k] ?? english[k]])) as Record<ToolKey, string>;
}

/** A tools' string with its `{name}` placeholders filled (src/lib/i18n/translate.ts's rule, without plurals). */
export function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
}

/** "paragraph 4", "the standfirst": an anchor of the article page for a reader, from the tools' words. */
export function anchorLabel(words: Readonly<Record<ToolKey, string>>, id: string): string {
  const n = /^p([1-9]\d*)$/.exec(id)?.[1];
  if (n !== undefined) return fill(words['tools.paragraph'], { n });
  if (id === 'title' || id === 'standfirst' || id === 'dateline') return words[`tools.anchor.${id}`];
  return id;
}
