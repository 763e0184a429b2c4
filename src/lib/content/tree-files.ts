/**
 * The files of a content tree besides its entries, and the one way every file of it is read as text
 * (./files.ts: no links, strict UTF-8), for the reader (./read.ts), the build's configuration and its
 * finishing step: the captures (`readCapture`) and the moved pages (`redirectsOf`, `readRedirects`).
 *
 * Framework-free: no Astro imports.
 */
import path from 'node:path';
import { checkRedirects, type Redirect } from '../site/redirects.ts';
import { badByteFound, decodeUtf8, isRefusal, readInside } from './files.ts';
import { formatProblem, type Problem } from './integrity.ts';

/** The text of a file of the tree, or its problem: a link or special file refused, a byte that is not UTF-8. */
export function readText(root: string, parts: readonly string[], file: string): { text: string } | { problem: Problem } | undefined {
  const bytes = readInside(root, parts);
  if (bytes === undefined) return undefined;
  if (isRefusal(bytes)) return { problem: { file, line: 1, column: 1, field: 'file', found: bytes.found, expected: bytes.expected } };
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded;
  const { line, column } = decoded.bad;
  const expected = 'the file saved as UTF-8 text (re-save it as UTF-8; nothing is guessed or replaced)';
  return { problem: { file, line, column, field: '(whole file)', found: badByteFound(decoded.bad), expected } };
}

/**
 * A capture's bytes from `<root>/sources/`, exactly as stored, or undefined when there is no such
 * file (or it is a link, which the content checks report).
 */
export function readCapture(root: string, file: string): Uint8Array | undefined {
  const bytes = readInside(root, ['sources', file]);
  return isRefusal(bytes) ? undefined : bytes;
}

/**
 * How every reader names a content root in messages: relative to the working folder, as the content
 * checker prints it, so the build and the checker print the same lines.
 */
export const displayOf = (root: string): string => path.relative(process.cwd(), root) || '.';

/** The moved pages of a content tree (`<root>/redirects.yaml`) and their problems; none when there is no such file. */
export function redirectsOf(root: string, display: string = root): { redirects: Redirect[]; problems: Problem[] } {
  const file = path.join(display, 'redirects.yaml');
  const read = readText(root, ['redirects.yaml'], file);
  if (read === undefined) return { redirects: [], problems: [] };
  if ('problem' in read) return { redirects: [], problems: [read.problem] };
  return checkRedirects(read.text, file);
}

/**
 * The moved pages of a content tree, checked; throws their problems in the checker's words (one a
 * line), for the build's configuration and finishing step.
 */
export function readRedirects(root: string, display: string = root): Redirect[] {
  const { redirects, problems } = redirectsOf(root, display);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return redirects;
}
