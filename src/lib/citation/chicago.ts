/** Chicago (17th ed.) notes and bibliography entries, formatted by hand (see `text.ts` for why). */
import { format } from 'date-fns';
import { type DateSpec, mustParse } from '../dates/dates.ts';
import { archiveUrl, type CitationInput, paragraphText, SLOT, SLOTS } from './csl.ts';
import { end, headlineCase, type Part, quoted, spanText, toHtml, toText } from './text.ts';
import { joinList, splitName } from './names.ts';

export const CHICAGO_DAY = 'MMMM d, yyyy';

/** A date in Chicago's form: "March 6, 2021", "June–July 2022", "ca. June–July 2022". */
export function chicagoDate(spec: DateSpec): string {
  return (
    (spec.approximate ? 'ca. ' : '') +
    spanText(spec, (d) => format(d.start, d.precision === 'day' ? CHICAGO_DAY : d.precision === 'month' ? 'MMMM yyyy' : 'yyyy'), 'us')
  );
}

export function chicagoAccess(input: CitationInput, capital: boolean): string {
  const verb = capital ? 'Accessed' : 'accessed';
  const day =
    input.accessed === undefined
      ? undefined
      : input.accessed === SLOT
        ? SLOTS.accessedChicago
        : format(mustParse(input.accessed).start, CHICAGO_DAY);
  const when = day === undefined ? '' : ` ${day},`;
  const para = paragraphText(input);
  return `${verb}${when} via ${input.archive.name}, ${para === undefined ? '' : `para. ${para}, `}${archiveUrl(input)}`;
}

export function chicagoContainer(input: CitationInput): Part[] {
  const parts: Part[] = [{ i: input.container }];
  if (input.genre !== undefined) parts.push(` (${input.genre})`);
  if (input.publisher !== undefined) parts.push(`, ${input.publisher}`);
  return parts;
}

/** A Chicago (17th ed.) bibliography entry, as text and as HTML with italics. */
export function chicagoBibliography(input: CitationInput): { text: string; html: string } {
  const parts: Part[] = [];
  if (input.authors.length > 0) {
    const [first, ...others] = input.authors;
    const inverted = (() => {
      const { family, given } = splitName(first ?? '');
      return given === undefined ? family : `${family}, ${given}`;
    })();
    parts.push(`${joinList([inverted, ...others])}. `);
  }
  parts.push(quoted(headlineCase(input.title), '.'), ' ');
  if (input.translators.length > 0) parts.push(`Translated by ${joinList(input.translators)}. `);
  parts.push(...chicagoContainer(input), `, ${chicagoDate(input.published)}.`);
  if (input.originalUrl !== null) parts.push(` ${input.originalUrl}.`);
  if (input.republished !== undefined) {
    const r = input.republished;
    const as = r.title === undefined ? ',' : ` as ${quoted(headlineCase(r.title), ',')}`;
    parts.push(` Republished by ${r.by}${as} ${r.url}.`);
  }
  // A bibliography entry lists the whole work: the paragraph belongs in the note.
  parts.push(` ${chicagoAccess({ ...input, paragraph: undefined }, true)}.`);
  const done = end(parts);
  return { text: toText(done), html: toHtml(done) };
}

/** A Chicago (17th ed.) full note, as text and as HTML with italics. */
export function chicagoNote(input: CitationInput): { text: string; html: string } {
  const parts: Part[] = [];
  if (input.authors.length > 0) parts.push(`${joinList(input.authors)}, `);
  parts.push(quoted(headlineCase(input.title), ','), ' ');
  if (input.translators.length > 0) parts.push(`trans. ${joinList(input.translators)}, `);
  parts.push(...chicagoContainer(input), `, ${chicagoDate(input.published)}, `);
  if (input.originalUrl !== null) parts.push(`${input.originalUrl}, `);
  if (input.republished !== undefined) {
    const r = input.republished;
    parts.push(`republished by ${r.by}${r.title === undefined ? ',' : ` as ${quoted(headlineCase(r.title), ',')}`} ${r.url}, `);
  }
  parts.push(`${chicagoAccess(input, false)}.`);
  return { text: toText(parts), html: toHtml(parts) };
}
