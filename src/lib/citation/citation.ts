/**
 * "Cite this": one article's metadata turned into a CSL-JSON item, formatted citations (Chicago
 * notes and bibliography, APA 7, MLA 9) and downloads (BibTeX, RIS, CSL-JSON).
 *
 * Every citation cites the original publication (author, title, outlet, date as first published)
 * and names this archive's copy as where the text was accessed, because the archived text is what
 * the reader actually read. A republished or translated copy that the archive collected is named
 * too: it is the text the archive reproduces, and it may differ from the original.
 *
 * Choice of library, and why part of it is hand-written:
 * - CSL-JSON is the pivot format; citation-js (a maintained library) writes BibTeX (as biblatex,
 *   which keeps month spans such as 2022-06/2022-07 that classic BibTeX cannot), RIS and APA 7
 *   (the APA CSL style bundled with @citation-js/plugin-csl).
 * - No package in the npm registry ships the Chicago or MLA CSL styles, and this project may not
 *   copy them from the CSL styles repository. Authoring a full CSL style is hundreds of lines of
 *   XML that only a CSL processor can test; the two shapes this archive needs (an online newspaper
 *   or blog article, with its translators, republished copy and archive copy) are a few dozen
 *   lines of TypeScript here, tested against hand-checked strings. So Chicago and MLA are formatted
 *   by hand from the same CSL-JSON-shaped input, and APA comes from citation-js.
 *
 * Dates are never widened: a month stays a month, a span stays a span (`date-parts` with two
 * ends), and an approximate date carries CSL's `circa`.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { format } from 'date-fns';
import { mustParse, type DateSpec, type PartialDate } from '../dates/dates.ts';

/** Everything a citation needs, already resolved from the content (outlet ids turned into names). */
export interface CitationInput {
  /** The article's slug: the CSL id and the download file names. */
  readonly id: string;
  /** The title as first published. */
  readonly title: string;
  /** Personal names as written ("Paul Goble"); empty for an unsigned piece. */
  readonly authors: readonly string[];
  /** The periodical, blog or newsletter the piece appeared in (italicised by every style). */
  readonly container: string;
  /** Chicago's parenthetical genre after the container: "*Window on Eurasia* (blog)". */
  readonly genre?: 'blog' | 'newsletter' | undefined;
  /** The publisher, when the container is not itself the outlet (a newsletter of Meduza). */
  readonly publisher?: string | undefined;
  readonly published: DateSpec;
  /** The original's address, or null when the original was not found. */
  readonly originalUrl: string | null;
  /** ISO 639 code of the archived text. */
  readonly language: string;
  /** Translators whose names are known, in the order they worked. */
  readonly translators: readonly string[];
  /** The copy the archive collected, when it is not the original itself. */
  readonly republished?: { readonly by: string; readonly title?: string | undefined; readonly url: string } | undefined;
  /** This archive's copy: where the reader accessed the text. */
  readonly archive: { readonly name: string; readonly url: string };
  /**
   * The day the reader accessed the archive copy (ISO `yyyy-MM-dd`), when known; or `SLOT`, which
   * writes the placeholders `SLOTS.accessedChicago` and `SLOTS.accessedMla` for the browser to fill
   * with the reader's own day (src/lib/citation/fill.ts). APA 7 gives an archived copy no access date.
   */
  readonly accessed?: string | typeof SLOT | undefined;
  /**
   * The paragraph cited (the archive's numbering, `#pN`), or `SLOT` for the placeholder
   * `SLOTS.paragraph`; absent when the whole article is cited.
   */
  readonly paragraph?: number | typeof SLOT | undefined;
}

/** Marks a value the browser fills in; see `SLOTS`. */
export const SLOT = Symbol('slot');

/**
 * Placeholders in a citation template. A page embeds templates with these and a small script
 * fills them in the reader's browser (the paragraph from the address, today's date), so no
 * access date is ever written into the HTML as a fact.
 */
