/**
 * The built site's paths as a few patterns, for static hosts whose rule files are small (Cloudflare
 * Pages takes 2,000 static and 100 dynamic redirects, and few header rules; an archive has several
 * download files beside each article): under a folder with more than `many` sub-folders, one placeholder (`:p2`, named
 * by its depth) stands for all of them, their contents merged. `/articles/a/cite.bib` and
 * `/articles/b/cite.bib` become `/articles/:p2/cite.bib`.
 *
 * With `keepBesideFiles`, a folder whose sub-folders sit beside files other than its own page
 * (`index.html` and its `.gz`) keeps them literal: a redirect placeholder there would also catch the
 * files (Cloudflare applies redirects before it looks for a file).
 */

interface Node {
  readonly children: Map<string, Node>;
  /** The files this name stands for (none for a folder; several in a merged tree). */
  readonly files: string[];
}

const node = (): Node => ({ children: new Map(), files: [] });

function insert(root: Node, segments: readonly string[], original: string): void {
  let at = root;
  for (const s of segments) {
    let next = at.children.get(s);
    if (next === undefined) {
      next = node();
      at.children.set(s, next);
    }
    at = next;
  }
  at.files.push(original);
}

function merge(into: Node, from: Node): void {
  into.files.push(...from.files);
  for (const [name, child] of from.children) {
    let target = into.children.get(name);
    if (target === undefined) {
      target = node();
      into.children.set(name, target);
    }
    merge(target, child);
  }
}

const OWN_PAGE = new Set(['index.html', 'index.html.gz']);

interface Walk {
  readonly many: number;
  readonly keepBesideFiles: boolean;
  readonly fromDepth: number;
  readonly out: Map<string, string[]>;
}

function walk(at: Node, prefix: string, depth: number, w: Walk): void {
  const folders = [...at.children].filter(([, n]) => n.children.size > 0);
  const besideFiles = [...at.children].some(([name, n]) => n.children.size === 0 && !OWN_PAGE.has(name));
  for (const [name, n] of at.children) if (n.files.length > 0) w.out.set(`${prefix}/${name}`, n.files);
  if (depth >= w.fromDepth && folders.length > w.many && !(w.keepBesideFiles && besideFiles)) {
    const merged = node();
    for (const [, n] of folders) merge(merged, n);
    walk(merged, `${prefix}/:p${depth}`, depth + 1, w);
    return;
  }
  for (const [name, n] of folders) walk(n, `${prefix}/${name}`, depth + 1, w);
}

export interface PatternOptions {
  /** More sub-folders than this become one placeholder (default 2). */
  readonly many?: number;
  readonly keepBesideFiles?: boolean;
  /** The first depth at which sub-folders may become a placeholder (1: the site's top folders). */
  readonly fromDepth?: number;
}

/**
 * Each pattern of `files` (paths relative to the site's root, `articles/a/cite.bib`) as a root-relative
 * path, with the files it stands for; sorted by pattern.
 */
export function patternsOf(files: readonly string[], options: PatternOptions = {}): Map<string, string[]> {
  const root = node();
  for (const f of files)
    insert(
      root,
      f.split('/').filter((s) => s !== ''),
      f,
    );
  const out = new Map<string, string[]>();
  walk(root, '', 1, { many: options.many ?? 2, keepBesideFiles: options.keepBesideFiles ?? false, fromDepth: options.fromDepth ?? 1, out });
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The patterns alone. */
export const patterns = (files: readonly string[], options: PatternOptions = {}): string[] => [...patternsOf(files, options).keys()];
