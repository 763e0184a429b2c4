/**
 * The glossary's reader (`content/glossary/*.yaml`, shaped by `schema/glossary.ts`), in the stages
 * of the one reader: list the files, parse each (YAML with positions), validate it by the schema, and
 * check it against the other entries (every event and actor it names exists; its month is the month
 * of each event it names; every form was read on a page). `readContent` (`read.ts`) calls it, so the
 * build and `npm run check:content` report a bad term with file, line, field and expectation.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { kindAt, refusedPath } from './files.ts';
import type { Problem } from './integrity.ts';
import { expectedOf, formatPath, type Located, locate, parseYaml, schemaProblems } from './located.ts';
import { unreadFormProblems } from './page-checked.ts';
import { type GlossaryTermData, glossaryTerm } from './schema/glossary.ts';
import { readText } from './tree-files.ts';

/** The folder of the glossary under the content root. */
export const GLOSSARY_FOLDER = 'glossary';

/** A term as read: its id (the file name), its file as shown in messages, and its data. */
export interface GlossaryEntry {
  readonly id: string;
  readonly file: string;
  readonly data: GlossaryTermData;
}

/** What the cross-check needs of the other entries: the ids that exist, and each event's start. */
export interface GlossaryContext {
  readonly events: ReadonlyMap<string, string>;
  readonly actors: ReadonlySet<string>;
}

const parseOptions = { error: (issue: z.core.$ZodRawIssue) => expectedOf(issue) };

/** The glossary's files, or a problem when the folder is not a folder; no folder is an empty glossary. */
function listTerms(root: string, display: string): { files: string[]; problems: Problem[] } {
  const refused = refusedPath(root, [GLOSSARY_FOLDER], 'dir');
  const folder = path.join(display, GLOSSARY_FOLDER);
  if (refused !== undefined)
    return { files: [], problems: [{ file: folder, line: 1, column: 1, field: 'folder', found: refused.found, expected: 'a folder' }] };
  let names: string[];
  try {
    names = readdirSync(path.join(root, GLOSSARY_FOLDER)).sort();
  } catch {
    return { files: [], problems: [] };
  }
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    if (name.startsWith('.') || kindAt(path.join(root, GLOSSARY_FOLDER, name)) === 'dir') continue;
    if (name.endsWith('.yaml')) files.push(name);
    else
      problems.push({
        file: path.join(folder, name),
        field: 'file name',
        found: 'a file that is not .yaml',
        expected: 'only .yaml files in content/glossary/',
      });
  }
  return { files, problems };
}

/** The term's references against the other entries, placed at their lines. */
function crossProblems(entry: GlossaryEntry, at: Located, context: GlossaryContext): Problem[] {
  const problems: Problem[] = [];
  const place = (p: Array<string | number>, found: string, expected: string) =>
    problems.push({ file: entry.file, ...locate(at, p), field: formatPath(p), found, expected });
  entry.data.events.forEach((id, i) => {
    const start = context.events.get(id);
    if (start === undefined) place(['events', i], `"${id}", which is no event`, 'an id of content/events/ (its file name without .yaml)');
    else if (entry.data.month !== undefined && !start.startsWith(entry.data.month))
      place(['events', i], `"${id}", which starts ${start}`, `an event of the term's month, ${entry.data.month}`);
  });
  entry.data.actors.forEach((id, i) => {
    if (!context.actors.has(id))
      place(['actors', i], `"${id}", which is no actor`, 'an id of content/actors/ (its file name without .yaml)');
  });
  if (entry.data.events.length === 0 && entry.data.actors.length === 0)
    place([], 'a term connected to nothing', 'at least one of `events` or `actors`: what the term means in the archive');
  return problems;
}

/**
 * Reads, validates and cross-checks every term of `<root>/glossary/`; without a `context` (the pages'
 * second read, after the whole tree was checked) the terms are not checked against the other entries.
 */
export function readGlossary(root: string, display: string, context?: GlossaryContext): { terms: GlossaryEntry[]; problems: Problem[] } {
  const { files, problems } = listTerms(root, display);
  const terms: GlossaryEntry[] = [];
  for (const name of files) {
    const file = path.join(display, GLOSSARY_FOLDER, name);
    const read = readText(root, [GLOSSARY_FOLDER, name], file);
    if (read === undefined) continue;
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { data, at, problems: yaml } = parseYaml(read.text, file, 0);
    problems.push(...yaml);
    if (yaml.length > 0) continue;
    problems.push(...unreadFormProblems(file, data).map((p) => ({ ...p, ...locate(at, ['names']) })));
    const result = glossaryTerm.safeParse(data ?? {}, parseOptions);
    if (!result.success) {
      problems.push(...schemaProblems(result.error, data, file, at));
      continue;
    }
    const entry = { id: name.slice(0, -'.yaml'.length), file, data: result.data };
    if (context !== undefined) problems.push(...crossProblems(entry, at, context));
    terms.push(entry);
  }
  return { terms, problems };
}

/** The glossary's context from the entries read: each event's start (a span's `from`) and the actors' ids. */
export function glossaryContext(entries: {
  readonly events: ReadonlyArray<{
    readonly id: string;
    readonly data: { readonly when: { readonly date?: string | undefined; readonly from?: string | undefined } };
  }>;
  readonly actors: ReadonlyArray<{ readonly id: string }>;
}): GlossaryContext {
  return {
    events: new Map(entries.events.map((e) => [e.id, e.data.when.date ?? e.data.when.from ?? ''])),
    actors: new Set(entries.actors.map((a) => a.id)),
  };
}
