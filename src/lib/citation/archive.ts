/**
 * The archive's own citation, as a whole and by edition: one CSL-JSON item (type `dataset`) made from
 * `content/archive.yaml` and the current edition, from which citation-js writes APA, BibTeX (biblatex),
 * RIS and CSL-JSON as it does for the articles (`formats.ts`); Chicago is written here by hand for
 * the reason `text.ts` gives, and ГОСТ Р 7.0.100–2018 in `gost.ts`.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { format, parseISO } from 'date-fns';
import type { ArchiveCitationInput } from './archive-input.ts';
import type { CslName } from './csl.ts';
import { archiveGost } from './gost.ts';
import { type Part, toHtml, toText } from './text.ts';

export type { ArchiveCitationInput };

/** The archive's item as CSL writes a dataset. */
export interface ArchiveCslItem {
  id: string;
  type: 'dataset';
  title: string;
  editor: CslName[];
  publisher: string;
  version: string;
  issued: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL: string;
}

const parts = (iso: string) => [iso.split('-').map(Number)];

/** A person's name as CSL splits it (last word the family name, as `csl.ts` does), a team's as a literal. */
function cslName(e: { name: string; corporate: boolean }): CslName {
  if (e.corporate) return { literal: e.name };
  const words = e.name.trim().split(/\s+/);
  const family = words.pop() ?? e.name;
  return words.length > 0 ? { family, given: words.join(' ') } : { family };
}

export function archiveCsl(input: ArchiveCitationInput): ArchiveCslItem {
  const item: ArchiveCslItem = {
    id: `kz-ru-archive-edition-${input.edition}`,
    type: 'dataset',
    title: input.title,
    editor: input.editors.map(cslName),
    publisher: input.publisher,
    version: String(input.edition),
    issued: { 'date-parts': parts(input.date) },
    URL: input.url,
  };
  if (input.accessed !== undefined) item.accessed = { 'date-parts': parts(input.accessed) };
  return item;
}

/** "Name, Name, and Name": Chicago's list of editors, the first inverted when it is a person's. */
function chicagoEditors(input: ArchiveCitationInput): string {
  const names = input.editors.map((e, i) => {
    if (e.corporate || i > 0) return e.name;
    const n = cslName(e);
    return 'family' in n && n.given !== undefined ? `${n.family}, ${n.given}` : e.name;
  });
  const list = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
  return `${list}, ${names.length > 1 || input.editors[0]?.corporate === true ? 'eds' : 'ed'}.`;
}

/** Chicago (17th ed., 14.206: a website as a whole), bibliography entry. */
export function archiveChicago(input: ArchiveCitationInput): { text: string; html: string } {
  const day = format(parseISO(input.date), 'MMMM d, yyyy');
  const accessed = input.accessed === undefined ? '' : ` Accessed ${format(parseISO(input.accessed), 'MMMM d, yyyy')}.`;
  const runs: Part[] = [
    `${chicagoEditors(input)} `,
    { i: input.title },
    `. Edition ${input.edition}. ${input.publisher}, ${day}.${accessed} ${input.url}.`,
  ];
  return { text: toText(runs), html: toHtml(runs) };
}

/** APA 7, from citeproc-js (citation-js's APA style) on the dataset item. */
export function archiveApa(input: ArchiveCitationInput): { text: string; html: string } {
  const c = new Cite([archiveCsl(input)]);
  const wrapped = String(c.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }));
  const html = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(wrapped)?.[1]?.trim();
  if (html === undefined) throw new Error("citation-js returned no APA entry for the archive's citation");
  return { html, text: String(c.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim() };
}

function editorLines(item: ArchiveCslItem): string[] {
  return item.editor.map((n) => `ED  - ${'literal' in n ? n.literal : n.given === undefined ? n.family : `${n.family}, ${n.given}`}`);
}

/** The archive's citation in every format the "Cite the archive" section offers. */
export function archiveCitations(input: ArchiveCitationInput) {
  const item = archiveCsl(input);
  const cite = new Cite([item]);
  // citation-js cuts RIS's ID to 20 characters and drops a dataset's editors: the whole ID, and
  // the editors as ED lines (which Zotero and EndNote read as editors on every type), are put back.
  const ris = String(cite.format('ris'))
    .split('\n')
    .filter((l) => l !== '')
    .flatMap((l) => (l.startsWith('ID  - ') ? [`ID  - ${item.id}`] : l.startsWith('TY  - ') ? [l, ...editorLines(item)] : [l]))
    .join('\n');
  return {
    chicago: archiveChicago(input),
    apa: archiveApa(input),
    gost: archiveGost(input),
    bibtex: `${String(cite.format('biblatex')).trim()}\n`,
    ris: `${ris}\n`,
    csl: `${JSON.stringify([item], null, 2)}\n`,
  };
}
