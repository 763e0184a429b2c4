/**
 * APA 7 reference list entries and parenthetical citations.
 *
 * The reference entry is the one citation-js formats with the APA CSL style it bundles
 * (@citation-js/plugin-csl, on citeproc-js), which stays the reference: apa.oracle.test.ts runs both
 * over every combination of the item's parts and expects the same HTML and text. The common shapes
 * are written here by hand because citeproc-js is slow enough, run twice per article page (the
 * citation and its paragraph template), to be most of an article page's build time
 * (scripts/bench/profile.ts finds it; bench/README.md has the figures). Anything outside the shapes tested against it
 * (straight quotes or markup, which citeproc rewrites; name particles; unusual date spans) still
 * goes to citeproc-js.
 */
import { format } from 'date-fns';
import { type DateSpec, mustParse, type PartialDate } from '../dates/dates.ts';
import { archiveUrl, type CitationInput, cite, paragraphText } from './csl.ts';
import { headlineCase, quoted } from './text.ts';
import { inTextAuthors, splitName } from './names.ts';

/** A run of entry text; `i` marks italics. */
type Run = string | { i: string };

/** Escapes text as citeproc-js's HTML output does (numeric references). */
function escapeCsl(s: string): string {
  return s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

const html = (runs: readonly Run[]) => runs.map((r) => (typeof r === 'string' ? escapeCsl(r) : `<i>${escapeCsl(r.i)}</i>`)).join('');
const text = (runs: readonly Run[]) => runs.map((r) => (typeof r === 'string' ? r : r.i)).join('');

/** Whether citeproc-js would rewrite something in the entry (quotes, markup), so it must format it. */
function needsProcessor(input: CitationInput): boolean {
  const strings = [input.title, input.container, input.archive.name, ...input.authors, ...input.translators];
  if (strings.some((s) => /['"<>]/.test(s) || s !== s.trim() || /\s\s/.test(s))) return true;
  // Name particles ("Charles de Gaulle") are moved by citeproc-js; a given name must be capitalised words.
  return input.authors.some((a) => {
    const given = splitName(a).given;
    return given !== undefined && given.split(/[\s-]+/).some((w) => !/^\p{Lu}/u.test(w));
  });
}

/** "P.", "B. H.", "K.-J.", "J. R. R.": a given name's initials. */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${[...part][0]}.`)
        .join('-'),
    )
    .join(' ');
}

/** "Goble, P.", or the family name alone. */
function apaName(name: string): string {
  const { family, given } = splitName(name);
  return given === undefined ? family : `${family}, ${initials(given)}`;
}

/** APA 7's author list: "A, & B"; "A, B, & C" up to 20; the first 19, an ellipsis and the last beyond. */
function authorList(names: readonly string[]): string {
  const all = names.map(apaName);
  if (all.length === 1) return all[0] ?? '';
  if (all.length <= 20) return `${all.slice(0, -1).join(', ')}, & ${all.at(-1)}`;
  return `${all.slice(0, 19).join(', ')}, … ${all.at(-1)}`;
}

/** The translators in the title's brackets: "A", "A & B", "A, B, & C". */
function translatorList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' & ');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

const month = (d: PartialDate) => format(d.start, 'MMMM');
const year = (d: PartialDate) => format(d.start, 'yyyy');

/** "2021, March 5", "2021, March–May", "2020–2021, December 30–January 2"; undefined for a shape left to citeproc-js. */
function apaDate(spec: DateSpec): string | undefined {
  const circa = spec.approximate ? 'ca. ' : '';
  if (spec.date !== undefined) {
    const d = mustParse(spec.date);
    if (d.precision === 'year') return circa + year(d);
    return `${circa}${year(d)}, ${month(d)}${d.precision === 'day' ? ` ${format(d.start, 'd')}` : ''}`;
  }
  const from = mustParse(spec.from ?? '');
  const to = mustParse(spec.to ?? '');
  if (from.precision !== to.precision || from.iso >= to.iso) return undefined;
  const years = year(from) === year(to) ? year(from) : `${year(from)}–${year(to)}`;
  if (from.precision === 'year') return circa + years;
  if (from.precision === 'month') return `${circa}${years}, ${month(from)}–${month(to)}`;
  const sameMonth = years === year(from) && month(from) === month(to);
  const end = sameMonth ? format(to.start, 'd') : `${month(to)} ${format(to.start, 'd')}`;
  return `${circa}${years}, ${month(from)} ${format(from.start, 'd')}–${end}`;
}

/** The entry as runs, or undefined when citeproc-js must format it. */
function entry(input: CitationInput): Run[] | undefined {
  if (needsProcessor(input)) return undefined;
  const date = apaDate(input.published);
  if (date === undefined) return undefined;
  const titled =
    input.translators.length > 0
      ? `${input.title} (${translatorList(input.translators)}, Trans.).`
      : /[.?!]$/.test(input.title)
        ? input.title
        : `${input.title}.`;
  const container: Run[] = [{ i: input.container }, /[.?!]$/.test(input.container) ? ' ' : '. '];
  const archive = `${input.archive.name}. ${archiveUrl(input)}`;
  if (input.authors.length === 0) return [`${titled} (${date}). `, ...container, archive];
  const authors = authorList(input.authors);
  return [`${authors}${authors.endsWith('.') ? '' : '.'} (${date}). ${titled} `, ...container, archive];
}

/** The entry written by hand, or undefined for a shape left to citeproc-js. */
export function apaByHand(input: CitationInput): { readonly text: string; readonly html: string } | undefined {
  const runs = entry(input);
  return runs === undefined ? undefined : { html: html(runs), text: text(runs) };
}

/** An APA 7 reference list entry, as HTML and as text. */
export function apa(input: CitationInput): { readonly text: string; readonly html: string } {
  return apaByHand(input) ?? apaByProcessor(input);
}

/** The entry from citation-js and citeproc-js (the reference; used for the shapes not written above). */
export function apaByProcessor(input: CitationInput): { readonly text: string; readonly html: string } {
  const c = cite(input);
  const wrapped = String(c.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }));
  const htmlEntry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(wrapped)?.[1]?.trim();
  if (htmlEntry === undefined) throw new Error(`citation-js returned no APA entry for ${input.id}`);
  const textEntry = String(c.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
  return { html: htmlEntry, text: textEntry };
}

/**
 * APA 7's parenthetical citation, with "para. N" when a paragraph is cited (APA 7, 8.28: for a
 * text without page numbers, give the paragraph). An unsigned piece is named by its title.
 */
export function apaInText(input: CitationInput): string {
  const authors = inTextAuthors(input, '&');
  // US punctuation: the comma after a quoted title goes inside the quotation marks.
  const who = authors === undefined ? quoted(headlineCase(input.title), ',') : `${authors},`;
  const from = mustParse(input.published.date ?? input.published.from ?? '');
  const year = `${input.published.approximate ? 'ca. ' : ''}${from.start.getFullYear()}`;
  const para = paragraphText(input);
  return `(${who} ${year}${para === undefined ? '' : `, para. ${para}`})`;
}
