/**
 * An article as a TEI P5 document (`/articles/<slug>/tei.xml`), for readers who take texts into
 * their own tools.
 *
 * - `teiHeader`: `titleStmt` (title; an `author` per named author, none for an unsigned piece),
 *   `publicationStmt` (this archive, the page's address), `sourceDesc` with a `bibl` for the
 *   original (publisher, date at its known precision: `when`, or `notBefore`/`notAfter` for a span;
 *   `cert` from the archive's confidence), a `bibl` for the collected copy (its address, the
 *   capture's file and SHA-256) and one per translation step; `encodingDesc/editorialDecl` states
 *   the editorial rule and lists each removal in a `<del>` with its reason; `profileDesc/langUsage`.
 * - `text` (tei-text.ts): the title and standfirst in `front`; in `body` each paragraph as `<p n="N" xml:id="pN">`
 *   and each of the source's headings as the `<head>` of a `<div>` holding the paragraphs after it;
 *   emphasis as `<hi>`, line breaks as `<lb/>`; names found by the registry's matcher
 *   (src/lib/content/mentions.ts) as `persName`, `placeName` or `orgName` with `ref` to the entry's page.
 *
 * Written with fast-xml-parser's XMLBuilder (ordered mode), which escapes every text and attribute.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { DateSpec } from '../dates/dates.ts';
import { type TeiBlock, teiText } from './tei-text.ts';
import { block, CERT, type Confidence, el, TEI_NS, teiDate, type XNode } from './tei-xml.ts';

export { mixedContent, type TeiBlock, type TeiName } from './tei-text.ts';
export { CERT, type Confidence, TEI_NS, teiDate } from './tei-xml.ts';

export interface TeiInput {
  readonly title: string;
  readonly authors: ReadonlyArray<{ readonly name: string; readonly confidence: Confidence }>;
  readonly signature?: string | undefined;
  readonly standfirst?: string | undefined;
  readonly archive: { readonly name: string; readonly url: string };
  readonly original: {
    readonly publisher: string;
    readonly confidence: Confidence;
    readonly url: string | null;
    readonly published: DateSpec & { readonly confidence: Confidence };
  };
  readonly collected: {
    readonly publisher: string | null;
    readonly url: string | null;
    readonly title?: string | undefined;
    readonly note?: string | undefined;
    /** The capture's file name in content/sources/ and where it is served. */
    readonly file: string;
    readonly fileUrl: string;
    readonly sha256: string;
    /** When the copy was collected; undefined when nothing records it. */
    readonly date?: (DateSpec & { readonly confidence: Confidence }) | undefined;
  };
  readonly language: { readonly original: string; readonly archived: string; readonly names: Readonly<Record<string, string>> };
  readonly translations: ReadonlyArray<{
    readonly by: string | null;
    readonly from: string;
    readonly to: string;
    readonly confidence: Confidence;
  }>;
  readonly removed: ReadonlyArray<{ readonly text: string; readonly reason: string; readonly replacement?: string | undefined }>;
  readonly blocks: readonly TeiBlock[];
  /** The archive as a publication (content/archive.yaml and its current edition): editors, edition, licence, rights. */
  readonly publication?: TeiPublication;
}

export interface TeiPublication {
  readonly editors: ReadonlyArray<{ readonly name: string; readonly role: string; readonly corporate: boolean }>;
  readonly edition: number;
  /** The edition's release day, ISO. */
  readonly date: string;
  readonly licence: { readonly id: string; readonly url: string };
  readonly rights: string;
  readonly takedown: string;
  readonly contactUrl: string;
}

/** The edition, the editors' `respStmt`s and the `availability` of the archive's copy, from its publication facts. */
function publicationParts(p: TeiPublication | undefined) {
  if (p === undefined) return { resp: [], edition: [], stmt: [] };
  const resp = p.editors.map((e) => el('respStmt', {}, [el('resp', {}, [e.role]), el(e.corporate ? 'orgName' : 'persName', {}, [e.name])]));
  const edition = [el('editionStmt', {}, [el('edition', { n: String(p.edition) }, [`Edition ${p.edition} of the archive`])])];
  const availability = el('availability', { status: 'restricted' }, [
    el('licence', { target: p.licence.url }, [`${p.licence.id}: the archive's own metadata, notes and data.`]),
    el('p', {}, [p.rights]),
    el('p', {}, [`${p.takedown} Contact: `, el('ref', { target: p.contactUrl }, [p.contactUrl])]),
  ]);
  return { resp, edition, stmt: [el('date', { when: p.date }, [p.date]), availability] };
}

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, format: false, suppressEmptyNode: true });

type Lang = (code: string) => string;

