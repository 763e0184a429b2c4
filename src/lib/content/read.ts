/**
 * The one reader of a content tree (and, through ./tree-files.ts, of its captures and moved pages:
 * `readCapture`, `readRedirects`).
 * The build (through the Astro content loader in `src/loaders/archive.ts`), the content checker, the draft
 * generator, the tests and the bench all read the archive through `readContent`, so every one of them sees
 * the same entries and reports the same problems in the same words.
 *
 * - MDX files are parsed once, with unified + remark-parse + remark-mdx + remark-frontmatter: the
 *   frontmatter node is read with the `yaml` package (positions kept), the rest of the tree becomes
 *   the article's numbered blocks (`body.ts`). Nothing compiles a body into a module.
 * - YAML is read with the `yaml` package's YAML 1.2 core schema, which keeps an unquoted
 *   `2021-02-30` as the characters written; the reader turns such a scalar into a marked Date so the
 *   schema asks for quotes, and the message can quote what was written.
 * - Every entry is validated by the one schema (`schema.ts`); zod's issues become problems through
 *   their codes, paths and `params`, never by reading message text.
 * - Cross-entry rules follow: ids that exist, unique slugs, paragraphs that exist
 *   (`integrity.ts`), no source on a ruled-out host (`ruled-out.ts`), one spelling per registry
 *   entry (`registry-checks.ts`), each article against its capture in `<root>/sources/` (`captures.ts`),
 *   and TODOs left in.
 *
 * Framework-free: no Astro imports.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'zod';
import { blocksOf, type ParsedBody } from './body.ts';
import { checkCaptures } from './captures.ts';
import { kindAt, readInside, refusedPath } from './files.ts';
import { readText, redirectsOf } from './tree-files.ts';
import { archivedBlocks } from '../provenance/collected.ts';
import { checkIntegrity, type Problem } from './integrity.ts';
import {
  expectedOf,
  formatPath,
  type Located,
  locate,
  parsePath,
  parseYaml,
  type Path,
  schemaProblems,
  todoProblems,
  valueAt,
} from './located.ts';
import { unreadFormProblems } from './page-checked.ts';
import { correctionProblems, type Publication, readPublication } from './publication.ts';
import { type LocatedEntry, registryProblems } from './registry-checks.ts';
import { searchForms } from './spellings.ts';
import { type RuledOutHost, ruledOutHostsSchema, ruledOutProblems } from './ruled-out.ts';
import { actorSchema, articleSchema, type Collection, eventSchema, outletSchema, placeSchema } from './schema.ts';
import { textProblem } from './schema/common.ts';

export type { Problem } from './integrity.ts';
export { formatPath };
export { displayOf, readCapture, readRedirects, redirectsOf } from './tree-files.ts';

/** Each collection's folder under the content root and the one file type read from it. */
export const COLLECTION_FILES: Readonly<Record<Collection, string>> = {
  articles: '.mdx',
  actors: '.yaml',
  places: '.yaml',
  outlets: '.yaml',
  events: '.yaml',
};
export const COLLECTIONS = Object.keys(COLLECTION_FILES) as Collection[];

/** A reference as the reader validates it: the id of an entry that exists. */
const idRef = (collection: Collection, known: ReadonlySet<string>) =>
  z.string({ error: `the id of an entry in content/${collection}/, as text` }).refine((id) => known.has(id), {
    error: (iss) =>
      `the id of an entry in content/${collection}/ ` +
      `(there is no content/${collection}/${String(iss.input)}${COLLECTION_FILES[collection]})`,
  });

type IdRef = ReturnType<typeof idRef>;
/** What each collection's data is once validated, with references as plain ids. */
export type ArticleData = z.output<ReturnType<typeof articleSchema<IdRef>>>;
export type ActorData = z.output<typeof actorSchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type OutletData = z.output<typeof outletSchema>;
export type EventData = z.output<ReturnType<typeof eventSchema<IdRef>>>;

/** One validated entry. `raw` is the file's data before validation, for a second schema pass (Astro's). */
export interface Entry<D> {
  /** The file name without its extension. */
  readonly id: string;
  /** The file's path, as shown in messages. */
  readonly file: string;
  readonly data: D;
  readonly raw: unknown;
}

export interface ArticleEntry extends Entry<ArticleData> {
  /** The source text as numbered blocks; block lines are lines of the file. */
  readonly body: ParsedBody;
  /** The MDX text after the frontmatter, as written. */
  readonly bodyText: string;
}

