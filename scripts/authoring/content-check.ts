/**
 * The content checker: every rule the build enforces, run before the build, with each error at
 * `file:line:column` so an editor's tool can jump to it.
 *
 * It builds the schemas of `src/lib/content/schema.ts` with a plain-id reference that checks the id
 * against the files in `content/<collection>/` (Astro's `reference()` does the same at build
 * time), runs `checkIntegrity` for slugs and event paragraphs and `parseBody` for the bodies, and
 * adds what only an editor's draft has: `TODO` markers. Each article's capture in `<root>/sources/` is
 * checked by `checkCaptures` (src/lib/content/captures.ts), as the build checks it. YAML is read with the `yaml` package's
 * YAML 1.2 core schema, which keeps an unquoted `2021-02-30` as the characters written, so the
 * checker can point at it and ask for quotes where Astro's YAML 1.1 reader would silently roll it
 * into March.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { parseBody } from '../../src/lib/content/body.ts';
import { checkCaptures, type CaptureClaim } from '../../src/lib/content/captures.ts';
import { checkIntegrity, type Problem } from '../../src/lib/content/integrity.ts';
import { actorSchema, articleSchema, eventSchema, outletSchema, placeSchema, type Collection, type RefFactory } from '../../src/lib/content/schema.ts';

/** Each collection's folder under the content root and the one file type Astro loads from it. */
export const COLLECTION_FILES: Readonly<Record<Collection, string>> = {
  articles: '.mdx',
  actors: '.yaml',
  places: '.yaml',
  outlets: '.yaml',
  events: '.yaml',
};
const COLLECTIONS = Object.keys(COLLECTION_FILES) as Collection[];

export interface ContentFile {
  readonly collection: Collection;
  /** The entry's id: its file name without the extension, as Astro's loader makes it. */
  readonly id: string;
  /** The path shown in messages. */
  readonly file: string;
  readonly text: string;
}

export interface CheckResult {
  readonly problems: Problem[];
  readonly counts: Readonly<Record<Collection, number>>;
}

/**
 * Reads every collection folder under `root`. A file of the wrong type is a problem rather than
 * silently skipped, because Astro's loader would skip it too and the entry would vanish.
 */
export function readContentTree(root: string, display: string = root): { files: ContentFile[]; problems: Problem[]; sources: Captures } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const sources = readCaptures(root, display);
  for (const collection of COLLECTIONS) {
    const dir = path.join(root, collection);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue; // A collection with no folder is empty (there may be no events yet).
    }
    const ext = COLLECTION_FILES[collection];
    for (const name of names) {
      const file = path.join(display, collection, name);
      if (name.startsWith('.') || !statSync(path.join(dir, name)).isFile()) continue;
      if (!name.endsWith(ext)) {
        problems.push({ file, field: 'file name', found: `a file that is not ${ext}`, expected: `only ${ext} files in content/${collection}/ (the build ignores any other)` });
        continue;
      }
      files.push({ collection, id: name.slice(0, -ext.length), file, text: readFileSync(path.join(dir, name), 'utf8') });
    }
  }
  return { files, problems, sources };
}

/** The raw captures of a content tree (`<root>/sources/`), as bytes by file name, and how messages name the folder. */
export interface Captures {
  readonly dir: string;
  readonly bytes: ReadonlyMap<string, Uint8Array>;
}

function readCaptures(root: string, display: string): Captures {
  const bytes = new Map<string, Uint8Array>();
  let names: string[] = [];
  try {
    names = readdirSync(path.join(root, 'sources'));
  } catch {
    // No sources folder: every article's capture is then reported missing.
  }
  for (const name of names) {
    const file = path.join(root, 'sources', name);
    if (statSync(file).isFile()) bytes.set(name, new Uint8Array(readFileSync(file)));
  }
  return { dir: path.join(display, 'sources'), bytes };
}

/** A YAML document with what is needed to turn a field path into a line and column. */
interface Located {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** Lines before the YAML text in its file (the frontmatter's opening `---`). */
  readonly lineOffset: number;
}

type Path = ReadonlyArray<string | number>;

/** YAML 1.1's timestamp, which Astro's reader turns into a Date. */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

const UNQUOTED_DATE = Symbol('unquoted date');
interface UnquotedDate extends Date {
  [UNQUOTED_DATE]: string;
}

/**
 * Parses YAML keeping positions. An unquoted date-shaped scalar becomes a Date, as Astro would
 * read it, so the schema gives its "put the date in quotes" message; the Date remembers the
 * characters written so the message can quote them.
 */
function parseYaml(text: string, file: string, lineOffset: number): { data: unknown; at: Located; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const pos = error.linePos?.[0];
    problems.push({
      file,
      line: pos === undefined ? undefined : pos.line + lineOffset,
      column: pos?.col,
      field: 'YAML',
      found: error.message.split('\n')[0] ?? error.message,
      expected: 'well-formed YAML: `key: value` lines, two-space indentation, quotes around text containing `: ` or starting with a special character',
    });
  }
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && TIMESTAMP.test(node.value)) {
        const date = Object.assign(new Date(Number.NaN), { [UNQUOTED_DATE]: node.value });
        node.value = date;
      }
    },
  });
  return { data: problems.length > 0 ? undefined : doc.toJS(), at: { doc, lines, lineOffset }, problems };
}

