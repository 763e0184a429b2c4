/**
 * The one reader of a content tree (and, through ./tree-files.ts, of its captures and moved pages:
 * `readCapture`, `readRedirects`).
 * The build (through the Astro content loader in `src/loaders/archive.ts`), the content checker, the draft
 * generator, the tests and the bench all read the archive through `readContent`, so every one of them sees
 * the same entries and reports the same problems in the same words.
 *
 * It runs the stages in order, each a module of its own: list the files (`list.ts`), parse each once
 * (`parse.ts`), validate it by the one schema (`validate.ts`), check the rules across entries
 * (`cross-check.ts`), and locate each article in its capture (`captures.ts`); problems found after
 * parsing are placed at their lines (`positions.ts`).
 *
 * Framework-free: no Astro imports.
 */
import { archivedBlocks, type Located } from '../provenance/collected.ts';
import { examineCaptures } from './captures.ts';
import { unreadCoordinatesProblems } from './coordinates-checked.ts';
import { crossCheck, ruledOutOf } from './cross-check.ts';
import { readInside } from './files.ts';
import { type GlossaryEntry, glossaryContext, readGlossary } from './glossary.ts';
import type { Problem } from './integrity.ts';
import { COLLECTIONS, listFiles } from './list.ts';
import { formatPath, valueAt } from './located.ts';
import { type Citable, parseFile } from './parse.ts';
import { unreadFormProblems } from './page-checked.ts';
import { positions } from './positions.ts';
import { type Publication, readPublication } from './publication.ts';
import { readRuledOut } from './ruled-out.ts';
import { checkTranslations, type MissingTranslation } from './translations-checked.ts';
import type { Collection } from './schema.ts';
import {
  type ActorData,
  type ArticleEntry,
  type Entry,
  type EventData,
  type OutletData,
  type PlaceData,
  schemasFor,
  validateFile,
} from './validate.ts';
import path from 'node:path';

export type { Problem } from './integrity.ts';
export { formatPath };
export { displayOf, readCapture, readRedirects, redirectsOf } from './tree-files.ts';
export { COLLECTION_FILES, COLLECTIONS } from './list.ts';
export { RULED_OUT_FILE } from './ruled-out.ts';
export type { ActorData, ArticleData, ArticleEntry, Entry, EventData, OutletData, PlaceData } from './validate.ts';

export interface ContentTree {
  readonly root: string;
  readonly articles: readonly ArticleEntry[];
  readonly actors: readonly Entry<ActorData>[];
  readonly places: readonly Entry<PlaceData>[];
  readonly outlets: readonly Entry<OutletData>[];
  readonly events: readonly Entry<EventData>[];
  /** The glossary of concept terms (`glossary/`, read by ./glossary.ts). */
  readonly glossary: readonly GlossaryEntry[];
  /** The archive's facts (`archive.yaml`) and its editions changelog (`editions/`). */
  readonly publication: Publication;
  /** Where each article's blocks, removals and errors stand in its capture, by article id. */
  readonly captures: ReadonlyMap<string, Located>;
  /** Every problem, sorted by file, line and column; the tree is usable only when this is empty. */
  readonly problems: readonly Problem[];
  readonly counts: Readonly<Record<Collection, number>>;
  /** The editorial fields with no Russian or Kazakh translation: not problems, listed by the checker and the build. */
  readonly missingTranslations: readonly MissingTranslation[];
}

export interface ReadOptions {
  /** The root as shown in messages (default: `root` itself). */
  readonly display?: string;
  /** The day edition dates are checked against (default: today, UTC). */
  readonly today?: string;
}

/** The entries of each collection, as the validate stage accepts them. */
interface Entries {
  readonly articles: ArticleEntry[];
  readonly actors: Entry<ActorData>[];
  readonly places: Entry<PlaceData>[];
  readonly outlets: Entry<OutletData>[];
  readonly events: Entry<EventData>[];
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
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(files.filter((f) => f.collection === c).map((f) => f.id))])) as Record<
    Collection,
    Set<string>
  >;
  const schemas = schemasFor(ids);
  const where = positions();
  const entries: Entries = { articles: [], actors: [], places: [], outlets: [], events: [] };
  const citable: Citable[] = [];
  const stored = new Map<string, unknown>();
  /** Addresses on ruled-out hosts, found as each entry is read and placed with the other cross-entry problems. */
  const onRuledOutHosts: Problem[] = [];
  for (const f of files) {
    const { parsed, citable: c, head, body } = parseFile(f);
    if (c !== undefined) citable.push(c);
    problems.push(...head);
    if (parsed === undefined) continue;
    where.keep(parsed);
    stored.set(`${f.collection}/${f.id}`, parsed.data);
    const storedSlug = f.collection === 'articles' ? valueAt(parsed.data, ['slug']) : undefined;
    if (typeof storedSlug === 'string') stored.set(`articles/${storedSlug}`, parsed.data);
    onRuledOutHosts.push(...ruledOutOf(parsed, ruledOut.hosts, display));
    if (f.collection !== 'articles' && parsed.data !== undefined) onRuledOutHosts.push(...unreadFormProblems(f.file, parsed.data));
    if (f.collection === 'places') onRuledOutHosts.push(...unreadCoordinatesProblems(f.file, parsed.data));
    const { entry, problems: invalid } = validateFile(parsed, schemas);
    problems.push(...invalid, ...body);
    if (entry !== undefined) (entries[f.collection] as Entry<unknown>[]).push(entry);
  }
  const publication = readPublication(root, display, options.today);
  const glossary = readGlossary(root, display, glossaryContext(entries));
  const checked = crossCheck({ root, display, citable, ...entries, publication, stored, positions: where.of });
  const captures = locateCaptures(root, display, entries.articles);
  const translations = checkTranslations(entries);
  problems.push(...publication.problems, ...checked.corrections, ...glossary.problems);
  for (const p of [...checked.entries, ...captures.problems, ...onRuledOutHosts, ...checked.moved, ...translations.problems])
    problems.push(where.place(p));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, ids[c].size])) as Record<Collection, number>;
  const missingTranslations = translations.missing;
  return { root, ...entries, glossary: glossary.terms, publication, captures: captures.located, problems, counts, missingTranslations };
}

/**
 * The last stage: each article against its capture in <root>/sources/ (present, UTF-8, the recorded
 * SHA-256, its removals, paragraphs and source errors where they are said to be: captures.ts), with
 * where each stands kept by article id. An article whose body has problems is reported for those alone.
 */
function locateCaptures(
  root: string,
  display: string,
  articles: readonly ArticleEntry[],
): { problems: Problem[]; located: Map<string, Located> } {
  const checked = articles.filter((a) => a.body.problems.length === 0);
  const { problems, located } = examineCaptures(
    checked.map((a) => ({
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
  const byId = new Map<string, Located>();
  for (const a of checked) {
    const at = located.get(a.file);
    if (at !== undefined) byId.set(a.id, at);
  }
  return { problems, located: byId };
}

/** The one line printed when the content is clean, so a passing run still says what it checked. */
export function summarise(counts: Readonly<Record<Collection, number>>): string {
  return `no problems in ${COLLECTIONS.map((c) => `${counts[c]} ${c}`).join(', ')}.`;
}
