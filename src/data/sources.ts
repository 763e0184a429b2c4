/**
 * The raw captures of the content tree the build loads (ARCHIVE_CONTENT, else ./content, as in
 * src/content.config.ts), read as bytes, never re-encoded, through the one reader.
 */
import { resolve } from 'node:path';
import { readCapture as readFromTree } from '../lib/content/read.ts';

const root = resolve(process.env['ARCHIVE_CONTENT'] ?? './content');

/** A capture's bytes, or undefined when the file does not exist. */
export function readCapture(file: string): Uint8Array | undefined {
  return readFromTree(root, file);
}
