/**
 * The archive as a publication, read by the one reader: `archive.yaml` (title, editors, publisher,
 * contact, licence, rights) and the editions changelog `editions/<N>.yaml`. `readContent` (`read.ts`)
 * calls `readPublication` and then `correctionProblems` with the entries it has read, so the build and
 * `npm run check:content` report a bad changelog in the same words. Framework-free: no Astro imports.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { refusedPath } from './files.ts';
import type { Problem } from './integrity.ts';
import { expectedOf, type Located, locate, parseYaml, schemaProblems, valueAt } from './located.ts';
import { type ArchiveInfo, archiveSchema, type EditionData, editionSchema } from './schema.ts';
import { readText } from './tree-files.ts';

export interface Edition extends EditionData {
  /** The file's path, as shown in messages. */
  readonly file: string;
}

export interface Publication {
  /** The archive's facts; undefined when `archive.yaml` is missing or invalid (then `problems` says why). */
  readonly archive: ArchiveInfo | undefined;
  /** Every edition, oldest first; the last is the current one. */
  readonly editions: readonly Edition[];
  readonly problems: readonly Problem[];
  /** Each edition file's positions, for placing a problem found later (a correction naming nothing). */
  readonly located: ReadonlyMap<string, Located>;
}

const parseOptions = { error: (issue: z.core.$ZodRawIssue) => expectedOf(issue) };

/** Reads and validates `<root>/archive.yaml`. */
function readArchive(root: string, display: string): { archive?: ArchiveInfo; problems: Problem[] } {
  const file = path.join(display, 'archive.yaml');
  const read = readText(root, ['archive.yaml'], file);
  if (read !== undefined && 'problem' in read) return { problems: [read.problem] };
  const text = read?.text;
  if (text === undefined) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '(whole file)',
          found: 'no such file',
          expected:
            "the archive's facts (title, editors, publisher, contact, licence, rights) as src/lib/content/schema/archive.ts defines them",
        },
      ],
    };
  }
  const { data, at, problems } = parseYaml(text, file, 0);
  if (problems.length > 0) return { problems };
  const result = archiveSchema.safeParse(data ?? {}, parseOptions);
  return result.success ? { archive: result.data, problems: [] } : { problems: schemaProblems(result.error, data, file, at) };
}

/** Numbers, file names and dates of the editions in order: 1, 2, 3 …, never after `today`, never going back in time. */
function sequenceProblems(editions: readonly Edition[], located: ReadonlyMap<string, Located>, today: string): Problem[] {
  const problems: Problem[] = [];
  const at = (e: Edition, field: string) => {
    const l = located.get(e.file);
    return l === undefined ? {} : locate(l, [field]);
  };
  editions.forEach((e, i) => {
    const previous = editions[i - 1];
    const expectedNumber = (previous?.edition ?? 0) + 1;
    if (e.edition !== expectedNumber) {
      const what = previous === undefined ? 'the first edition is 1' : `one more than ${previous.file}'s ${previous.edition}`;
      problems.push({
        file: e.file,
        ...at(e, 'edition'),
        field: 'edition',
        found: String(e.edition),
        expected: `${expectedNumber} (${what})`,
      });
    }
    if (path.basename(e.file) !== `${e.edition}.yaml`) {
      problems.push({
        file: e.file,
        ...at(e, 'edition'),
        field: 'edition',
        found: `edition ${e.edition} in ${path.basename(e.file)}`,
        expected: `the file named after its edition: ${e.edition}.yaml`,
      });
    }
    if (e.date > today) {
      problems.push({
        file: e.file,
        ...at(e, 'date'),
        field: 'date',
        found: `"${e.date}"`,
        expected: `a day no later than today (${today})`,
      });
    }
    if (previous !== undefined && e.date < previous.date) {
      problems.push({
        file: e.file,
        ...at(e, 'date'),
        field: 'date',
        found: `"${e.date}"`,
        expected: `a day no earlier than the previous edition's (${previous.file}: "${previous.date}")`,
      });
    }
  });
  return problems;
}

