/**
 * The reader's second stage: each file's text parsed once. An MDX file is split with unified +
 * remark-parse + remark-mdx + remark-frontmatter into its frontmatter and its body, the body becoming
 * the article's numbered blocks (`body.ts`); nothing compiles a body into a module. YAML is read with
 * the `yaml` package's YAML 1.2 core schema (`located.ts`), which keeps an unquoted `2021-02-30` as the
 * characters written, with the position of every node so that a later problem can be placed.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksOf, type ParsedBody } from './body.ts';
import type { Problem } from './integrity.ts';
import type { ContentFile } from './list.ts';
import { type Located, parseYaml, todoProblems, valueAt } from './located.ts';
import { textProblem } from './schema/common.ts';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** An MDX file split once into its frontmatter YAML and its body's nodes. */
export function splitMdx(
  file: string,
  text: string,
): { yaml: string; yamlLine: number; body: RootContent[]; bodyText: string; bodyLine: number } | Problem {
  // An opening `---` with no closing one would otherwise parse as a rule and paragraphs of YAML text,
  // and be reported as "no frontmatter" or as malformed MDX somewhere in the fields.
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.trimEnd() === '---' && !lines.slice(1).some((l) => l.trimEnd() === '---')) {
    return {
      file,
      line: 1,
      column: 1,
      field: 'frontmatter',
      found: 'an opening `---` line and no closing `---` line',
      expected: 'a `---` line after the last YAML field, before the text',
    };
  }
  let tree: Root;
  try {
    tree = mdx.parse(text);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      file,
      line: e.line ?? undefined,
      column: e.column ?? undefined,
      field: 'MDX',
      found: `malformed MDX: ${e.reason ?? e.message ?? String(error)}`,
      expected: 'well-formed MDX: close every tag and brace, or escape a literal < or { in the text with a backslash',
    };
  }
  const fm = tree.children[0];
  if (fm?.type !== 'yaml' || fm.position === undefined) {
    return {
      file,
      line: 1,
      column: 1,
      field: 'frontmatter',
      found: 'no frontmatter (the first line is not `---`)',
      expected: 'the file to start with a `---` line, the YAML fields, and a closing `---` line',
    };
  }
  return {
    yaml: fm.value,
    yamlLine: fm.position.start.line,
    body: tree.children.slice(1),
    bodyText: text.slice(fm.position.end.offset ?? 0),
    bodyLine: fm.position.end.line,
  };
}

/**
 * Characters the archived text must not hold (controls, noncharacters, bidi overrides: ./schema/common.ts),
 * each at its line and column of the file; the capture check would only say the paragraph differs.
 */
export function bodyTextProblems(file: string, bodyText: string, firstLine: number): Problem[] {
  return bodyText.split('\n').flatMap((line, i) => {
    const p = textProblem(line.replace(/\r$/, ''), { lines: 'many' });
    return p === undefined ? [] : [{ file, line: firstLine + i, column: p.at ?? 1, field: 'body', found: p.found, expected: p.expected }];
  });
}

/** The parts of an article outside its numbered paragraphs that have anchors events can cite. */
export const CITABLE_PARTS = ['standfirst', 'dateline'] as const;

/** What events may cite of an article: its numbered paragraphs and the parts it has (`integrity.ts`). */
export interface Citable {
  readonly id: string;
  readonly file: string;
  readonly slug: string;
  readonly paragraphCount: number;
  readonly parts: readonly string[];
}

/** An article whose body could not be read still exists: events citing it are not wrongly reported. */
function unreadable(f: Pick<ContentFile, 'id' | 'file'>): Citable {
  return { id: f.id, file: f.file, slug: f.id, paragraphCount: Number.MAX_SAFE_INTEGER, parts: CITABLE_PARTS };
}

/** A file parsed: its YAML (an article's frontmatter) with positions, and an article's body. */
export interface ParsedFile {
  readonly collection: ContentFile['collection'];
  readonly id: string;
  readonly file: string;
  /** The YAML text and the line before its first, to place a later problem (`positions.ts`). */
  readonly yaml: string;
  readonly yamlLine: number;
  /** The YAML's data, undefined when it could not be parsed (its problems are reported). */
  readonly data: unknown;
  readonly at: Located;
  /** An article's body as numbered blocks, and its text as written after the frontmatter. */
  readonly body?: { readonly parsed: ParsedBody; readonly text: string };
}

/**
 * The problems of one file's parsing: `head` those of its text and data (TODOs, MDX, YAML, an
 * empty file), reported before its schema's; `body` those of an article's text, after them.
 */
export interface ParseResult {
  readonly parsed?: ParsedFile;
  /** What events may cite of an article, even one that could not be parsed. */
  readonly citable?: Citable;
  readonly head: readonly Problem[];
  readonly body: readonly Problem[];
}

/** Parses one file of the tree; `parsed` is absent when nothing more can be read of it. */
export function parseFile(f: ContentFile): ParseResult {
  const article = f.collection === 'articles';
  if (f.text === undefined) return { ...(article ? { citable: unreadable(f) } : {}), head: [], body: [] };
  const todos = todoProblems(f.file, f.text);
  let yaml = f.text;
  let yamlLine = 0;
  let split: Exclude<ReturnType<typeof splitMdx>, Problem> | undefined;
  if (article) {
    const s = splitMdx(f.file, f.text);
    if ('found' in s) return { citable: unreadable(f), head: [...todos, s], body: [] };
    split = s;
    yaml = s.yaml;
    yamlLine = s.yamlLine;
  }
  const { data, at, problems } = parseYaml(yaml, f.file, yamlLine);
  const head = [...todos, ...problems];
  if (data === null && !article) {
    head.push({
      file: f.file,
      line: 1,
      column: 1,
      field: '(whole file)',
      found: 'an empty file',
      expected: `the fields of ${f.collection.replace(/s$/, '')} as src/lib/content/schema.ts defines them`,
    });
    return { head, body: [] };
  }
  const parsed = { collection: f.collection, id: f.id, file: f.file, yaml, yamlLine, data, at };
  if (split === undefined) return { parsed, head, body: [] };
  const blocks = blocksOf(split.body);
  const body = bodyTextProblems(f.file, split.bodyText, split.bodyLine);
  const todoLines = new Set(todos.map((p) => p.line));
  for (const p of blocks.problems) {
    // A draft's `{/* TODO … */}` comment is reported once, as a TODO.
    if (todoLines.has(p.line) && p.found === 'an MDX {expression}') continue;
    body.push({ file: f.file, line: p.line, column: p.column, field: 'body', found: p.found, expected: p.expected });
  }
  const slug = valueAt(data, ['slug']);
  const citable = {
    id: f.id,
    file: f.file,
    slug: typeof slug === 'string' ? slug : f.id,
    paragraphCount: blocks.paragraphs.length,
    // The parts outside the numbered paragraphs that events may cite, where the article has them.
    parts: CITABLE_PARTS.filter((k) => valueAt(data, [k]) !== undefined),
  };
  return { parsed: { ...parsed, body: { parsed: blocks, text: split.bodyText } }, citable, head, body };
}
