/**
 * A TEI document's `text`: the title and standfirst in `front`; in `body` each paragraph as
 * `<p n="N" xml:id="pN">` and each of the source's headings as the `<head>` of a `<div>` holding the
 * paragraphs after it; emphasis as `<hi>`, line breaks as `<lb/>`, and the names found by the
 * registry's matcher as `persName`, `placeName` or `orgName` with `ref` to the entry's page.
 */
import type { Inline } from '../content/body.ts';
import { block, el, text, type XNode } from './tei-xml.ts';

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

/** The `text` element: the title and standfirst in `front`, the blocks in `body`, headings opening a `div`. */
export function teiText(input: {
  readonly title: string;
  readonly standfirst?: string | undefined;
  readonly blocks: readonly TeiBlock[];
}): XNode {
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
  return block('text', {}, [front, block('body', {}, bodyChildren, 2)], 1);
}