/** Reads `<root>/editions/*.yaml` in edition order and checks their sequence. */
function readEditions(root: string, display: string, today: string) {
  const problems: Problem[] = [];
  const located = new Map<string, Located>();
  const editions: Edition[] = [];
  let names: string[] = [];
  const refused = refusedPath(root, ['editions'], 'dir');
  if (refused !== undefined) {
    const at = { file: path.join(display, 'editions'), line: 1, column: 1, field: '(folder)' };
    return { editions, located, problems: [{ ...at, found: refused.found, expected: refused.expected }] };
  }
  try {
    names = readdirSync(path.join(root, 'editions')).filter((n) => !n.startsWith('.'));
  } catch {
    // No folder: reported below as an archive without editions.
  }
  const number = (n: string) => Number.parseInt(n, 10);
  for (const name of names.sort((a, b) => number(a) - number(b) || a.localeCompare(b))) {
    const file = path.join(display, 'editions', name);
    if (!/^[1-9]\d*\.yaml$/.test(name)) {
      problems.push({
        file,
        field: 'file name',
        found: `"${name}"`,
        expected: 'editions named <N>.yaml after their edition number (1.yaml, 2.yaml …)',
      });
      continue;
    }
    const read = readText(root, ['editions', name], file);
    if (read === undefined) continue;
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { data, at, problems: yamlProblems } = parseYaml(read.text, file, 0);
    located.set(file, at);
    problems.push(...yamlProblems);
    if (yamlProblems.length > 0) continue;
    const result = editionSchema.safeParse(data ?? {}, parseOptions);
    if (result.success) editions.push({ ...result.data, file });
    else problems.push(...schemaProblems(result.error, data, file, at));
  }
  if (names.length === 0) {
    problems.push({
      file: path.join(display, 'editions'),
      line: 1,
      column: 1,
      field: '(folder)',
      found: 'no edition',
      expected: 'at least editions/1.yaml: the current edition is the last file of the editions changelog',
    });
  }
  problems.push(...sequenceProblems(editions, located, today));
  return { editions, problems, located };
}

/** Today's date in UTC, the day against which edition dates are checked. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Reads the archive's facts and its editions changelog from the content tree at `root`. */
export function readPublication(root: string, display: string = root, today: string = todayUtc()): Publication {
  const a = readArchive(root, display);
  const e = readEditions(root, display, today);
  return { archive: a.archive, editions: e.editions, problems: [...a.problems, ...e.problems], located: e.located };
}

/** An entry a correction may name: its raw data as stored in content/, by `<collection>/<id>` (articles also by slug). */
export type EntryLookup = (entry: string) => unknown;

/**
 * Checks that every correction names an entry that exists and, unless it records a removal
 * (`new: null`), a field the entry has; and that every added article exists.
 */
export function correctionProblems(publication: Publication, lookup: EntryLookup): Problem[] {
  const problems: Problem[] = [];
  for (const edition of publication.editions) {
    const at = publication.located.get(edition.file);
    const where = (p: Array<string | number>) => (at === undefined ? {} : locate(at, p));
    edition.added.forEach((slug, i) => {
      if (lookup(`articles/${slug}`) === undefined) {
        problems.push({
          file: edition.file,
          ...where(['added', i]),
          field: `added[${i}]`,
          found: `"${slug}"`,
          expected: 'the slug of an article in content/articles/',
        });
      }
    });
    edition.corrections.forEach((c, i) => {
      const data = lookup(c.entry);
      if (data === undefined) {
        problems.push({
          file: edition.file,
          ...where(['corrections', i, 'entry']),
          field: `corrections[${i}].entry`,
          found: `"${c.entry}", which is not in content/`,
          expected: 'an entry that exists: <articles|events|actors|places|outlets>/<id> (an article by its id or slug)',
        });
        return;
      }
      const fieldPath = c.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      if (c.new !== null && valueAt(data, fieldPath) === undefined) {
        problems.push({
          file: edition.file,
          ...where(['corrections', i, 'field']),
          field: `corrections[${i}].field`,
          found: `"${c.field}", which ${c.entry} does not have`,
          expected: `a field of ${c.entry} as stored in content/ (a dotted path, list items by index), or new: null for a removed field`,
        });
      }
    });
  }
  return problems;
}
