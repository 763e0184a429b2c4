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
 * - `text`: the title and standfirst in `front`; in `body` each paragraph as `<p n="N" xml:id="pN">`
 *   and each of the source's headings as the `<head>` of a `<div>` holding the paragraphs after it;
 *   emphasis as `<hi>`, line breaks as `<lb/>`; names found by the registry's matcher
 *   (src/lib/content/mentions.ts) as `persName`, `placeName` or `orgName` with `ref` to the entry's page.
 *
 * Written with fast-xml-parser's XMLBuilder (ordered mode), which escapes every text and attribute.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Inline } from '../content/body.ts';
import { formatDateSpec, type DateSpec } from '../dates/dates.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

export type Confidence = 'confirmed' | 'inferred' | 'unknown';
/** TEI's `cert` for the archive's confidence. */
export const CERT: Readonly<Record<Confidence, 'high' | 'medium' | 'low'>> = { confirmed: 'high', inferred: 'medium', unknown: 'low' };

/** A name in a block's plain text (`inlineText(inlines)` offsets), already resolved to its element. */
export interface TeiName {
  readonly start: number;
  readonly end: number;
  readonly element: 'persName' | 'placeName' | 'orgName';
  /** The registry entry's page, absolute. */
  readonly ref: string;
}

export interface TeiBlock {
  readonly kind: 'paragraph' | 'heading';
  readonly n?: number | undefined;
  readonly inlines: readonly Inline[];
  readonly names: readonly TeiName[];
}

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

/** A node in fast-xml-parser's ordered form. */
type XNode = Record<string, unknown>;

const text = (value: string): XNode => {
  // XML 1.0 forbids these characters anywhere; an escaped form would not help.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are exactly what the check looks for.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value)) {
    throw new Error(`TEI: a control character in ${JSON.stringify(value.slice(0, 60))}; expected text XML 1.0 can hold`);
  }
  return { '#text': value };
};
function el(name: string, attrs: Record<string, string | undefined> = {}, children: ReadonlyArray<XNode | string> = []): XNode {
  const node: XNode = { [name]: children.map((c) => (typeof c === 'string' ? text(c) : c)) };
  const a = Object.fromEntries(
    Object.entries(attrs)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [`@_${k}`, v]),
  );
  if (Object.keys(a).length > 0) node[':@'] = a;
  return node;
}
/** Children one per line, indented, for structural elements (never inside mixed content). */
function block(name: string, attrs: Record<string, string | undefined>, children: readonly XNode[], depth: number): XNode {
  const pad = `\n${'  '.repeat(depth + 1)}`;
  return el(name, attrs, children.length === 0 ? [] : [...children.flatMap((c) => [text(pad), c]), text(`\n${'  '.repeat(depth)}`)]);
}

/** The `date` of a spec: `when` for a single date, `notBefore`/`notAfter` for a span. */
export function teiDate(spec: DateSpec & { readonly confidence: Confidence }): XNode {
  const attrs = spec.date !== undefined ? { when: spec.date } : { notBefore: spec.from, notAfter: spec.to };
  const approximate = spec.approximate === true ? { type: 'approximate' } : {};
  return el('date', { ...attrs, cert: CERT[spec.confidence], ...approximate }, [formatDateSpec(spec)]);
}

/** Flattens inline content into runs of text with their emphasis, keeping `inlineText` offsets. */
type Run = { text: string; style: readonly string[] } | { break: true };
function runs(inlines: readonly Inline[], style: readonly string[] = []): Run[] {
  return inlines.flatMap((i) => {
    if (i.type === 'text') return [{ text: i.value, style }];
    if (i.type === 'break') return [{ break: true as const }];
    return runs(i.children, [...style, i.type === 'emphasis' ? 'italic' : 'bold']);
  });
}

