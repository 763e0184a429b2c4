import { lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileDigests, filesUnder } from './files.ts';

/**
 * The record of the last complete build, for the case where nothing has changed since: then the build
 * need not start Astro at all (scripts/build.ts). A build is skipped only when every input is what the
 * last complete build read — each file of the content tree and of the build's code by its SHA-256 (a
 * file touched without change is unchanged), the settings and arguments that reach the output — and its
 * output folder is file for file as that build left it. Anything else falls through to the real build,
 * which is told what changed.
 *
 * The output is compared by each file's size, modification time, change time and inode, not by its
 * bytes: hashing every file of a 10,000-article site would cost more than the check saves. The change
 * time is what makes stat enough against a hand edit: an editor, `cp`, or a write that puts the old
 * modification time back (`touch -r`) all set it to the present, and no tool can set it back. A later
 * build that fails after linking kept outputs (src/lib/build/output-cache.ts) can change it too; that
 * costs one real build, never a wrong site.
 */

/** The record's file, in the content tree's cache folder beside the page cache's (src/lib/build/cache.ts). */
export const LAST_BUILD_FILE = 'kz-last-build.json';

/** Bumped when the record's meaning changes: a record of another format is never trusted. */
const FORMAT = 'last-build 1';

/** What a build reads: its settings and arguments, and the digest of each file, `content:`/`code:` before its path. */
export interface BuildInputs {
  readonly settings: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, string>>;
}

interface LastBuild {
  readonly format: string;
  readonly inputs: BuildInputs;
  /** Each file of the output folder, relative to it: `size:mtimeNs:ctimeNs:ino`. */
  readonly output: Readonly<Record<string, string>>;
}

/** The SHA-256 of each file of the content tree at `contentRoot`, by path relative to it. */
export function contentDigests(contentRoot: string): Record<string, string> {
  return fileDigests(contentRoot, ['']);
}

/** Each file of the output folder `outDir` as stat sees it (`size:mtimeNs:ctimeNs:ino`), by path relative to it. */
export function outputStamps(outDir: string): Record<string, string> {
  const stamps: Record<string, string> = {};
  for (const path of filesUnder(outDir)) {
    const s = lstatSync(join(outDir, path), { bigint: true });
    stamps[path] = `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  }
  return stamps;
}

/** The keys whose values differ between `was` and `now` (added and removed ones too), sorted. */
function changed(was: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): string[] {
  return [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((k) => was[k] !== now[k]).sort();
}

/** A few names, then how many more. */
function some(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

function readRecord(cacheDir: string): LastBuild | undefined {
  try {
    const record = JSON.parse(readFileSync(join(cacheDir, LAST_BUILD_FILE), 'utf8')) as LastBuild;
    return record.format === FORMAT ? record : undefined;
  } catch {
    return undefined;
  }
}

/** What differs between the inputs `was` and `now`, as a phrase; undefined when nothing does. */
export function whyBuildFrom(was: BuildInputs, now: BuildInputs): string | undefined {
  const settings = changed(was.settings, now.settings);
  if (settings.length > 0) return `the settings changed (${some(settings)})`;
  const files = changed(was.files, now.files);
  if (files.length > 0) return `files changed (${some(files)})`;
  return undefined;
}

/**
 * Why the build in `outDir` from `inputs` must run, as a phrase for the build's output; undefined when
 * nothing changed since the last complete build recorded in `cacheDir` and the output is as it left it.
 */
export function whyBuild(cacheDir: string, inputs: BuildInputs, outDir: string): string | undefined {
  const record = readRecord(cacheDir);
  if (record === undefined) return 'no complete build is recorded';
  const inputsChanged = whyBuildFrom(record.inputs, inputs);
  if (inputsChanged !== undefined) return inputsChanged;
  const output = changed(record.output, outputStamps(outDir));
  if (output.length > 0) return `${outDir} is not as the last build left it (${some(output)})`;
  return undefined;
}

/** Records the build just completed into `outDir` from `inputs`: called when nothing will write into it any more. */
export function recordBuild(cacheDir: string, inputs: BuildInputs, outDir: string): void {
  const record: LastBuild = { format: FORMAT, inputs, output: outputStamps(outDir) };
  writeFileSync(join(cacheDir, LAST_BUILD_FILE), `${JSON.stringify(record)}\n`);
}

/** Forgets the last build: done before a build replaces the output folder, so that a build killed then is never taken for complete. */
export function forgetBuild(cacheDir: string): void {
  rmSync(join(cacheDir, LAST_BUILD_FILE), { force: true });
}