/** The line and column of the node at `path`, or of the nearest enclosing node that exists. */
function locate(at: Located, p: Path, preferKey = false): { line: number; column: number } {
  let node: unknown = at.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const segment of p) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (pair === undefined) break;
      const keyStart = (pair.key as Node).range?.[0];
      const valueStart = (pair.value as Node | null)?.range?.[0];
      const last = segment === p[p.length - 1];
      offset = (last && (preferKey || valueStart === undefined) ? keyStart : (valueStart ?? keyStart)) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      const item = node.items[segment] as Node;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const pos = at.lines.linePos(offset);
  return { line: pos.line + at.lineOffset, column: pos.col };
}

/** `published.date`, `authors[0].name`: the field names `checkIntegrity` also uses. */
export function formatPath(p: Path): string {
  return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function parsePath(field: string): Path {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

function valueAt(data: unknown, p: Path): unknown {
  let v = data;
  for (const s of p) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof Date && UNQUOTED_DATE in value) return `${(value as UnquotedDate)[UNQUOTED_DATE]} without quotes, which YAML reads as a timestamp`;
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping of fields';
  return String(value);
}

const hasTodo = (value: unknown) => typeof value === 'string' && /\bTODO\b/.test(value);

/** Turns zod's issues into located problems, splitting each message into what was found and expected. */
function schemaProblems(error: z.ZodError, data: unknown, file: string, at: Located): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const issuePath = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ file, ...locate(at, [...issuePath, key], true), field: formatPath([...issuePath, key]), found: `an unknown field "${key}"`, expected: 'only the fields src/lib/content/schema.ts defines here (check the spelling and the indentation)' });
      }
      continue;
    }
    const value = valueAt(data, issuePath);
    if (hasTodo(value)) continue; // Reported once, as a TODO left in.
    let message = issue.message.replace(/^Invalid input: /, '');
    let found = describe(value);
    let expected: string;
    const notReal = /^"(.*)" is not a real (.*)$/.exec(message);
    if (notReal !== null) {
      found = `"${notReal[1] ?? ''}", which is not a real ${notReal[2] ?? 'date'}`;
      expected = `a real date, quoted: "2022", "2022-06" or "2022-06-17"`;
    } else if (message.startsWith('required: ')) {
      expected = message.slice('required: '.length);
    } else if (message.startsWith('expected ')) {
      message = message.slice('expected '.length);
      const split = /^(.*?), (?:found|received) (.*)$/.exec(message);
      expected = split?.[1] ?? message;
      if (value !== undefined && split?.[2] !== undefined && !/^(string|number|object|array|undefined|null|boolean)$/.test(split[2])) found = `${found} (${split[2]})`;
    } else {
      expected = message;
    }
    out.push({ file, ...locate(at, issuePath), field: formatPath(issuePath) || '(whole file)', found, expected });
  }
  return out;
}

const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** Where a TODO marker stands in a file; every one is a decision the editor has still to make. */
function todoProblems(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\bTODO\b/g)) {
      const excerpt = line.slice(m.index, m.index + 90).trim().replace(/"$/, "");
      out.push({
        file,
        line: i + 1,
        column: m.index + 1,
        field: 'TODO',
        found: `a TODO left in: "${excerpt}${line.length > m.index + 90 ? '…' : ''}"`,
        expected: 'the editor\'s decision in its place: do what the TODO asks, then delete the marker (npm run new-article leaves one wherever a decision is needed)',
      });
    }
  });
  return out;
}

interface ArticleInfo {
  readonly id: string;
  readonly file: string;
  readonly slug: string;
  readonly paragraphCount: number;
  /** What the article claims about its capture, when its frontmatter and body are valid. */
  readonly capture?: CaptureClaim | undefined;
}

