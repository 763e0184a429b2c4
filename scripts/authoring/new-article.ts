/**
 * The file side of `npm run new-article`: refuse bad input with a clear reason, copy the capture
 * into `content/sources/` with its SHA-256, read the registry, and write the draft without ever
 * replacing a file. The text work is in `draft.ts`.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../../src/lib/content/read.ts';
import { makeDraft, renderDraft, type Registry } from './draft.ts';

/**
 * The largest raw text accepted. The collected texts are 3–9 kB; a megabyte is a hundred times
 * that, so a bigger file is a wrong file (a PDF, a whole site dump), not an article.
 */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** A refusal: the message says which file, what is wrong and what was expected. */
export class NewArticleError extends Error {}

/**
 * Reads a raw collected text, refusing what cannot be one: a missing file, a folder, an empty
 * file, a file over {@link MAX_SOURCE_BYTES}, a binary file, text that is not UTF-8.
 */
export function readRawSource(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new NewArticleError(`${file}: found a directory or special file; expected a raw text file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof NewArticleError) throw error;
    throw new NewArticleError(`${file}: no such file; expected the path of a raw collected text (.txt)`);
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new NewArticleError(
      `${file}: found ${size} bytes; ` +
        `expected a raw text of at most ${MAX_SOURCE_BYTES} bytes (1 MB), an article, not a whole site or a document`,
    );
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) {
    const at = bytes.indexOf(0);
    throw new NewArticleError(`${file}: found a NUL byte at byte ${at}, so this is a binary file; expected plain UTF-8 text`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new NewArticleError(`${file}: found bytes that are not valid UTF-8; expected UTF-8 text (re-save the file as UTF-8)`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new NewArticleError(`${file}: found an empty file; expected the collected text of an article`);
  return text;
}

/**
 * The actors and places of the registry, whose names and spellings the generator looks for, read
 * through the one reader of the content tree (entries that do not validate are left out: the
 * checker reports them).
 */
export function loadRegistry(contentRoot: string): Registry {
  const tree = readContent(contentRoot);
  const entry = (e: { id: string; data: { name: string; spellings: string[] } }) => ({
    id: e.id,
    name: e.data.name,
    spellings: e.data.spellings,
  });
  return { actors: tree.actors.map(entry), places: tree.places.map(entry) };
}

/** The SHA-256 of a capture, as articles record it in `source.sha256`. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Copies a capture into the content tree's `sources/`, byte for byte, unless the same bytes are
 * there already. A different file under the same name is refused: the archive's evidence is never
 * replaced. Returns whether a new file was written, so a failed run can take it back.
 */
export function storeCapture(sourcesDir: string, name: string, bytes: Buffer): boolean {
  const target = path.join(sourcesDir, name);
  if (existsSync(target)) {
    const existing = readFileSync(target);
    if (existing.equals(bytes)) return false;
    throw new NewArticleError(
      `${target}: already holds a different capture (SHA-256 ${sha256(existing)}, not ${sha256(bytes)}); ` +
        'expected the same bytes or a new file name (the archive never replaces a capture)',
    );
  }
  mkdirSync(sourcesDir, { recursive: true });
  writeNewFile(target, bytes);
  return true;
}

/**
 * Writes `text` to `target` only if nothing is there, and all at once: the text goes to a temporary
 * file beside the target, which is then hard-linked to the target's name. A link, unlike a rename,
 * fails when the name exists, so a file that appeared meanwhile is never replaced, and a reader
 * never sees half a draft.
 */
export function writeNewFile(target: string, text: string | Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    if (typeof text === 'string') writeSync(fd, text);
    else writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new NewArticleError(
        `${target}: already exists; expected a new file (the generator never overwrites one; move or rename the existing draft first)`,
      );
    throw error;
  } finally {
    unlinkSync(tmp);
  }
}

/** The outcome of one run, for the CLI to print and exit with. */
export interface RunResult {
  readonly code: number;
  readonly message: string;
  readonly written?: string;
}

export const USAGE = 'usage: npm run new-article -- <raw-text.txt> [--root <content directory>]';

/** The content root and the raw files named on the command line, or the usage error to return. */
function parseRunArgs(args: readonly string[], defaultRoot: string): { root: string; files: string[] } | RunResult {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { root: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    return { root: values.root === undefined ? defaultRoot : path.resolve(values.root), files: positionals };
  } catch (error) {
    return { code: 2, message: `new-article: ${(error as Error).message}\n${USAGE}` };
  }
}

/**
 * Runs the generator on command-line arguments. Every refusal happens before anything is
 * written, so a failed run leaves the content tree as it was.
 */
export function runNewArticle(args: readonly string[], defaultRoot: string): RunResult {
  const parsed = parseRunArgs(args, defaultRoot);
  if ('code' in parsed) return parsed;
  const { root, files } = parsed;
  if (files.length !== 1) {
    return {
      code: 2,
      message:
        `new-article: ${files.length === 0 ? 'no raw text given' : `found ${files.length} files`}; ` +
        `expected exactly one raw text file\n${USAGE}`,
    };
  }
  const source = files[0] ?? '';
  try {
    const text = readRawSource(source);
    const articles = path.join(root, 'articles');
    if (!existsSync(articles))
      throw new NewArticleError(
        `${articles}: no such directory; expected the content root's articles folder (use --root <content directory>)`,
      );
    const bytes = readFileSync(source);
    const capture = { file: path.basename(source), sha256: sha256(bytes) };
    const draft = makeDraft(text, capture, loadRegistry(root));
    const target = path.join(articles, `${String(draft.frontmatter['slug'])}.mdx`);
    if (existsSync(target))
      throw new NewArticleError(
        `${target}: already exists; expected a new file (the generator never overwrites one; move or rename the existing file first)`,
      );
    const sources = path.join(root, 'sources');
    const copied = storeCapture(sources, capture.file, bytes);
    try {
      writeNewFile(target, renderDraft(draft));
    } catch (error) {
      if (copied) unlinkSync(path.join(sources, capture.file)); // nothing half-written is left behind
      throw error;
    }
    const debris = draft.flags.length;
    return {
      code: 0,
      written: target,
      message:
        `new-article: copied the capture to ${path.join(sources, capture.file)} (SHA-256 ${capture.sha256}) ` +
        `and wrote ${target}: ${draft.paragraphs.length} paragraphs, ${debris} possible debris item(s) ` +
        `and ${draft.actors.length} proposed actor(s) to confirm. Resolve every TODO, then run npm run check:content.`,
    };
  } catch (error) {
    if (error instanceof NewArticleError) return { code: 1, message: `new-article: ${error.message}` };
    throw error;
  }
}
