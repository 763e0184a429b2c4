/**
 * The downloads: BibTeX (as biblatex), RIS and CSL-JSON, all from the one CSL item through
 * citation-js. Each is a function of the item alone (`…OfItem`), so the build can write them from
 * the items without the rest of the archive (src/postbuild/downloads.ts).
 */
import { Cite } from '@citation-js/core';
import { type CitationInput, type CslItem, toCsl } from './csl.ts';

/** The one date of an item (./one-date.ts) from its CSL date: a span's shared part, a "ca." date's year. */
export function oneDateParts(issued: CslItem['issued']): number[] {
  const [first = [], second] = issued['date-parts'];
  if (second === undefined) return issued.circa === true ? first.slice(0, 1) : first;
  const shared: number[] = [];
  for (let i = 0; i < Math.min(first.length, second.length) && first[i] === second[i]; i++) shared.push(first[i] ?? 0);
  return shared;
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));

/** BibTeX for download: biblatex's entry with the classic fields beside its own. */
export function toBibtex(input: CitationInput): string {
  return bibtexOfItem(toCsl(input));
}

/**
 * {@link toBibtex} of a CSL item. citation-js writes biblatex (`journaltitle`, `date`, the entry type
 * from the CSL type); classic BibTeX and natbib drop those fields, so
 * `journal`, `year` and `month` (as BibTeX's month macro) are added beside them. The `date` is the
 * one date every other format carries (./one-date.ts); the CSL-JSON keeps a span.
 */
export function bibtexOfItem(item: CslItem): string {
  const parts = oneDateParts(item.issued);
  const bib = String(new Cite([item]).format('biblatex')).trim();
  const lines = bib.split('\n').filter((l) => !/^\tdate = /.test(l));
  const [y, m, d] = parts;
  const added = [`\tjournal = {${bibEscape(item['container-title'])}},`];
  // biblatex has no newspaper entry type: an @article says it in entrysubtype, a field left to the styles; citation-js writes none.
  if (item.type === 'article-newspaper' && !lines.some((l) => l.startsWith('\tentrysubtype = ')))
    added.push('\tentrysubtype = {newspaper},');
  if (y !== undefined) added.push(`\tdate = {${[y, pad(m), pad(d)].filter((p) => p !== '').join('-')}},`, `\tyear = {${y}},`);
  if (m !== undefined) added.push(`\tmonth = ${MONTH_MACROS[m - 1]},`);
  lines.splice(1, 0, ...added);
  return lines.join('\n') + '\n';
}

/** Braces and backslashes cannot stand in a BibTeX value as they are; the archive's names have none. */
function bibEscape(text: string): string {
  if (/[{}\\]/.test(text)) throw new Error(`BibTeX: the value "${text}" has a brace or backslash, which the archive never writes`);
  return text;
}

/**
 * RIS for download (EndNote, Zotero, Mendeley).
 *
 * Corrections to citation-js's output, each because a reader would lose data otherwise:
 * - The RIS 2011 spec calls a newspaper article's author its "reporter" (AU of TY NEWS), which
 *   citation-js 0.8 does not write for CSL names, so NEWS records would come out unsigned: the AU
 *   lines are added here in RIS's own "Family, Given" form.
 * - `PY` and `DA` carry the one date (./one-date.ts), `DA` in RIS's partial form (`2022/06//`:
 *   year, month, no day; `circa` as its "other info" when the date is widened), never a span's start.
 * - `ID` is the whole id (citation-js cuts it to 20 characters, so two articles could share one).
 * - `DB` and `DP` name this archive, where the text was read (Zotero's "Archive" and "Library
 *   Catalog"); `L2`, the RIS field for a link to the full text, holds the original's address.
 * - citation-js wraps values at 70 characters; readers that do not join continuation lines would
 *   break the URLs, and RIS allows 255, so the lines are joined again.
 */
export function toRis(input: CitationInput): string {
  return risOfItem(toCsl(input), input.originalUrl);
}

/** {@link toRis} of a CSL item and the original's address. */
export function risOfItem(item: CslItem, original: string | null = null): string {
  const lines = String(new Cite([item]).format('ris'))
    .split('\n')
    .filter((l) => l !== '');
  const out: string[] = [];
  for (const line of lines) {
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += line;
  }
  const kept = out.filter((l) => !/^(ID|DA|PY|DB|DP|L2) {2}-/.test(l));
  const extra: string[] = [];
  if (!kept.some((l) => l.startsWith('AU  - '))) {
    for (const name of item.author ?? [])
      extra.push(`AU  - ${'literal' in name ? name.literal : name.given === undefined ? name.family : `${name.family}, ${name.given}`}`);
  }
  const [y, m, d] = oneDateParts(item.issued);
  const widened = item.issued['date-parts'].length > 1 || item.issued.circa === true;
  if (y !== undefined) extra.push(`PY  - ${y}`, `DA  - ${y}/${pad(m)}/${pad(d)}/${widened ? 'circa' : ''}`);
  extra.push(`ID  - ${item.id}`, `DB  - ${item.archive}`, `DP  - ${item.archive}`);
  if (original !== null) extra.push(`L2  - ${original}`);
  const end = kept.findIndex((l) => l.startsWith('ER  -'));
  kept.splice(end === -1 ? kept.length : end, 0, ...extra);
  return kept.join('\n') + '\n';
}
/** CSL-JSON for download: an array of one item, as CSL processors and Zotero expect. */
export function toCslJson(input: CitationInput): string {
  return cslJsonOfItem(toCsl(input));
}

/** {@link toCslJson} of a CSL item. */
export function cslJsonOfItem(item: CslItem): string {
  return JSON.stringify([item], null, 2) + '\n';
}