export interface ContentTree {
  readonly root: string;
  readonly articles: readonly ArticleEntry[];
  readonly actors: readonly Entry<ActorData>[];
  readonly places: readonly Entry<PlaceData>[];
  readonly outlets: readonly Entry<OutletData>[];
  readonly events: readonly Entry<EventData>[];
  /** The archive's facts (`archive.yaml`) and its editions changelog (`editions/`). */
  readonly publication: Publication;
  /** Every problem, sorted by file, line and column; the tree is usable only when this is empty. */
  readonly problems: readonly Problem[];
  readonly counts: Readonly<Record<Collection, number>>;
}

/** A file of the tree, before parsing. */
interface ContentFile {
  readonly collection: Collection;
  readonly id: string;
  readonly file: string;
  /** Undefined when the file could not be read as text (its problem is reported); its id still exists. */
  readonly text: string | undefined;
}

/**
 * Reads every collection folder under `root`. A file of the wrong type is a problem rather than
 * silently skipped, because the entry would otherwise vanish from the site without a word.
 */
function listFiles(root: string, display: string): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const dir = path.join(root, collection);
    const refused = refusedPath(root, [collection], 'dir');
    if (refused !== undefined) {
      problems.push({
        file: path.join(display, collection),
        line: 1,
        column: 1,
        field: 'folder',
        found: refused.found,
        expected: 'a folder of the content tree',
      });
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue; // A collection with no folder is empty (there may be no events yet).
    }
    const ext = COLLECTION_FILES[collection];
    for (const name of names) {
      const file = path.join(display, collection, name);
      if (name.startsWith('.') || kindAt(path.join(dir, name)) === 'dir') continue;
      if (!name.endsWith(ext)) {
        problems.push({
          file,
          field: 'file name',
          found: `a file that is not ${ext}`,
          expected: `only ${ext} files in content/${collection}/`,
        });
        continue;
      }
      const read = readText(root, [collection, name], file);
      if (read === undefined) continue;
      if ('problem' in read) problems.push(read.problem);
      files.push({ collection, id: name.slice(0, -ext.length), file, text: 'text' in read ? read.text : undefined });
    }
  }
  return { files, problems };
}

/** The list of ruled-out hosts, as stored in the content root. */
export const RULED_OUT_FILE = 'ruled-out-hosts.yaml';

/**
 * The hosts a content tree rules out as sources (`<root>/ruled-out-hosts.yaml`), checked; none when
 * there is no such file. A malformed list is a problem, like any other content file; it is read
 * like every file of the tree (no link followed, strict UTF-8).
 */
