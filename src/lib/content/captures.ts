/**
 * The raw captures (`content/sources/<file>`) checked against the articles that claim them, so the
 * collected-copy page, `source.txt` and the TEI can never be built from inconsistent data:
 *
 * - the capture exists and no other article claims it;
 * - it is valid UTF-8 (decoded with `TextDecoder`'s `fatal` mode; a byte-order mark is kept);
 * - its SHA-256 is the one recorded in `source.sha256` (both hashes are named when not);
 * - every removal stands once in it, inside its context; every archived paragraph and heading is
 *   a line of it minus the removals; every source error stands where its `where` says.
 *
 * Pure: the caller hands over the bytes (`read`), so the build (src/data/archive.ts) and the
 * content checker (scripts/authoring/content-check.ts) run this one function and report the same words.
 */
import { createHash } from 'node:crypto';
import { decodeUtf8, hex, isRefusal, type Refusal } from './files.ts';
import type { Problem } from './integrity.ts';
import { locate, type ArchivedBlock, type Located, type Removal, type SourceError } from '../provenance/collected.ts';

/** What an article says about its capture: the fields of its frontmatter and its archived blocks. */
export interface CaptureClaim {
  /** The article's file, for messages. */
  readonly file: string;
  readonly source: { readonly file: string; readonly sha256: string };
  readonly title: string;
  readonly collectedTitle?: string | undefined;
  readonly standfirst?: string | undefined;
  readonly removed: readonly Removal[];
  readonly sourceErrors: readonly SourceError[];
  readonly blocks: readonly ArchivedBlock[];
}

/** The SHA-256 of some bytes as 64 lower-case hexadecimal digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The capture's text, or undefined when it is not valid UTF-8. A byte-order mark stays in the text. */
export function decodeCapture(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Checks one article against its capture's bytes (undefined when the file is missing).
 * `dir` is how the sources folder is named in messages.
 */
export function checkCapture(claim: CaptureClaim, bytes: Uint8Array | undefined | Refusal, dir = 'content/sources'): Problem[] {
  return examineCapture(claim, bytes, dir).problems;
}

/** A capture checked: its problems, and where the article's blocks, removals and errors stand in it once it could be read. */
export interface CaptureCheck {
  readonly problems: Problem[];
  readonly located?: Located;
}

/**
 * Checks one article against its capture's bytes and keeps where everything stands in it, so that
 * the collected-copy page reads the spans the check found instead of locating them a second time.
 */
export function examineCapture(claim: CaptureClaim, bytes: Uint8Array | undefined | Refusal, dir = 'content/sources'): CaptureCheck {
  const path = `${dir}/${claim.source.file}`;
  const at = (field: string, found: string, expected: string): Problem => ({ file: claim.file, field, found, expected });
  if (bytes === undefined) {
    const expected = `the file name of the capture, saved in ${dir}/ exactly as collected`;
    return { problems: [at('source.file', `"${claim.source.file}", which is not in ${dir}/`, expected)] };
  }
  if (isRefusal(bytes)) return { problems: [at('source.file', `${path}, which is ${bytes.found}`, bytes.expected)] };
  const decoded = decodeUtf8(bytes);
  if ('bad' in decoded) {
    const { line, column } = decoded.bad;
    const found = `${path}, which is not valid UTF-8 (byte ${hex(decoded.bad.byte)} at line ${line}, column ${column})`;
    return { problems: [at('source.file', found, 'the capture saved as UTF-8 text, exactly as collected')] };
  }
  const raw = decoded.text;
  const problems: Problem[] = [];
  const actual = sha256Hex(bytes);
  if (actual !== claim.source.sha256) {
    problems.push(
      at(
        'source.sha256',
        `"${claim.source.sha256}", but ${path} has the SHA-256 "${actual}"`,
        `"${actual}", the SHA-256 of ${path} (the capture changed since it was recorded, or the hash was copied wrong)`,
      ),
    );
  }
  const located = locate(
    raw,
    {
      removed: claim.removed,
      sourceErrors: claim.sourceErrors,
      blocks: claim.blocks,
      title: claim.collectedTitle ?? claim.title,
      standfirst: claim.standfirst,
    },
    path,
  );
  for (const p of located.problems) {
    problems.push(
      p.line === undefined ? at(p.field, p.found, p.expected) : { ...at(p.field, p.found, p.expected), line: p.line, column: 1 },
    );
  }
  return { problems, located };
}

/** Checks every article's capture, and that no capture is claimed by two articles. */
export function checkCaptures(
  claims: readonly CaptureClaim[],
  read: (file: string) => Uint8Array | undefined | Refusal,
  dir = 'content/sources',
): Problem[] {
  return examineCaptures(claims, read, dir).problems;
}

/** {@link checkCaptures}, keeping each capture's spans by the claiming article's file. */
export function examineCaptures(
  claims: readonly CaptureClaim[],
  read: (file: string) => Uint8Array | undefined | Refusal,
  dir = 'content/sources',
): { problems: Problem[]; located: Map<string, Located> } {
  const problems: Problem[] = [];
  const located = new Map<string, Located>();
  const owner = new Map<string, string>();
  for (const claim of claims) {
    const other = owner.get(claim.source.file);
    if (other !== undefined) {
      problems.push({
        file: claim.file,
        field: 'source.file',
        found: `"${claim.source.file}", already the capture of ${other}`,
        expected: 'a capture no other article claims (one article per collected copy)',
      });
      continue;
    }
    owner.set(claim.source.file, claim.file);
    const check = examineCapture(claim, read(claim.source.file), dir);
    problems.push(...check.problems);
    if (check.located !== undefined) located.set(claim.file, check.located);
  }
  return { problems, located };
}
