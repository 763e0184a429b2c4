/** APA 7, from citation-js with the APA CSL style it bundles (@citation-js/plugin-csl). */
import { type CitationInput, cite, paragraphText } from './csl.ts';
import { headlineCase, inTextAuthors, quoted } from './text.ts';
import { mustParse } from '../dates/dates.ts';

/** An APA 7 reference list entry, from citation-js with the APA CSL style it bundles. */
export function apa(input: CitationInput): { readonly text: string; readonly html: string } {
  const c = cite(input);
  const wrapped = String(c.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }));
  const html = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(wrapped)?.[1]?.trim();
  if (html === undefined) throw new Error(`citation-js returned no APA entry for ${input.id}`);
  // The plain text is formatted only when asked for: the article page shows the HTML alone, and
  // each citeproc run is a large part of an article page's build time (see scripts/bench/profile.ts).
  let text: string | undefined;
  return {
    html,
    get text() {
      text ??= String(c.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
      return text;
    },
  };
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
