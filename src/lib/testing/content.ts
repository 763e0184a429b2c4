/**
 * The repository's own content for tests, read through the one reader (`../content/read.ts`), so
 * tests see exactly what the build sees: validated entries with the schema's defaults, bodies as
 * numbered blocks. A tree with a problem fails loudly here rather than letting a test pass on it.
 */
import { join, resolve } from 'node:path';
import { type ArticleCitationSource, type CitationInput, citationInput, type OutletInfo } from '../citation/citation.ts';
import { formatProblem } from '../content/integrity.ts';
import { type ContentTree, readCapture as readFromTree, readContent } from '../content/read.ts';

/** The repository's root and its content tree. */
export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
export const contentRoot = join(repoRoot, 'content');

/** Reads a content tree (the repository's by default), throwing on any problem. */
export function readTree(root: string = contentRoot): ContentTree {
  const tree = readContent(root);
  if (tree.problems.length > 0) throw new Error(`${root} has problems:\n${tree.problems.map(formatProblem).join('\n')}`);
  return tree;
}

/** A capture, exactly as collected. */
export function readCapture(tree: ContentTree, file: string): string {
  const bytes = readFromTree(tree.root, file);
  if (bytes === undefined) throw new Error(`no capture ${file} in ${tree.root}/sources/`);
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Every article's frontmatter, keyed by slug, as citations take it. */
export function articlesFrontmatter(
  tree: ContentTree = readTree(),
): Map<string, ArticleCitationSource & ContentTree['articles'][number]['data']> {
  return new Map(tree.articles.map((a) => [a.data.slug, a.data]));
}

/** A look-up of outlets by id, failing loudly on an unknown one. */
export function outletLookup(tree: ContentTree = readTree()): (id: string) => OutletInfo {
  const byId = new Map(tree.outlets.map((o) => [o.id, o.data]));
  return (id) => {
    const outlet = byId.get(id);
    if (outlet === undefined) throw new Error(`no outlet "${id}" in ${tree.root}/outlets/`);
    return outlet;
  };
}

/** The archive's name in the citation tests, whose pages stand at https://archive.test/. */
export const TEST_ARCHIVE = 'Kazakhstan–Russia Archive';

/** Each article's citation input by slug, as its page at https://archive.test/ gives it. */
export function citationInputs(tree: ContentTree = readTree()): (slug: string, accessed?: string) => CitationInput {
  const articles = articlesFrontmatter(tree);
  const outlets = outletLookup(tree);
  return (slug, accessed) => {
    const a = articles.get(slug);
    if (a === undefined) throw new Error(`no article ${slug}`);
    return citationInput(a, outlets, { name: TEST_ARCHIVE, url: `https://archive.test/articles/${slug}/` }, accessed);
  };
}

/**
 * The start of each article's and event's date as its content gives it (a day, a month, a year, or a
 * span's start), by the page's site path (`/articles/x/`, `/events/y/`): what their date order follows.
 */
export function dateStarts(tree: ContentTree = readTree()): Map<string, string | undefined> {
  const startOf = (spec: { date?: string | undefined; from?: string | undefined }) => spec.date ?? spec.from;
  return new Map([
    ...tree.articles.map((a) => [`/articles/${a.data.slug}/`, startOf(a.data.published)] as const),
    ...tree.events.map((e) => [`/events/${e.id}/`, startOf(e.data.when)] as const),
  ]);
}
