/**
 * No interface string outside the dictionaries, on the kinds of page built in every language: starting
 * from each route under src/pages/[lang]/ (and its English twin), every `.astro` file it reaches by
 * import is parsed with Astro's own compiler, and its text nodes, its visible attributes (aria-label,
 * title, alt, placeholder) and the strings of its expressions and frontmatter are scanned for English
 * words that are not a dictionary lookup. Every key passed to `t()`, `translate()` or a `<Sentence k>`
 * must exist. A component a language route starts using is scanned from then on, so a kind cannot be
 * half translated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { describe, expect, it } from 'vitest';
import { isKey } from '../../src/lib/i18n/translate.ts';
import { scanScript } from './script-strings.ts';

const root = resolve('.');
const langRoutes = join(root, 'src/pages/[lang]');

/** Attributes a reader sees or hears. */
const VISIBLE = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description']);
/** Calls whose string argument is a dictionary key. */
const LOOKUPS = new Set(['t', 'translate']);
/**
 * Strings that look like words but are not interface text: Astro's own values and the names an
 * interface shows as they are (the languages' own names are in src/lib/i18n/langs.ts, data not words).
 */
const NOT_INTERFACE = new Set([
  'Article',
  'Astro',
  'Chicago',
  'APA',
  'RIS',
  'CSL-JSON',
  'BibTeX (biblatex)',
  'Frictionless',
  'frictionless validate',
  // How the index's "acting for a state" values are read (src/lib/search/derived.ts): a value, not a sentence.
  'acting for',
]);

/** Whether a string holds English words a reader would read: two words, or one capitalised word. */
function looksEnglish(text: string): boolean {
  const s = text.replace(/\{[A-Za-z]\w*\}/g, ' ').trim();
  if (NOT_INTERFACE.has(s)) return false;
  return /[A-Za-z]{2,}[^\S\n]*[,;:]?\s+[A-Za-z]{2,}/.test(s) || /^[A-Z][a-z]{2,}[.!?:]?$/.test(s);
}

type Node = { type?: string; [k: string]: unknown };
interface Finding {
  readonly file: string;
  readonly what: string;
}

/** The files of every route under src/pages/[lang]/, and their English twins. */
function routeFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.astro')) out.push(full, join(root, 'src/pages', relative(langRoutes, full)));
    }
  };
  walk(langRoutes);
  return out;
}

/** Walks an ESTree/JSX node, calling `visit` with each node and its parent. */
function walk(node: unknown, visit: (n: Node, parent: Node | undefined) => boolean | undefined, parent?: Node): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string' && visit(n, parent) === false) return;
  for (const [k, v] of Object.entries(n)) if (k !== 'type' && v !== null && typeof v === 'object') walk(v, visit, n);
}

const nameOf = (n: unknown): string => {
  const node = n as Node | undefined;
  if (node?.type === 'JSXIdentifier' || node?.type === 'Identifier') return String(node['name']);
  if (node?.type === 'JSXNamespacedName') return `${nameOf(node['namespace'])}:${nameOf(node['name'])}`;
  return '';
};

/** The findings of one file (its text given), and the `.astro` files it imports. */
function scan(file: string, source = readFileSync(file, 'utf8')): { findings: Finding[]; imports: string[]; keys: string[] } {
  const { ast } = parse(source) as unknown as { ast: Node };
  const findings: Finding[] = [];
  const imports: string[] = [];
  const keys: string[] = [];
  const where = relative(root, file);
  walk(ast, (n, parent) => {
    switch (n.type) {
      case 'ImportDeclaration': {
        const from = String((n['source'] as Node)['value']);
        if (from.endsWith('.astro')) imports.push(resolve(dirname(file), from));
        return false;
      }
      case 'JSXElement': {
        const tag = nameOf((n['openingElement'] as Node)['name']);
        // Scripts and styles are code; a script's interface strings are the browser modules' to carry.
        if (tag === 'script' || tag === 'style') return false;
        return;
      }
      case 'JSXText':
        if (looksEnglish(String(n['value']))) findings.push({ file: where, what: `text ${JSON.stringify(String(n['value']).trim())}` });
        return;
      case 'JSXAttribute': {
        const name = nameOf(n['name']);
        const value = n['value'] as Node | null;
        if (name === 'k' && value?.type === 'Literal') keys.push(String(value['value']));
        if (VISIBLE.has(name) && value?.type === 'Literal' && looksEnglish(String(value['value'])))
          findings.push({ file: where, what: `${name}=${JSON.stringify(value['value'])}` });
        // Any other literal attribute is not read (class names, ids, rel, hreflang values).
        return value?.type === 'Literal' ? false : undefined;
      }
      case 'CallExpression': {
        const callee = nameOf(n['callee']);
        const args = n['arguments'] as Node[];
        if (LOOKUPS.has(callee)) {
          const keyArg = args[callee === 'translate' ? 1 : 0];
          if (keyArg?.type === 'Literal') keys.push(String(keyArg['value']));
          return;
        }
        // An error's message is for the developer, not the reader.
        if (callee === 'Error') return false;
        return;
      }
      case 'NewExpression':
        return nameOf(n['callee']) === 'Error' ? false : undefined;
      case 'Literal':
        if (typeof n['value'] === 'string' && looksEnglish(n['value']) && parent?.type !== 'JSXAttribute')
          findings.push({ file: where, what: `string ${JSON.stringify(n['value'])}` });
        return;
      case 'TemplateLiteral': {
        const text = (n['quasis'] as Node[]).map((q) => String((q['value'] as Node)['cooked'] ?? '')).join(' {x} ');
        if (looksEnglish(text)) findings.push({ file: where, what: `template ${JSON.stringify(text)}` });
        return;
      }
    }
    return undefined;
  });
  return { findings, imports, keys };
}

