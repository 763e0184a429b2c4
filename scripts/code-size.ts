// Prints the largest modules and every function over FUNCTION_LIMIT lines, tests and fixtures left out.
// Usage: node scripts/code-size.ts [--top N]
// Functions are found with the TypeScript compiler's own parser (the `typescript` devDependency), so arrow
// functions, methods and functions inside functions count as what they are; an .astro file's frontmatter
// is parsed the same way, its markup only counted as lines. It reports and never fails: the limits are
// the developers' guide's, not yet a lint rule.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';

export const MODULE_LIMIT = 300;
export const FUNCTION_LIMIT = 60;

const EXTENSIONS = ['.ts', '.mts', '.mjs', '.js', '.astro'];
const SKIPPED_DIRECTORIES = ['tests/', 'bench/bare/', 'node_modules/', 'dist/', 'public/'];
const TEST_FILE = /\.(test|spec|build|oracle)\.[cm]?[jt]s$|\.(test|build)\.[a-z]+\.[cm]?[jt]s$/;

export interface FunctionSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

/** Whether a repository-relative path is source the table measures (not a test, a fixture or a bundle). */
export function isMeasured(file: string): boolean {
  if (!EXTENSIONS.some((extension) => file.endsWith(extension))) return false;
  if (file.endsWith('.d.ts') || TEST_FILE.test(file) || file.includes('/fixtures/')) return false;
  return !SKIPPED_DIRECTORIES.some((directory) => file.startsWith(directory));
}

/** The number of lines of a text, a final newline not starting another. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.replace(/\r?\n$/, '').split(/\r?\n/).length;
}

/** An .astro file's frontmatter as script, with the line it starts on; the whole text for other files. */
function scriptOf(file: string, text: string): { code: string; firstLine: number } {
  if (!file.endsWith('.astro')) return { code: text, firstLine: 1 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return { code: match?.[1] ?? '', firstLine: 2 };
}

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name !== undefined) return named.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) return `(argument of ${parent.expression.getText(source).slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function, method, accessor and arrow function of a file, with its first line and its length. */
export function functionsOf(file: string, text: string): FunctionSize[] {
  const { code, firstLine } = scriptOf(file, text);
  const kind = file.endsWith('.js') || file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const found: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, name: nameOf(node, source), line: start + firstLine, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The report: the `top` largest modules, then every function over FUNCTION_LIMIT lines, longest first. */
export function report(files: ReadonlyMap<string, string>, top: number): string {
  const modules = [...files].map(([file, text]) => ({ file, lines: lineCount(text) })).sort((a, b) => b.lines - a.lines);
  const functions = [...files]
    .flatMap(([file, text]) => functionsOf(file, text))
    .filter((entry) => entry.lines > FUNCTION_LIMIT)
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
  const over = modules.filter((module) => module.lines > MODULE_LIMIT).length;
  const rows = [
    `${files.size} modules measured; ${over} over ${MODULE_LIMIT} lines; ${functions.length} functions over ${FUNCTION_LIMIT} lines`,
    '',
    `| largest modules | lines |`,
    '|---|---:|',
    ...modules.slice(0, top).map((module) => `| ${module.file} | ${module.lines} |`),
    '',
    `| functions over ${FUNCTION_LIMIT} lines | where | lines |`,
    '|---|---|---:|',
    ...functions.map((entry) => `| ${entry.name} | ${entry.file}:${entry.line} | ${entry.lines} |`),
  ];
  return `${rows.join('\n')}\n`;
}

function main(): void {
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex === -1 ? 25 : Number(process.argv[topIndex + 1]);
  if (!Number.isInteger(top) || top < 1)
    throw new Error(`code-size: --top expects a whole number above 0, got ${process.argv[topIndex + 1]}`);
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((file) => file !== '' && isMeasured(file) && existsSync(file));
  process.stdout.write(report(new Map(files.map((file) => [file, readFileSync(file, 'utf8')])), top));
}

if (import.meta.main) main();
