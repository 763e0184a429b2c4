/**
 * The downloads: BibTeX (as biblatex), RIS and CSL-JSON, all from the one CSL item through
 * citation-js. Each is a function of the item alone (`…OfItem`), so the build can write them from
 * the items without the rest of the archive (src/postbuild/downloads.ts).
 */
import { Cite } from '@citation-js/core';
import { type CitationInput, type CslItem, toCsl } from './csl.ts';

/** BibTeX for download, in biblatex's dialect, which keeps month spans that classic BibTeX cannot. */
export function toBibtex(input: CitationInput): string {
  return bibtexOfItem(toCsl(input));
}

/** {@link toBibtex} of a CSL item. */
export function bibtexOfItem(item: CslItem): string {
  return String(new Cite([item]).format('biblatex')).trim() + '\n';
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
  return risOfItem(toCsl(input));
}

/** {@link toRis} of a CSL item. */
export function risOfItem(item: CslItem): string {
  const lines = String(new Cite([item]).format('ris'))
    .split('\n')
    .filter((l) => l !== '');
  const out: string[] = [];
  for (const line of lines) {
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || out.length === 0) out.push(line);
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
  return cslJsonOfItem(toCsl(input));
}

/** {@link toCslJson} of a CSL item. */
export function cslJsonOfItem(item: CslItem): string {
  return JSON.stringify([item], null, 2) + '\n';
}