function readRuledOut(root: string, display: string): { hosts: RuledOutHost[]; problems: Problem[] } {
  const file = path.join(display, RULED_OUT_FILE);
  const read = readText(root, [RULED_OUT_FILE], file);
  if (read === undefined) return { hosts: [], problems: [] };
  if ('problem' in read) return { hosts: [], problems: [read.problem] };
  const { data, at, problems } = parseYaml(read.text, file, 0);
  if (problems.length > 0) return { hosts: [], problems };
  const result = ruledOutHostsSchema.safeParse(data ?? [], { error: (issue: z.core.$ZodRawIssue) => expectedOf(issue) });
  if (!result.success) return { hosts: [], problems: schemaProblems(result.error, data, file, at) };
  return { hosts: result.data, problems: [] };
}

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** An MDX file split once into its frontmatter YAML and its body's nodes. */
function splitMdx(
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
function bodyTextProblems(file: string, bodyText: string, firstLine: number): Problem[] {
  return bodyText.split('\n').flatMap((line, i) => {
    const p = textProblem(line.replace(/\r$/, ''), { lines: 'many' });
    return p === undefined ? [] : [{ file, line: firstLine + i, column: p.at ?? 1, field: 'body', found: p.found, expected: p.expected }];
  });
}

/** The parts of an article outside its numbered paragraphs that have anchors events can cite. */
const CITABLE_PARTS = ['standfirst', 'dateline'] as const;

export interface ReadOptions {
  /** The root as shown in messages (default: `root` itself). */
  readonly display?: string;
  /** The day edition dates are checked against (default: today, UTC). */
  readonly today?: string;
}

/**
 * Reads, validates and cross-checks a whole content tree. Returns every problem found, so an
 * editor fixes them in one pass rather than one build failure at a time; the entries are complete
 * only when `problems` is empty.
 */
export function readContent(root: string, options: ReadOptions = {}): ContentTree {
  const display = options.display ?? root;
  const { files, problems } = listFiles(root, display);
  const ruledOut = readRuledOut(root, display);
  problems.push(...ruledOut.problems);
  /** Addresses on ruled-out hosts, found as each entry is read and placed with the other cross-entry problems. */
  const onRuledOutHosts: Problem[] = [];
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(files.filter((f) => f.collection === c).map((f) => f.id))])) as Record<
    Collection,
    Set<string>
  >;
  const ref = (collection: Collection) => idRef(collection, ids[collection]);
  const schemas = {
    articles: articleSchema(ref),
    actors: actorSchema,
    places: placeSchema,
    outlets: outletSchema,
    events: eventSchema(ref),
  } as const;
  // Each file's YAML and where it starts, so that a problem found after parsing (a capture or
  // registry check) can be placed: its positions are parsed again only for a file with such a
  // problem. Keeping every file's parsed document until the end held most of a large tree's memory.
  const yamlOf = new Map<string, { yaml: string; line: number }>();
  const located = new Map<string, Located>();
  const locatedOf = (file: string): Located | undefined => {
    const hit = located.get(file);
    if (hit !== undefined) return hit;
    const source = yamlOf.get(file);
    if (source === undefined) return undefined;
    const { at } = parseYaml(source.yaml, file, source.line);
    located.set(file, at);
    return at;
  };
  const parseOptions = { error: (issue: z.core.$ZodRawIssue) => expectedOf(issue) };

  const articles: ArticleEntry[] = [];
  const entries = {
    actors: [] as Entry<ActorData>[],
    places: [] as Entry<PlaceData>[],
    outlets: [] as Entry<OutletData>[],
    events: [] as Entry<EventData>[],
  };
  /** Articles whose body could not be read still exist: events citing them are not wrongly reported. */
  /** Each entry's data as stored, by `<collection>/<id>` (an article also by its slug), for the changelog's corrections. */
  const stored = new Map<string, unknown>();
  const paragraphCounts: Array<{ id: string; file: string; slug: string; paragraphCount: number; parts: readonly string[] }> = [];

  for (const f of files) {
    if (f.text === undefined) {
      if (f.collection === 'articles')
        paragraphCounts.push({ id: f.id, file: f.file, slug: f.id, paragraphCount: Number.MAX_SAFE_INTEGER, parts: CITABLE_PARTS });
      continue;
    }
    const text = f.text;
    const todos = todoProblems(f.file, text);
    problems.push(...todos);
    let yaml = text;
    let yamlLine = 0;
    let split: ReturnType<typeof splitMdx> | undefined;
    if (f.collection === 'articles') {
      split = splitMdx(f.file, text);
      if ('found' in split) {
        problems.push(split);
        paragraphCounts.push({ id: f.id, file: f.file, slug: f.id, paragraphCount: Number.MAX_SAFE_INTEGER, parts: CITABLE_PARTS });
        continue;
      }
      yaml = split.yaml;
      yamlLine = split.yamlLine;
    }
    const { data, at, problems: yamlProblems } = parseYaml(yaml, f.file, yamlLine);
    yamlOf.set(f.file, { yaml, line: yamlLine });
    // The registries' positions are always needed (their spellings are checked against each other).
    if (f.collection === 'actors' || f.collection === 'places') located.set(f.file, at);
    problems.push(...yamlProblems);
    if (data === null && f.collection !== 'articles') {
      problems.push({
        file: f.file,
        line: 1,
        column: 1,
        field: '(whole file)',
        found: 'an empty file',
        expected: `the fields of ${f.collection.replace(/s$/, '')} as src/lib/content/schema.ts defines them`,
      });
      continue;
    }
    stored.set(`${f.collection}/${f.id}`, data);
    const storedSlug = f.collection === 'articles' ? valueAt(data, ['slug']) : undefined;
    if (typeof storedSlug === 'string') stored.set(`articles/${storedSlug}`, data);
    const result = data === undefined ? undefined : schemas[f.collection].safeParse(data ?? {}, parseOptions);
    if (f.collection !== 'articles' && data !== undefined)
      onRuledOutHosts.push(...ruledOutProblems(f.file, data, ruledOut.hosts, path.join(display, RULED_OUT_FILE)));
    if (f.collection !== 'articles' && data !== undefined) onRuledOutHosts.push(...unreadFormProblems(f.file, data));
    if (result !== undefined && !result.success) problems.push(...schemaProblems(result.error, data, f.file, at));

    if (split !== undefined && !('found' in split)) {
      const body = blocksOf(split.body);
      problems.push(...bodyTextProblems(f.file, split.bodyText, split.bodyLine));
      const todoLines = new Set(todos.map((p) => p.line));
      for (const p of body.problems) {
        // A draft's `{/* TODO … */}` comment is reported once, as a TODO.
        if (todoLines.has(p.line) && p.found === 'an MDX {expression}') continue;
        problems.push({ file: f.file, line: p.line, column: p.column, field: 'body', found: p.found, expected: p.expected });
      }
      const slug = valueAt(data, ['slug']);
      // The parts outside the numbered paragraphs that events may cite, where the article has them.
      const parts = CITABLE_PARTS.filter((k) => valueAt(data, [k]) !== undefined);
      paragraphCounts.push({
        id: f.id,
        file: f.file,
        slug: typeof slug === 'string' ? slug : f.id,
        paragraphCount: body.paragraphs.length,
        parts,
      });
      if (result?.success)
        articles.push({ id: f.id, file: f.file, data: result.data as ArticleData, raw: data, body, bodyText: split.bodyText });
      continue;
    }
    if (result?.success)
      (entries[f.collection as keyof typeof entries] as Entry<unknown>[]).push({ id: f.id, file: f.file, data: result.data, raw: data });
  }

  const publishedOf = new Map(articles.map((a) => [a.id, a.data.published]));
  const integrity = checkIntegrity({
    articles: paragraphCounts.map((a) => ({ ...a, published: publishedOf.get(a.id) })),
    events: entries.events.map((e) => ({ id: e.id, file: e.file, when: e.data.when, sources: e.data.sources })),
  });
  // Actors and places share one matcher, so a spelling must name one entry across both.
  const registry: LocatedEntry[] = (['actors', 'places'] as const).flatMap((collection) =>
    entries[collection].map((e) => {
      const at = locatedOf(e.file);
      const lineOf = (p: Path) => (at === undefined ? undefined : locate(at, p).line);
      // The attested forms in other scripts (`names`) are spellings too: search connects them all.
      return {
        id: `${collection}/${e.id}`,
        file: e.file,
        name: e.data.name,
        spellings: searchForms(e.data),
        lines: [
          lineOf(['name']),
          ...e.data.spellings.map((_, i) => lineOf(['spellings', i])),
          ...e.data.names.map((_, i) => lineOf(['names', i, 'form'])),
        ],
        fields: ['name', ...e.data.spellings.map((_, i) => `spellings[${i}]`), ...e.data.names.map((_, i) => `names[${i}].form`)],
      };
    }),
  );
  // Each article against its capture in <root>/sources/: present, UTF-8, the recorded SHA-256, its
  // removals, paragraphs and source errors where they are said to be (captures.ts).
  // An article whose body has problems is reported for those alone.
  const captures = checkCaptures(
    articles
      .filter((a) => a.body.problems.length === 0)
      .map((a) => ({
        file: a.file,
        source: a.data.source,
        title: a.data.title,
        collectedTitle: a.data.collectedTitle,
        standfirst: a.data.standfirst,
        removed: a.data.removed,
        sourceErrors: a.data.sourceErrors,
        blocks: archivedBlocks(a.body.blocks),
      })),
    (file) => readInside(root, ['sources', file]),
    path.join(display, 'sources'),
  );
  const publication = readPublication(root, display, options.today);
  problems.push(...publication.problems, ...correctionProblems(publication, (entry) => stored.get(entry)));
  const moved = redirectsOf(root, display);
  for (const p of [...integrity, ...registryProblems(registry), ...captures, ...onRuledOutHosts, ...moved.problems]) {
    const at = p.line === undefined ? locatedOf(p.file) : undefined;
    problems.push(p.line !== undefined || at === undefined ? p : { ...p, ...locate(at, parsePath(p.field)) });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, ids[c].size])) as Record<Collection, number>;
  return { root, articles, ...entries, publication, problems, counts };
}

/** The one line printed when the content is clean, so a passing run still says what it checked. */
export function summarise(counts: Readonly<Record<Collection, number>>): string {
  return `no problems in ${COLLECTIONS.map((c) => `${counts[c]} ${c}`).join(', ')}.`;
}