export const SLOTS = { paragraph: '{{paragraph}}', accessedChicago: '{{accessed-chicago}}', accessedMla: '{{accessed-mla}}' } as const;

/** The archive copy's address, pointing at the paragraph when one is cited. */
export function archiveUrl(input: CitationInput): string {
  if (input.paragraph === undefined) return input.archive.url;
  return `${input.archive.url}#p${input.paragraph === SLOT ? SLOTS.paragraph : input.paragraph}`;
}

function paragraphText(input: CitationInput): string | undefined {
  if (input.paragraph === undefined) return undefined;
  return input.paragraph === SLOT ? SLOTS.paragraph : String(input.paragraph);
}

/** A name as CSL writes it. */
export type CslName = { family: string; given?: string } | { literal: string };

/** The subset of CSL-JSON this archive writes. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'post-weblog';
  title: string;
  author?: CslName[];
  translator?: CslName[];
  'container-title': string;
  publisher?: string;
  issued: { 'date-parts': number[][]; circa?: boolean };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  archive: string;
  language: string;
  note?: string;
}

/**
 * Splits "Basel Hajj Jasem" into family "Jasem" and given "Basel Hajj".
 *
 * The content stores names as written, and the last word is the family name for every author in
 * this archive; this is the same rule Zotero applies to a one-field name.
 */
export function splitName(name: string): { family: string; given?: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return words.length > 0 ? { family, given: words.join(' ') } : { family };
}

function dateParts(d: PartialDate): number[] {
  const [y, m, day] = d.iso.split('-').map(Number);
  return [y, m, day].filter((n): n is number => n !== undefined);
}

/** CSL `date-parts` at exactly the known precision: `[[2022,6],[2022,7]]` for a month span. */
export function cslDate(spec: DateSpec): CslItem['issued'] {
  const parts =
    spec.date !== undefined
      ? [dateParts(mustParse(spec.date))]
      : [dateParts(mustParse(spec.from ?? '')), dateParts(mustParse(spec.to ?? ''))];
  return spec.approximate ? { 'date-parts': parts, circa: true } : { 'date-parts': parts };
}

/** The one CSL-JSON item every citation and download is made from. */
export function toCsl(input: CitationInput): CslItem {
  const notes: string[] = [];
  if (input.translators.length > 0) notes.push(`Translated by ${joinList(input.translators)}`);
  if (input.originalUrl !== null) notes.push(`Original: ${input.originalUrl}`);
  if (input.republished !== undefined) {
    const as = input.republished.title === undefined ? '' : ` as “${input.republished.title}”`;
    notes.push(`Republished by ${input.republished.by}${as}: ${input.republished.url}`);
  }
  const item: CslItem = {
    id: input.id,
    type: input.genre === 'blog' ? 'post-weblog' : 'article-newspaper',
    title: input.title,
    'container-title': input.container,
    issued: cslDate(input.published),
    // APA 7 cites an archived copy by the archive's address; the original's goes into the note.
    URL: archiveUrl(input),
    archive: input.archive.name,
    language: input.language,
  };
  if (input.authors.length > 0) item.author = input.authors.map(splitName);
  if (input.translators.length > 0) item.translator = input.translators.map((literal) => ({ literal }));
  if (input.publisher !== undefined) item.publisher = input.publisher;
  if (input.accessed !== undefined && input.accessed !== SLOT) item.accessed = { 'date-parts': [dateParts(mustParse(input.accessed))] };
  if (notes.length > 0) item.note = notes.join('. ');
  return item;
}

// ---------------------------------------------------------------------------------------------
// Hand-formatted styles (see the module comment for why).

/** A run of citation text; `i` marks italics. */
type Part = string | { i: string };

function toText(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.i)).join('');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function toHtml(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : `<i>${escapeHtml(p.i)}</i>`)).join('');
}

