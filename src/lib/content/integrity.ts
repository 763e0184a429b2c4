/**
 * Checks that need more than one entry at a time: unique slugs, events that cite paragraphs which
 * exist, and the rule that an article dated before an event never reports it. Zod validates each
 * entry alone and Astro's `reference()` checks that ids exist; this is the rest. The build
 * (`src/data/archive.ts`) and the content checker both run it, so an editor sees the same error
 * before the build as the build would stop on.
 */

import { bounds, type DateSpec, formatDateSpec } from '../dates/dates.ts';

/** One problem, located and explained: where it is, what was found and what was expected. */
export interface Problem {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly field: string;
  readonly found: string;
  readonly expected: string;
}

/** A typed reference found in an entry's data: `{ collection, id }`, as Astro's `reference()` yields. */
export interface Reference {
  readonly file: string;
  readonly field: string;
  readonly collection: string;
  readonly id: string;
}

/**
 * Finds every `{ collection, id }` reference in an entry's data, with its field path. Astro checks
 * a reference's shape but not that the entry exists, so the build checks existence here.
 */
export function collectRefs(file: string, data: unknown, field = ''): Reference[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => collectRefs(file, item, `${field}[${i}]`));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
    return [{ file, field, collection: record['collection'], id: record['id'] }];
  }
  return keys.flatMap((key) => collectRefs(file, record[key], field ? `${field}.${key}` : key));
}

export interface IntegrityInput {
  /** Ids that exist, per collection. */
  readonly known?: Readonly<Record<string, ReadonlySet<string>>>;
  /** References to check against `known`. */
  readonly refs?: readonly Reference[];
  /** `parts`: the parts outside the paragraphs an article has ("standfirst", "dateline"). */
  /** `published`: when the article appeared, for the rule that an article never reports a later event. */
  readonly articles: ReadonlyArray<{
    id: string;
    file: string;
    slug: string;
    paragraphCount: number;
    parts?: readonly string[];
    published?: DateSpec | undefined;
  }>;
  readonly events: ReadonlyArray<{
    id: string;
    file: string;
    when?: DateSpec | undefined;
    sources: ReadonlyArray<{ article: string; paragraphs: readonly number[]; parts?: readonly string[]; inferred?: boolean }>;
  }>;
}

/**
 * Finds references to entries that do not exist, duplicate slugs, and event sources that point at missing articles or paragraphs.
 * An event's evidence is a paragraph a reader can open, so a dangling `#pN` is an error, not a warning.
 */
export function checkIntegrity(input: IntegrityInput): Problem[] {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  return [...refProblems(input), ...slugProblems(input.articles), ...input.events.flatMap((e) => eventSourceProblems(e, articles))];
}

/** References to entries that do not exist. */
function refProblems(input: IntegrityInput): Problem[] {
  return (input.refs ?? []).flatMap((ref) =>
    input.known?.[ref.collection]?.has(ref.id)
      ? []
      : [{ file: ref.file, field: ref.field, found: `"${ref.id}"`, expected: `the id of an entry in content/${ref.collection}/` }],
  );
}

/** An article whose slug an earlier one already has. */
function slugProblems(articles: IntegrityInput['articles']): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  for (const a of articles) {
    const other = bySlug.get(a.slug);
    if (other !== undefined) {
      problems.push({
        file: a.file,
        field: 'slug',
        found: `"${a.slug}", already the slug of ${other}`,
        expected: 'a slug no other article uses',
      });
    } else bySlug.set(a.slug, a.file);
  }
  return problems;
}

type CheckedArticle = IntegrityInput['articles'][number];

/** An event's sources that name no article, a part or paragraph it does not have, or report it before it happened. */
function eventSourceProblems(e: IntegrityInput['events'][number], articles: ReadonlyMap<string, CheckedArticle>): Problem[] {
  const problems: Problem[] = [];
  e.sources.forEach((source, i) => {
    const article = articles.get(source.article);
    if (article === undefined) {
      problems.push({
        file: e.file,
        field: `sources[${i}].article`,
        found: `"${source.article}"`,
        expected: `the id of an article in content/articles/`,
      });
      return;
    }
    (source.parts ?? []).forEach((part, j) => {
      if (!(article.parts ?? []).includes(part)) {
        problems.push({
          file: e.file,
          field: `sources[${i}].parts[${j}]`,
          found: `"${part}", which ${source.article} does not have`,
          expected: `a part the article has (${(article.parts ?? []).join(', ') || 'none'})`,
        });
      }
    });
    const early = reportsBeforeEvent(article.published, e.when, source.inferred ?? false);
    if (early !== undefined) {
      problems.push({
        file: e.file,
        field: `sources[${i}].inferred`,
        found: `a report in ${source.article}, ${early}`,
        expected: 'inferred: true with a note (an article dated before an event cannot report it), or a source that reports it',
      });
    }
    source.paragraphs.forEach((n, j) => {
      if (n > article.paragraphCount) {
        problems.push({
          file: e.file,
          field: `sources[${i}].paragraphs[${j}]`,
          found: `paragraph ${n} of ${source.article}`,
          expected: `a paragraph number from 1 to ${article.paragraphCount}`,
        });
      }
    });
  });
  return problems;
}

/**
 * Why a source cannot be a report of the event, or undefined when it can: the article's latest
 * possible day (by the precision its date is known to) is before the event's earliest possible day.
 * An inferred link is allowed: it claims no report.
 */
export function reportsBeforeEvent(published: DateSpec | undefined, when: DateSpec | undefined, inferred: boolean): string | undefined {
  if (inferred || published === undefined || when === undefined) return undefined;
  let article: { end: Date };
  let event: { start: Date };
  try {
    article = bounds(published);
    event = bounds(when);
  } catch {
    return undefined; // An impossible date is reported by the schema.
  }
  if (article.end.getTime() >= event.start.getTime()) return undefined;
  return `published ${formatDateSpec(published)}, before the event (${formatDateSpec(when)})`;
}

/** Formats a problem as `file:line:column field: found …; expected …`, the shape editors' tools link. */
export function formatProblem(p: Problem): string {
  const at = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${at} ${p.field}: found ${p.found}; expected ${p.expected}`;
}