/** Checks one article: MDX syntax, frontmatter against the schema, the body's constructs. */
function checkArticle(f: ContentFile, schema: z.ZodType, located: Map<string, Located>): { problems: Problem[]; info?: ArticleInfo } {
  const problems: Problem[] = [];
  let parsed: Omit<CaptureClaim, 'file' | 'blocks'> | undefined;
  let tree: Root;
  try {
    tree = mdxProcessor.parse(f.text);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    problems.push({
      file: f.file,
      line: e.line ?? undefined,
      column: e.column ?? undefined,
      field: 'MDX',
      found: `malformed MDX: ${e.reason ?? e.message ?? String(error)}`,
      expected: 'well-formed MDX: close every tag and brace, or escape a literal < or { in the text with a backslash',
    });
    return { problems };
  }
  const fm = tree.children[0];
  if (fm?.type !== 'yaml' || fm.position === undefined) {
    problems.push({ file: f.file, line: 1, column: 1, field: 'frontmatter', found: 'no frontmatter', expected: 'the file to start with a `---` line, the YAML fields, and a closing `---` line' });
    return { problems };
  }
  const { data, at, problems: yamlProblems } = parseYaml(fm.value, f.file, fm.position.start.line);
  located.set(f.file, at);
  problems.push(...yamlProblems);
  if (data !== undefined) {
    const result = schema.safeParse(data ?? {});
    if (!result.success) problems.push(...schemaProblems(result.error, data, f.file, at));
    else parsed = result.data as Omit<CaptureClaim, 'file' | 'blocks'>;
  }
  // The body as Astro hands it over: everything after the closing `---`. Its first line is the
  // rest of the fence's line, so body line n is file line n + (fence line - 1).
  const bodyOffset = fm.position.end.line - 1;
  const todoLines = new Set(todoProblems(f.file, f.text).map((p) => p.line));
  const body = parseBody(f.text.slice(fm.position.end.offset ?? 0));
  for (const p of body.problems) {
    const line = p.line + bodyOffset;
    if (todoLines.has(line) && p.message.includes('MDX {expression}')) continue; // a draft's TODO comment, reported as a TODO
    const [found, expected] = p.message.replace(/^found /, '').split('; expected ');
    problems.push({ file: f.file, line, column: p.column, field: 'body', found: found ?? p.message, expected: expected ?? 'source text only' });
  }
  const slug = valueAt(data, ['slug']);
  const capture: CaptureClaim | undefined = parsed === undefined || body.problems.length > 0 ? undefined : {
    ...parsed,
    file: f.file,
    blocks: body.blocks.map((b) => ({ kind: b.kind, text: b.text, n: b.kind === 'paragraph' ? b.n : undefined })),
  };
  const info = { id: f.id, file: f.file, slug: typeof slug === 'string' ? slug : f.id, paragraphCount: body.paragraphs.length, capture };
  return { problems, info };
}

/**
 * Checks a whole content tree. Returns every problem found, so an editor fixes them in one pass
 * rather than one build failure at a time.
 */
export function checkContent(files: readonly ContentFile[], sources: Captures): CheckResult {
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(files.filter((f) => f.collection === c).map((f) => f.id))])) as Record<Collection, Set<string>>;
  const ref: RefFactory = (collection) =>
    z.string({ error: `expected the id of an entry in content/${collection}/` }).refine((id) => ids[collection].has(id), {
      error: (iss) => `expected the id of an entry in content/${collection}/ (there is no content/${collection}/${String(iss.input)}${COLLECTION_FILES[collection]})`,
    });
  const schemas: Record<Collection, z.ZodType> = {
    articles: articleSchema(ref),
    actors: actorSchema,
    places: placeSchema,
    outlets: outletSchema,
    events: eventSchema(ref),
  };
  const problems: Problem[] = [];
  const located = new Map<string, Located>();
  const articles: ArticleInfo[] = [];
  const events: Array<{ id: string; file: string; sources: Array<{ article: string; paragraphs: number[] }> }> = [];

  for (const f of files) {
    problems.push(...todoProblems(f.file, f.text));
    if (f.collection === 'articles') {
      const r = checkArticle(f, schemas.articles, located);
      problems.push(...r.problems);
      // An article whose body cannot be read still exists: count its paragraphs as unknown, so
      // events citing it are not wrongly reported.
      articles.push(r.info ?? { id: f.id, file: f.file, slug: f.id, paragraphCount: Number.MAX_SAFE_INTEGER });
      continue;
    }
    const { data, at, problems: yamlProblems } = parseYaml(f.text, f.file, 0);
    located.set(f.file, at);
    problems.push(...yamlProblems);
    if (data === undefined) continue;
    if (data === null) {
      problems.push({ file: f.file, line: 1, column: 1, field: '(whole file)', found: 'an empty file', expected: `the fields of ${f.collection.replace(/s$/, '')} as src/lib/content/schema.ts defines them` });
      continue;
    }
    const result = schemas[f.collection].safeParse(data);
    if (!result.success) problems.push(...schemaProblems(result.error, data, f.file, at));
    else if (f.collection === 'events') {
      const e = result.data as { sources: Array<{ article: string; paragraphs: number[] }> };
      events.push({ id: f.id, file: f.file, sources: e.sources });
    }
  }

  // The captures, in the build's words (src/lib/content/captures.ts).
  const claims = articles.flatMap((a) => (a.capture === undefined ? [] : [a.capture]));
  const captureProblems = checkCaptures(claims, (file) => sources.bytes.get(file), sources.dir);
  for (const p of [...checkIntegrity({ articles, events }), ...captureProblems]) {
    const at = located.get(p.file);
    problems.push(at === undefined ? p : { ...p, ...locate(at, parsePath(p.field)) });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, ids[c].size])) as Record<Collection, number>;
  return { problems, counts };
}

/** The one line printed when the content is clean, so a passing run still says what it checked. */
export function summarise(counts: Readonly<Record<Collection, number>>): string {
  return `check:content: no problems in ${COLLECTIONS.map((c) => `${counts[c]} ${c}`).join(', ')}.`;
}
