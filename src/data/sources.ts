/**
 * The raw captures of the content tree the build loads (ARCHIVE_CONTENT, else ./content, as
 * src/lib/site/settings.ts reads it), read as bytes, never re-encoded, through the one reader.
 */
import { readCapture as readFromTree } from '../lib/content/read.ts';
import { processSettings } from '../lib/site/settings.ts';

const root = processSettings().contentRoot;

/** A capture's bytes, or undefined when the file does not exist. */
export function readCapture(file: string): Uint8Array | undefined {
  return readFromTree(root, file);
}
