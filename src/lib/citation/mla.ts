/** MLA 9 works-cited entries and parenthetical citations, formatted by hand (see `text.ts` for why). */
import { format } from 'date-fns';
import { type DateSpec, mustParse, type PartialDate } from '../dates/dates.ts';
import { archiveUrl, type CitationInput, paragraphText, SLOT, SLOTS } from './csl.ts';
import { headlineCase, mlaMonth, type Part, quoted, spanText, toHtml, toText } from './text.ts';
import { inTextAuthors, joinList, splitName } from './names.ts';

/** A date in MLA's form: "6 Mar. 2021", "June–July 2022", "c. June–July 2022". */
export function mlaDate(spec: DateSpec): string {
  const one = (d: PartialDate) =>
    d.precision === 'day'
      ? `${format(d.start, 'd')} ${mlaMonth(d.start)} ${format(d.start, 'yyyy')}`
      : d.precision === 'month'
        ? `${mlaMonth(d.start)} ${format(d.start, 'yyyy')}`
        : format(d.start, 'yyyy');
  return (spec.approximate ? 'c. ' : '') + spanText(spec, one, 'mla');
}

/** MLA 9 drops the protocol from web addresses. */
export function mlaUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** An MLA 9 works-cited entry, with this archive as the second container. */
export function mla(input: CitationInput): { text: string; html: string } {
  const parts: Part[] = [];
  if (input.authors.length === 1 || input.authors.length === 2) {
    const { family, given } = splitName(input.authors[0] ?? '');
    const inverted = given === undefined ? family : `${family}, ${given}`;
    parts.push(input.authors.length === 2 ? `${inverted}, and ${input.authors[1]}. ` : `${inverted}. `);
  } else if (input.authors.length > 2) {
    const { family, given } = splitName(input.authors[0] ?? '');
    parts.push(`${given === undefined ? family : `${family}, ${given}`}, et al. `);
  }
  parts.push(quoted(headlineCase(input.title), '.'), ' ');
  if (input.translators.length > 0) parts.push(`Translated by ${joinList(input.translators)}, `);
  // A title's own closing punctuation stands in for MLA's comma ("*The Real Russia. Today.* Meduza").
  parts.push({ i: input.container }, /[.?!]$/.test(input.container) ? ' ' : ', ');
  if (input.publisher !== undefined) parts.push(`${input.publisher}, `);
  parts.push(mlaDate(input.published));
  if (input.originalUrl !== null) parts.push(`, ${mlaUrl(input.originalUrl)}`);
  parts.push('.');
  if (input.republished !== undefined) {
    const r = input.republished;
    parts.push(` Republished by ${r.by}${r.title === undefined ? ',' : ` as ${quoted(headlineCase(r.title), ',')}`} ${mlaUrl(r.url)}.`);
  }
  parts.push(' ', { i: input.archive.name }, `, ${mlaUrl(archiveUrl(input))}.`);
  if (input.accessed === SLOT) parts.push(` Accessed ${SLOTS.accessedMla}.`);
  else if (input.accessed !== undefined) {
    const d = mustParse(input.accessed).start;
    parts.push(` Accessed ${format(d, 'd')} ${mlaMonth(d)} ${format(d, 'yyyy')}.`);
  }
  return { text: toText(parts), html: toHtml(parts) };
}

/** MLA 9's parenthetical citation, with "par." when a paragraph is cited (MLA 9, 6.21); an unsigned piece by its title. */
export function mlaInText(input: CitationInput): string {
  const who = inTextAuthors(input, 'and') ?? `“${headlineCase(input.title)}”`;
  const para = paragraphText(input);
  return `(${who}${para === undefined ? '' : ` par. ${para}`})`;
}
