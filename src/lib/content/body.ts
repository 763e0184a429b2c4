/**
 * The archived text of an article, as numbered blocks.
 *
 * The body of an article's MDX file is the source text: paragraphs, the source's own headings,
 * and emphasis. It is parsed here with unified + remark-parse + remark-mdx (the same parser the
 * content checker uses) rather than rendered through Astro's Markdown pipeline, because the
 * paragraph numbers must be identical wherever they are used: the `#p3` anchors on the page, the
 * events that cite paragraphs, the actor mentions, the search index and the fidelity test.
 * Astro 7's default Markdown processor does not run unified plugins, so numbering there would be a
 * second, diverging implementation.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stripAccents } from './folding.ts';

/** Inline content allowed in an archived text: the source's words, its emphasis and line breaks. */
export type Inline =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'emphasis' | 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'break' };

interface BlockBase {
  /** The anchor: `p3` for the third paragraph, `h-...` for a heading. */
  readonly id: string;
  readonly inlines: readonly Inline[];
  /** The plain text, for search, mention finding and tests. */
  readonly text: string;
  /** Line in the body (1-based), for error messages. */
  readonly line: number;
}
export interface ParagraphBlock extends BlockBase {
  readonly kind: 'paragraph';
  /** 1-based paragraph number; headings are not counted. */
  readonly n: number;
}
export interface HeadingBlock extends BlockBase {
  readonly kind: 'heading';
  readonly depth: number;
}
export type Block = ParagraphBlock | HeadingBlock;

/** A construct the archive does not allow in a source text, with where it is. */
export interface BodyProblem {
  readonly line: number;
  readonly column: number;
  /** What stands there, e.g. "a link". */
  readonly found: string;
  /** What the archive allows instead. */
  readonly expected: string;
  /** `found …; expected …`, for messages that need one string. */
  readonly message: string;
}

function problem(
  node: { position?: { start: { line: number; column: number } } | undefined },
  found: string,
  expected: string,
): BodyProblem {
  return { ...where(node), found, expected, message: `found ${found}; expected ${expected}` };
}

export interface ParsedBody {
  readonly blocks: readonly Block[];
  readonly paragraphs: readonly ParagraphBlock[];
  readonly problems: readonly BodyProblem[];
}

const processor = unified().use(remarkParse).use(remarkMdx);

/** Malformed MDX, located: the parser's own message with the line and column it stopped at. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(line: number, column: number, reason: string) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'MdxSyntaxError';
    this.line = line;
    this.column = column;
  }
}

/** The mdast tree of an MDX body; throws {@link MdxSyntaxError} with line and column when malformed. */
export function parseMdx(source: string): Root {
  try {
    return processor.parse(source);
  } catch (error) {
    const e = error as { line?: number | undefined; column?: number | undefined; reason?: string; message?: string };
    throw new MdxSyntaxError(e.line ?? 1, e.column ?? 1, e.reason ?? e.message ?? String(error));
  }
}

function where(node: { position?: { start: { line: number; column: number } } | undefined }) {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function toInlines(nodes: readonly PhrasingContent[], problems: BodyProblem[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    else if (node.type === 'emphasis' || node.type === 'strong')
      out.push({ type: node.type, children: toInlines(node.children, problems) });
    else if (node.type === 'break') out.push({ type: 'break' });
    else {
      problems.push(
        problem(
          node,
          `${describe(node)} in the text`,
          "only the source's words, *emphasis* and **strong** (escape a literal character with a backslash)",
        ),
      );
    }
  }
  return out;
}

function describe(node: RootContent | PhrasingContent): string {
  switch (node.type) {
    case 'link':
    case 'linkReference':
      return 'a link';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return `a JSX element <${node.name ?? ''}>`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'an MDX {expression}';
    case 'mdxjsEsm':
      return 'an import or export';
    default:
      return `a ${node.type} node`;
  }
}

/** The plain text of inline content, as a reader sees it. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'break' ? '\n' : inlineText(i.children))).join('');
}

/**
 * How many lines of the file come before its body, so that a body line can be reported as a line
 * of the file an editor opens. Astro hands pages the body without its frontmatter.
 */
export function bodyLineOffset(fileText: string, body: string): number {
  const at = fileText.indexOf(body);
  return at <= 0 ? 0 : fileText.slice(0, at).split('\n').length - 1;
}

/**
 * Turns a heading into an anchor that stays put while its words do: lower case, letters and
 * digits of any script, hyphens between words.
 */
export function headingId(text: string): string {
  const words =
    stripAccents(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return `h-${words.join('-')}`;
}

/**
 * Splits an MDX body into numbered paragraphs and headings, reporting anything that is not
 * source text. Paragraph numbers start at 1 and skip headings, so `#p3` is the third paragraph
 * a reader counts.
 */
export function parseBody(source: string): ParsedBody {
  return blocksOf(parseMdx(source).children);
}

/**
 * The numbered blocks of a body already parsed (the content reader parses each file once, with its
 * frontmatter, and hands over the nodes after it).
 */
export function blocksOf(nodes: readonly RootContent[]): ParsedBody {
  const problems: BodyProblem[] = [];
  const blocks: Block[] = [];
  const paragraphs: ParagraphBlock[] = [];
  const headingIds = new Map<string, number>();
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const inlines = toInlines((node as Paragraph).children, problems);
      const n = paragraphs.length + 1;
      const block: ParagraphBlock = { kind: 'paragraph', n, id: `p${n}`, inlines, text: inlineText(inlines), line: where(node).line };
      paragraphs.push(block);
      blocks.push(block);
    } else if (node.type === 'heading') {
      const heading = node as Heading;
      const inlines = toInlines(heading.children, problems);
      const text = inlineText(inlines);
      let id = headingId(text);
      const seen = headingIds.get(id) ?? 0;
      headingIds.set(id, seen + 1);
      if (seen > 0) id = `${id}-${seen + 1}`;
      if (heading.depth < 2)
        problems.push(problem(node, 'a level-1 heading', "## or deeper (the title is the page's only level-1 heading)"));
      blocks.push({ kind: 'heading', depth: heading.depth, id, inlines, text, line: where(node).line });
    } else {
      problems.push(problem(node, describe(node), 'paragraphs and headings of the source text only'));
    }
  }
  return { blocks, paragraphs, problems };
}