/** The original publication's `bibl`: title, authors (or why there are none), publisher, date, address, language. */
function originalBibl(input: TeiInput, lang: Lang, authors: readonly XNode[]): XNode {
  return block(
    'bibl',
    { type: 'original' },
    [
      el('title', { level: 'a' }, [input.title]),
      ...authors,
      ...(input.authors.length === 0
        ? [
            el('note', { type: 'authorship' }, [
              input.signature === undefined ? 'Unsigned: no author is named.' : `Unsigned; signed “${input.signature}”.`,
            ]),
          ]
        : []),
      el('publisher', { cert: CERT[input.original.confidence] }, [input.original.publisher]),
      teiDate(input.original.published),
      ...(input.original.url === null ? [el('note', {}, ['The original was not found.'])] : [el('ptr', { target: input.original.url })]),
      el('textLang', { mainLang: input.language.original }, [lang(input.language.original)]),
    ],
    4,
  );
}

/** The collected copy's `bibl`: where and when it was collected, the capture's file and SHA-256. */
function collectedBibl(input: TeiInput, lang: Lang): XNode {
  const c = input.collected;
  return block(
    'bibl',
    { type: 'collected' },
    [
      ...(c.title === undefined ? [] : [el('title', { level: 'a' }, [c.title])]),
      ...(c.publisher === null ? [] : [el('publisher', {}, [c.publisher])]),
      ...(c.url === null ? [] : [el('ptr', { target: c.url })]),
      // When the copy was collected (not when it was published): an unknown date says so.
      el('note', { type: 'collected' }, c.date === undefined ? ['Date of collection unknown.'] : ['Collected ', teiDate(c.date), '.']),
      el('idno', { type: 'capture' }, [c.file]),
      el('idno', { type: 'sha256' }, [c.sha256]),
      el('ref', { target: c.fileUrl }, ['The capture, byte for byte']),
      ...(c.note === undefined ? [] : [el('note', {}, [c.note])]),
      el('textLang', { mainLang: input.language.archived }, [lang(input.language.archived)]),
    ],
    4,
  );
}

/** One `bibl` per translation step. */
function translationBibls(input: TeiInput, lang: Lang): XNode[] {
  return input.translations.map((t, i) =>
    el('bibl', { type: 'translation', n: String(i + 1), cert: CERT[t.confidence] }, [
      ...(t.by === null ? [] : [el('publisher', {}, [t.by])]),
      el('note', {}, [`Translated from ${lang(t.from)} into ${lang(t.to)}${t.by === null ? ' by an unidentified translator' : ''}.`]),
      el('textLang', { mainLang: t.to }, [lang(t.to)]),
    ]),
  );
}

/** The editorial rule, and each removal in a `<del>` with its reason. */
function editorialDecl(input: TeiInput): XNode {
  return block(
    'editorialDecl',
    {},
    [
      el('p', {}, [
        'The text is the collected copy, verbatim, in its own paragraphs, minus the debris listed below; ' +
          'errors of the source are kept as published.',
      ]),
      ...input.removed.map((r) =>
        el(
          'p',
          {},
          [
            'Removed ',
            el('del', {}, [r.text]),
            ...(r.replacement ? [', replaced by ', el('add', {}, [r.replacement])] : []),
            `: ${r.reason}`,
          ].filter((x) => x !== ''),
        ),
      ),
    ],
    3,
  );
}

/** The `teiHeader`: `fileDesc` (title, publication, sources), `encodingDesc`, `profileDesc`. */
function teiHeader(input: TeiInput, lang: Lang): XNode {
  const pub = publicationParts(input.publication);
  const authors = input.authors.map((a) => el('author', { cert: CERT[a.confidence] }, [a.name]));
  const sources = [originalBibl(input, lang, authors), collectedBibl(input, lang), ...translationBibls(input, lang)];
  return block(
    'teiHeader',
    {},
    [
      block(
        'fileDesc',
        {},
        [
          block('titleStmt', {}, [el('title', {}, [input.title]), ...authors, ...pub.resp], 3),
          ...pub.edition,
          block(
            'publicationStmt',
            {},
            [el('publisher', {}, [input.archive.name]), el('idno', { type: 'URI' }, [input.archive.url]), ...pub.stmt],
            3,
          ),
          block('sourceDesc', {}, sources, 3),
        ],
        2,
      ),
      block('encodingDesc', {}, [editorialDecl(input)], 2),
      block(
        'profileDesc',
        {},
        [block('langUsage', {}, [el('language', { ident: input.language.archived }, [lang(input.language.archived)])], 3)],
        2,
      ),
    ],
    1,
  );
}

/** The whole TEI document, with its XML declaration. */
export function toTei(input: TeiInput): string {
  const lang: Lang = (code) => input.language.names[code] ?? code;
  const tei = block('TEI', { xmlns: TEI_NS, 'xml:lang': input.language.archived }, [teiHeader(input, lang), teiText(input)], 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([tei]) as string}\n`;
}
