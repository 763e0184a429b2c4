/**
 * Where a problem stands and what it is, for the one reader (`read.ts`): YAML parsed with positions
 * (the `yaml` package's YAML 1.2 core schema, which keeps an unquoted `2021-02-30` as the characters
 * written; the reader turns such a scalar into a marked Date so the schema asks for quotes), field
 * paths turned into lines and columns, zod's issues turned into problems through their codes,
 * paths and `params` (never by reading message text), and TODO markers left in a draft.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './integrity.ts';

/** A YAML document with what is needed to turn a field path into a line and column. */
export interface Located {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** Lines before the YAML text in its file (the frontmatter's opening `---`). */
  readonly lineOffset: number;
}

export type Path = ReadonlyArray<string | number>;

/** YAML 1.1's timestamp, which a YAML 1.1 reader would turn into a Date. */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/** An unquoted date-shaped scalar, as a Date that remembers the characters written. */
class UnquotedDate extends Date {
  readonly written: string;
  constructor(written: string) {
    super(Number.NaN);
    this.written = written;
  }
}

/** How many times a file's aliases may be expanded in all: the `yaml` package's own default. */
const MAX_ALIASES = 100;

/** Parses YAML keeping positions; an unquoted date-shaped scalar becomes an {@link UnquotedDate}. */
export function parseYaml(text: string, file: string, lineOffset: number): { data: unknown; at: Located; problems: Problem[] } {
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
      expected:
        'well-formed YAML: `key: value` lines, two-space indentation, ' +
        'quotes around text containing `: ` or starting with a special character',
    });
  }
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && TIMESTAMP.test(node.value)) node.value = new UnquotedDate(node.value);
    },
  });
  if (problems.length > 0) return { data: undefined, at: { doc, lines, lineOffset }, problems };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), at: { doc, lines, lineOffset }, problems };
  } catch (error) {
    // The `yaml` package stops expanding aliases past the limit (a "billion laughs" file would take all memory).
    if (!(error instanceof ReferenceError)) throw error;
    problems.push({
      file,
      line: 1 + lineOffset,
      column: 1,
      field: 'YAML',
      found: `aliases (*name) that expand past ${MAX_ALIASES} copies`,
      expected: 'the values written out, or a few aliases: content files repeat little',
    });
    return { data: undefined, at: { doc, lines, lineOffset }, problems };
  }
}

/** The line and column of the node at `path`, or of the nearest enclosing node that exists. */
export function locate(at: Located, p: Path, preferKey = false): { line: number; column: number } {
  let node: unknown = at.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of p.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (pair === undefined) break;
      const keyStart = (pair.key as Node).range?.[0];
      const valueStart = (pair.value as Node | null)?.range?.[0];
      const last = i === p.length - 1;
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

/** `published.date`, `authors[0].name`: the field names every problem uses. */
export function formatPath(p: Path): string {
  return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function parsePath(field: string): Path {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

export function valueAt(data: unknown, p: Path): unknown {
  let v = data;
  for (const s of p) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

/**
 * What was found, in an editor's words. Text is quoted at most `quote` characters long: a whole file
 * that is not YAML fields can be anything (a log, an environment), and a message is printed into logs.
 */
export function describe(value: unknown, quote = 80): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof UnquotedDate) return `${value.written} without quotes, which YAML reads as a timestamp`;
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty string';
    const chars = [...value];
    const shown = JSON.stringify(chars.length > quote ? `${chars.slice(0, quote - 3).join('')}...` : value);
    return chars.length > quote ? `${shown} (${chars.length.toLocaleString('en')} characters)` : shown;
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping of fields';
  return String(value);
}

/** Zod's type names in an editor's words, for issues whose schema gives no message of its own. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'a mapping of fields',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** What a size limit counts, by zod's origin of the issue. */
const UNITS: Readonly<Record<string, string>> = { array: ' item(s)', set: ' item(s)', string: ' character(s)' };

/**
 * What was expected, for an issue the schema gives no message of its own (zod's contextual error
 * map: a schema's own `error` wins over this one). Built from the issue's code and fields.
 */
export function expectedOf(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'too_small': {
      const unit = UNITS[issue.origin] ?? '';
      return issue.inclusive === false ? `more than ${String(issue.minimum)}${unit}` : `at least ${String(issue.minimum)}${unit}`;
    }
    case 'too_big': {
      const unit = UNITS[issue.origin] ?? '';
      return issue.inclusive === false ? `less than ${String(issue.maximum)}${unit}` : `at most ${String(issue.maximum)}${unit}`;
    }
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `text in the format ${issue.format}`;
    default:
      return 'a value this field accepts (see src/lib/content/schema.ts)';
  }
}

const hasTodo = (value: unknown) => typeof value === 'string' && /\bTODO\b/.test(value);

/** Turns zod's issues into located problems by their codes, paths and params. */
export function schemaProblems(error: z.ZodError, data: unknown, file: string, at: Located): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const issuePath = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...issuePath, key];
        out.push({
          file,
          ...locate(at, keyPath, true),
          field: formatPath(keyPath),
          found: `an unknown field "${key}"`,
          expected: 'only the fields src/lib/content/schema.ts defines here (check the spelling and the indentation)',
        });
      }
      continue;
    }
    const value = valueAt(data, issuePath);
    if (hasTodo(value)) continue; // Reported once, as a TODO left in.
    const params = issue.code === 'custom' ? (issue.params as { found?: string; expected?: string } | undefined) : undefined;
    out.push({
      file,
      ...locate(at, issuePath),
      field: formatPath(issuePath) || '(whole file)',
      // A whole file's value (a file that is one scalar, not fields) is quoted only briefly.
      found: params?.found ?? describe(value, issuePath.length === 0 ? 40 : 80),
      expected: params?.expected ?? issue.message,
    });
  }
  return out;
}

/** Where a TODO marker stands in a file; every one is a decision the editor has still to make. */
export function todoProblems(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\bTODO\b/g)) {
      const excerpt = line
        .slice(m.index, m.index + 90)
        .trim()
        .replace(/"$/, '');
      out.push({
        file,
        line: i + 1,
        column: m.index + 1,
        field: 'TODO',
        found: `a TODO left in: "${excerpt}${line.length > m.index + 90 ? '…' : ''}"`,
        expected:
          "the editor's decision in its place: do what the TODO asks, then delete the marker " +
          '(npm run new-article leaves one wherever a decision is needed)',
      });
    }
  });
  return out;
}