const MINOR_WORDS = new Set(
  (
    'a an the and but or nor for so yet as at by from in into of on onto per than to upon via with within without ' +
    'about above across after against along among around before behind below beneath beside between beyond ' +
    'despite during except inside like near outside past since through throughout toward towards under until'
  ).split(' '),
);

/**
 * Headline-style capitalisation, which Chicago and MLA both ask for: every word capitalised except
 * articles, conjunctions and prepositions that are neither first nor last. Only lower-case first
 * letters are raised; nothing is lowered, so proper names and acronyms are safe.
 *
 * Hand-written because it is a dozen lines over a fixed word list, and every title it touches is
 * tested; a dependency for it would be larger than the rule.
 */
export function headlineCase(title: string): string {
  const tokens = title.split(/(\s+)/);
  const words = tokens.filter((t) => !/^\s*$/.test(t));
  let index = -1;
  let afterColon = false;
  return tokens
    .map((token) => {
      if (/^\s*$/.test(token)) return token;
      index += 1;
      const edge = index === 0 || index === words.length - 1 || afterColon;
      afterColon = /[:?!]$/.test(token);
      return token
        .split('-')
        .map((piece) => {
          const m = /^([^\p{L}\p{N}]*)(\p{L})(.*)$/u.exec(piece);
          if (m === null) return piece;
          const [, lead = '', first = '', rest = ''] = m;
          const bare = (first + rest).replace(/[^\p{L}\p{N}’']+$/u, '').toLowerCase();
          if (!edge && MINOR_WORDS.has(bare)) return piece;
          return lead + first.toUpperCase() + rest;
        })
        .join('-');
    })
    .join('');
}

/** Puts a title in double quotation marks with the punctuation that follows it inside, as US styles do. */
function quoted(title: string, punct: '.' | ','): string {
  return /[.?!]$/.test(title) ? `“${title}”` : `“${title}${punct}”`;
}

/** Ends a sentence of a bibliography entry, without doubling a full stop. */
function end(parts: Part[]): Part[] {
  const last = toText(parts);
  return /[.?!]$/.test(last) ? parts : [...parts, '.'];
}

function joinList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

const CHICAGO_DAY = 'MMMM d, yyyy';

/** A date in Chicago's form: "March 6, 2021", "June–July 2022", "ca. June–July 2022". */
export function chicagoDate(spec: DateSpec): string {
  return (
    (spec.approximate ? 'ca. ' : '') +
    spanText(spec, (d) => format(d.start, d.precision === 'day' ? CHICAGO_DAY : d.precision === 'month' ? 'MMMM yyyy' : 'yyyy'), 'us')
  );
}

/** MLA 9 abbreviates months longer than four letters, and "Sept." has four letters. */
function mlaMonth(d: Date): string {
  const full = format(d, 'MMMM');
  if (full.length <= 4) return full;
  return full === 'September' ? 'Sept.' : `${full.slice(0, 3)}.`;
}

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

/** Writes a date or a span, sharing the year of a month span ("June–July 2022") and otherwise joining the ends. */
function spanText(spec: DateSpec, one: (d: PartialDate) => string, style: 'us' | 'mla'): string {
  if (spec.date !== undefined) return one(mustParse(spec.date));
  const from = mustParse(spec.from ?? '');
  const to = mustParse(spec.to ?? '');
  if (from.iso === to.iso) return one(from);
  const sameYear = from.start.getFullYear() === to.start.getFullYear();
  if (sameYear && from.precision === 'month' && to.precision === 'month') {
    const month = style === 'mla' ? mlaMonth : (d: Date) => format(d, 'MMMM');
    return `${month(from.start)}–${month(to.start)} ${format(to.start, 'yyyy')}`;
  }
  if (sameYear && from.precision === 'day' && to.precision === 'day' && from.start.getMonth() === to.start.getMonth()) {
    return style === 'mla' ? `${format(from.start, 'd')}–${one(to)}` : `${format(from.start, 'MMMM d')}–${format(to.start, 'd, yyyy')}`;
  }
  return `${one(from)}–${one(to)}`;
}

function chicagoAccess(input: CitationInput, capital: boolean): string {
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

function chicagoContainer(input: CitationInput): Part[] {
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
    parts.push(
      ` Republished by ${r.by}${r.title === undefined ? '' : ` as ${quoted(headlineCase(r.title), ',')}`}${r.title === undefined ? ',' : ''} ${r.url}.`,
    );
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

/** MLA 9 drops the protocol from web addresses. */
function mlaUrl(url: string): string {
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

function cite(input: CitationInput): InstanceType<typeof Cite> {
  return new Cite([toCsl(input)]);
}

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

/** The author part of an in-text citation: one family name, two joined, or the first "et al."; none for an unsigned piece. */
function inTextAuthors(input: CitationInput, and: string): string | undefined {
  const families = input.authors.map((a) => splitName(a).family);
  if (families.length === 0) return undefined;
  if (families.length === 1) return families[0];
  return families.length === 2 ? `${families[0]} ${and} ${families[1]}` : `${families[0]} et al.`;
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

/** MLA 9's parenthetical citation, with "par." when a paragraph is cited (MLA 9, 6.21); an unsigned piece by its title. */
export function mlaInText(input: CitationInput): string {
  const who = inTextAuthors(input, 'and') ?? `“${headlineCase(input.title)}”`;
  const para = paragraphText(input);
  return `(${who}${para === undefined ? '' : ` par. ${para}`})`;
}

/** All the formatted citations an article page shows. APA has no access date for an archived copy. */
export function formatCitations(input: CitationInput) {
  const apaInput = input.accessed === SLOT ? { ...input, accessed: undefined } : input;
  return {
    chicagoNote: chicagoNote(input),
    chicagoBibliography: chicagoBibliography(input),
    apa: apa(apaInput),
    apaInText: apaInText(input),
    mla: mla(input),
    mlaInText: mlaInText(input),
  };
}

/** The four citation blocks a page shows, each as HTML, keyed by the id the page and its script share. */
export function citationBlocks(
  input: CitationInput,
): Record<'chicago-note' | 'chicago-bib' | 'apa' | 'apa-in-text' | 'mla' | 'mla-in-text', string> {
  const c = formatCitations(input);
  return {
    'chicago-note': c.chicagoNote.html,
    'chicago-bib': c.chicagoBibliography.html,
    apa: c.apa.html,
    'apa-in-text': escapeHtml(c.apaInText),
    mla: c.mla.html,
    'mla-in-text': escapeHtml(c.mlaInText),
  };
}

/**
 * What a page embeds for its script: the citation blocks of a paragraph, with placeholders
 * (`SLOTS`) for the paragraph number and the reader's access date. The whole article's blocks are
 * these without the locator (src/lib/citation/fill.ts takes it out; its tests check the result).
 */
export function citationTemplates(input: CitationInput) {
  return citationBlocks({ ...input, accessed: SLOT, paragraph: SLOT });
}
/** BibTeX for download, in biblatex's dialect, which keeps month spans that classic BibTeX cannot. */
export function toBibtex(input: CitationInput): string {
  return String(cite(input).format('biblatex')).trim() + '\n';
}

/**
 * RIS for download (EndNote, Zotero, Mendeley).
 *
 * Three corrections to citation-js's output, each because a reader would lose data otherwise:
 * - The RIS 2011 spec calls a newspaper article's author its "reporter" (AU of TY NEWS), which
 *   citation-js 0.8 does not write for CSL names, so NEWS records would come out unsigned: the AU
 *   lines are added here in RIS's own "Family, Given" form.
 * - That spec gives NEWS only a year (PY). A `DA` line in RIS's partial form (`2022/06//circa`:
 *   year, month, no day, then "other info") keeps the month and day for Zotero and EndNote, which
 *   read DA on every type; no day is ever invented.
 * - citation-js wraps values at 70 characters; readers that do not join continuation lines would
 *   break the URLs, and RIS allows 255, so the lines are joined again.
 */
export function toRis(input: CitationInput): string {
  const item = toCsl(input);
  const lines = String(cite(input).format('ris'))
    .split('\n')
    .filter((l) => l !== '');
  const out: string[] = [];
  for (const line of lines) {
    if (/^[A-Z][A-Z0-9]  -( |$)/.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += line;
  }
  const extra: string[] = [];
  if (!out.some((l) => l.startsWith('AU  - '))) {
    for (const name of item.author ?? [])
      extra.push(`AU  - ${'literal' in name ? name.literal : name.given === undefined ? name.family : `${name.family}, ${name.given}`}`);
  }
  if (!out.some((l) => l.startsWith('DA  - '))) {
    const [y, m, d] = item.issued['date-parts'][0] ?? [];
    const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
    extra.push(`DA  - ${y}/${pad(m)}/${pad(d)}/${item.issued.circa === true ? 'circa' : ''}`);
  }
  out.splice(1, 0, ...extra);
  return out.join('\n') + '\n';
}

/** CSL-JSON for download: an array of one item, as CSL processors and Zotero expect. */
export function toCslJson(input: CitationInput): string {
  return JSON.stringify([toCsl(input)], null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// From the content to the input.

/** The parts of an article's frontmatter a citation reads; references are `{ id }` as Astro gives them. */
export interface ArticleCitationSource {
  readonly slug: string;
  readonly title: string;
  readonly collectedTitle?: string | undefined;
  readonly series?: { readonly name: string } | undefined;
  readonly published: DateSpec;
  readonly authors: readonly { readonly name: string }[];
  readonly outlet: { readonly id: { readonly id: string } | string; readonly url: string | null };
  readonly collected: { readonly outlet: { readonly id: string } | string | null; readonly url: string | null };
  readonly translations: readonly { readonly by: { readonly id: string } | string | null }[];
  readonly language: { readonly archived: string };
}

/** What the input builder needs to know about an outlet. */
export interface OutletInfo {
  readonly name: string;
  readonly kind: string;
}

const refId = (r: { readonly id: string } | string): string => (typeof r === 'string' ? r : r.id);

/**
 * Builds the citation input from an article's frontmatter. Kept here, not in a page, so the rules
 * (a newsletter is cited by its own name with the outlet as publisher; a collected copy counts as
 * republished only when it is not the original itself) are tested once.
 */
export function citationInput(
  article: ArticleCitationSource,
  outlet: (id: string) => OutletInfo,
  archive: { name: string; url: string },
  accessed?: string | typeof SLOT,
): CitationInput {
  const original = outlet(refId(article.outlet.id));
  const newsletter = original.kind === 'newsletter' && article.series !== undefined;
  const translators = article.translations.flatMap((t) => (t.by === null ? [] : [outlet(refId(t.by)).name]));
  const collectedUrl = article.collected.url;
  const republished =
    collectedUrl !== null && collectedUrl !== article.outlet.url
      ? {
          by: article.collected.outlet === null ? 'an unidentified site' : outlet(refId(article.collected.outlet)).name,
          title: article.collectedTitle,
          url: collectedUrl,
        }
      : undefined;
  return {
    id: article.slug,
    title: article.title,
    authors: article.authors.map((a) => a.name),
    container: newsletter ? (article.series?.name ?? original.name) : original.name,
    genre: original.kind === 'blog' ? 'blog' : newsletter ? 'newsletter' : undefined,
    publisher: newsletter ? original.name : undefined,
    published: article.published,
    originalUrl: article.outlet.url,
    language: article.language.archived,
    translators: [...new Set(translators)],
    republished,
    archive,
    accessed,
  };
}