/** Mixed content of a paragraph or heading: text, `<hi>`, `<lb/>` and the names around them. */
export function mixedContent(inlines: readonly Inline[], names: readonly TeiName[]): XNode[] {
  const out: XNode[] = [];
  const styled = (t: string, style: readonly string[]): XNode => (style.length === 0 ? text(t) : el('hi', { rend: style.join(' ') }, [t]));
  let offset = 0;
  let open: { name: TeiName; children: XNode[] } | undefined;
  const emit = (node: XNode) => (open === undefined ? out.push(node) : open.children.push(node));
  const close = () => {
    if (open !== undefined) out.push(el(open.name.element, { ref: open.name.ref }, open.children));
    open = undefined;
  };
  for (const run of runs(inlines)) {
    if ('break' in run) {
      if (open !== undefined && open.name.end <= offset + 1) close();
      emit(el('lb'));
      offset += 1; // inlineText writes a break as "\n"
      continue;
    }
    let at = 0;
    while (at < run.text.length) {
      const pos = offset + at;
      if (open !== undefined && open.name.end <= pos) close();
      if (open === undefined) {
        const starting = names.find((n) => n.start === pos);
        if (starting !== undefined) open = { name: starting, children: [] };
      }
      const next = open !== undefined ? open.name.end : (names.find((n) => n.start > pos)?.start ?? Number.POSITIVE_INFINITY);
      const end = Math.min(run.text.length, next - offset);
      emit(styled(run.text.slice(at, end), run.style));
      at = end;
    }
    offset += run.text.length;
  }
  close();
  return out;
}

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, format: false, suppressEmptyNode: true });

/** The whole TEI document, with its XML declaration. */
export function toTei(input: TeiInput): string {
  const lang = (code: string) => input.language.names[code] ?? code;
  const pub = publicationParts(input.publication);
  const authors = input.authors.map((a) => el('author', { cert: CERT[a.confidence] }, [a.name]));
  const original = block(
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
  const c = input.collected;
  const collected = block(
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
  const translations = input.translations.map((t, i) =>
    el('bibl', { type: 'translation', n: String(i + 1), cert: CERT[t.confidence] }, [
      ...(t.by === null ? [] : [el('publisher', {}, [t.by])]),
      el('note', {}, [`Translated from ${lang(t.from)} into ${lang(t.to)}${t.by === null ? ' by an unidentified translator' : ''}.`]),
      el('textLang', { mainLang: t.to }, [lang(t.to)]),
    ]),
  );
  const editorial = block(
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
  const header = block(
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
          block('sourceDesc', {}, [original, collected, ...translations], 3),
        ],
        2,
      ),
      block('encodingDesc', {}, [editorial], 2),
      block(
        'profileDesc',
        {},
        [block('langUsage', {}, [el('language', { ident: input.language.archived }, [lang(input.language.archived)])], 3)],
        2,
      ),
    ],
    1,
  );

  const front = block(
    'front',
    {},
    [
      el('docTitle', {}, [el('titlePart', {}, [input.title])]),
      ...(input.standfirst === undefined
        ? []
        : [
            block(
              'argument',
              {},
              input.standfirst.split('\n').map((line) => el('p', {}, [line])),
              3,
            ),
          ]),
    ],
    2,
  );
  const para = (b: TeiBlock) => el('p', { n: String(b.n), 'xml:id': `p${b.n}` }, mixedContent(b.inlines, b.names));
  const bodyChildren: XNode[] = [];
  let div: { head: TeiBlock; paras: XNode[] } | undefined;
  const flush = () => {
    if (div === undefined) return;
    bodyChildren.push(block('div', {}, [el('head', {}, mixedContent(div.head.inlines, div.head.names)), ...div.paras], 3));
  };
  for (const b of input.blocks) {
    if (b.kind === 'heading') {
      flush();
      div = { head: b, paras: [] };
    } else if (div !== undefined) div.paras.push(para(b));
    else bodyChildren.push(para(b));
  }
  flush();
  const textEl = block('text', {}, [front, block('body', {}, bodyChildren, 2)], 1);
  const tei = block('TEI', { xmlns: TEI_NS, 'xml:lang': input.language.archived }, [header, textEl], 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([tei]) as string}\n`;
}
