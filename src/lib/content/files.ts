/**
 * How the reader opens a file of a content tree: contributed content is data, never a path out.
 *
 * - Every path is walked from the content root one name at a time with `lstat`, and a symbolic link
 *   anywhere on the way, or anything but a folder or a regular file, is refused; the file itself is
 *   opened with `O_NOFOLLOW`, so a link swapped in after the check is refused by the system too. A
 *   refusal names the file as the tree names it and says nothing of what the link points to (its
 *   target could be `/proc/self/environ`, and a message is printed into a CI log).
 * - Text is decoded strictly as UTF-8: the first byte that is not gets its line and column, instead
 *   of a U+FFFD that would be published.
 *
 * Framework-free: no Astro imports.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Why a path was not read: a message in the checker's `found …; expected …` words. */
export interface Refusal {
  readonly refused: true;
  readonly found: string;
  readonly expected: string;
}

const LINK_EXPECTED = 'a regular file inside the content folder (the reader follows no symbolic links: copy the file in instead)';

/** What stands at one path, without following a link. */
export function kindAt(full: string): 'missing' | 'link' | 'dir' | 'file' | 'other' {
  try {
    const st = lstatSync(full);
    if (st.isSymbolicLink()) return 'link';
    if (st.isDirectory()) return 'dir';
    return st.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Checks the folders from `root` down to `parts` (the last part included), refusing a link or a
 * special file on the way. Returns undefined when all is well (or the path is missing: the caller
 * decides what missing means), else the refusal.
 */
export function refusedPath(root: string, parts: readonly string[], last: 'dir' | 'file'): Refusal | undefined {
  let at = root;
  for (const [i, part] of parts.entries()) {
    if (part === '' || part === '.' || part === '..' || part.includes('/') || part.includes('\\')) {
      return { refused: true, found: `a path that leaves its folder (${JSON.stringify(part)})`, expected: LINK_EXPECTED };
    }
    at = path.join(at, part);
    const kind = kindAt(at);
    const wanted = i === parts.length - 1 ? last : 'dir';
    if (kind === 'missing') return undefined;
    if (kind === 'link') return { refused: true, found: 'a symbolic link', expected: LINK_EXPECTED };
    if (kind !== wanted) {
      return {
        refused: true,
        found: kind === 'other' ? 'a special file (a device, socket or pipe)' : `a ${kind === 'dir' ? 'folder' : 'file'}`,
        expected: wanted === 'dir' ? 'a folder' : LINK_EXPECTED,
      };
    }
  }
  return undefined;
}

/**
 * The bytes of `root/parts…`, undefined when there is no such file, or a refusal. The content root
 * itself may be reached through a link (an operator's choice); nothing under it may.
 */
export function readInside(root: string, parts: readonly string[]): Uint8Array | undefined | Refusal {
  const refused = refusedPath(root, parts, 'file');
  if (refused !== undefined) return refused;
  let fd: number;
  try {
    fd = openSync(path.join(root, ...parts), constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'ELOOP') return { refused: true, found: 'a symbolic link', expected: LINK_EXPECTED };
    return { refused: true, found: `a file that cannot be read (${code ?? 'error'})`, expected: 'a readable regular file' };
  }
  try {
    if (!fstatSync(fd).isFile()) return { refused: true, found: 'not a regular file', expected: LINK_EXPECTED };
    return new Uint8Array(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}

export const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && 'refused' in v;

/** Where the first byte that is not UTF-8 stands, and its value. */
export interface BadByte {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

const strict = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether the first `n` bytes decode; with `cut`, a character cut at the end is allowed (monotone in `n`). */
function decodes(bytes: Uint8Array, n: number, cut: boolean): boolean {
  try {
    strict().decode(bytes.subarray(0, n), { stream: cut });
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of `bytes` decoded strictly (a byte-order mark is kept), or where the first bad byte is.
 * The line is counted in line feeds and the column in characters, as an editor shows them.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { bad: BadByte } {
  try {
    return { text: strict().decode(bytes) };
  } catch {
    // The longest prefix that decodes when a cut character is allowed; the bad sequence starts at the
    // last character boundary at or before its end (a lead byte whose sequence breaks, or the end).
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (decodes(bytes, mid, true)) lo = mid;
      else hi = mid - 1;
    }
    let at = lo;
    while (at > 0 && !decodes(bytes, at, false)) at -= 1;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    return { bad: { line, column: [...before.slice(lineStart)].length + 1, byte: bytes[at] ?? 0 } };
  }
}

/** A byte as `0xFF`. */
export const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** A bad byte in the checker's words. */
export function badByteFound(bad: BadByte): string {
  return `a byte that is not UTF-8 (${hex(bad.byte)})`;
}