/** Every file reachable from the language routes, each scanned once. */
function scanAll(): Map<string, ReturnType<typeof scan>> {
  const seen = new Map<string, ReturnType<typeof scan>>();
  const queue = routeFiles();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const result = scan(file);
    seen.set(file, result);
    queue.push(...result.imports);
  }
  return seen;
}

describe('interface strings on the pages built in every language', () => {
  const scanned = scanAll();
  it('reaches the layout and each kind’s component', () => {
    const files = [...scanned.keys()].map((f) => relative(root, f));
    expect(files).toContain('src/layouts/Base.astro');
    expect(files).toContain('src/components/pages/Home.astro');
  });
  it('has no English words outside the dictionaries', () => {
    expect([...scanned.values()].flatMap((r) => r.findings)).toEqual([]);
  });
  it('looks up only keys the dictionaries have', () => {
    const missing = [...scanned.entries()].flatMap(([file, r]) =>
      r.keys.filter((k) => !isKey(k)).map((k) => `${relative(root, file)}: ${k}`),
    );
    expect(missing).toEqual([]);
    expect([...scanned.values()].flatMap((r) => r.keys).length).toBeGreaterThan(20);
  });
});

describe('the scan itself', () => {
  it('finds English text, visible attributes and strings, and passes lookups, classes and errors', () => {
    const found = (src: string) => scan(join(root, 'src/components/Probe.astro'), src).findings;
    expect(found('<p>Page not found</p>')).toHaveLength(1);
    expect(found('<input placeholder="Search the archive" />')).toHaveLength(1);
    expect(found('<nav aria-label="Main"></nav>')).toHaveLength(1);
    expect(found("---\nconst nav = [{ label: 'Timeline' }];\n---\n<p>{nav[0].label}</p>")).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an Astro template literal, the scan's input
    expect(found('<p>{`Edition ${n}`}</p>')).toHaveLength(1);
    expect(found("<p class=\"meta tags\" aria-label={t('nav.label')}>{t('home.count', { count: 2 })}</p>")).toEqual([]);
    expect(found("---\nif (x) throw new Error('No such page here');\n---\n<p>·</p>")).toEqual([]);
    expect(found('<script>const a = "Some words here";</script>')).toEqual([]);
    // The layout as it was before the dictionaries: its navigation, labels and footer are all found.
    const before = readFileSync(join(root, 'tests/i18n/fixtures/base-before.astro.txt'), 'utf8');
    expect(found(before).length).toBeGreaterThan(10);
  });
});

/**
 * The search scripts, which every language's search page and header run: the files of src/client/ whose
 * name starts with "search" and the modules of src/client/ and src/lib/search/ they import.
 */
function searchScripts(): Map<string, ReturnType<typeof scanScript>> {
  const client = join(root, 'src/client');
  const queue = readdirSync(client)
    .filter((f) => f.startsWith('search') && f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(client, f));
  const reached = (f: string) => f.startsWith(client) || f.startsWith(join(root, 'src/lib/search'));
  const seen = new Map<string, ReturnType<typeof scanScript>>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const result = scanScript(file, looksEnglish);
    seen.set(file, result);
    queue.push(...result.imports.filter(reached));
  }
  return seen;
}

describe('interface strings in the search scripts', () => {
  const scanned = searchScripts();
  it('reaches the page’s script, the header’s and the modules that word their messages', () => {
    const files = [...scanned.keys()].map((f) => relative(root, f));
    expect(files).toEqual(
      expect.arrayContaining([
        'src/client/search-page.ts',
        'src/client/search-header.ts',
        'src/lib/search/said.ts',
        'src/lib/search/facet-groups.ts',
      ]),
    );
  });
  it('has no English words outside the dictionaries', () => {
    expect([...scanned.values()].flatMap((r) => r.findings)).toEqual([]);
  });
  it('finds what a script writes in English, and passes keys, errors, comparisons and imports', () => {
    const found = (src: string) => scanScript(join(root, 'src/client/probe.ts'), looksEnglish, src).findings;
    expect(found("status.textContent = 'No search was run.';")).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a script's template literal, the scan's input
    expect(found('more.textContent = `More results (${left} more)`;')).toHaveLength(1);
    expect(found("el('a', {}, 'The rule')")).toHaveLength(1);
    expect(found("sp.say('searchJs.theRule'); if (e.key === 'Escape') throw new Error(`No such file here: ${f}`);")).toEqual([]);
    expect(found("import { x } from '../lib/search/said.ts';")).toEqual([]);
    expect(found("el('p', { class: 'meta search-via' }, x)")).toEqual([]);
    expect(found("const T: Table = { title: 'Search results' };")).toEqual([]);
    expect(found("const T = { title: 'Search results' };")).toHaveLength(1);
  });
});
