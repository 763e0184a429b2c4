/**
 * The raw captures on disk: `<content root>/sources/<file>`, read as bytes, never re-encoded.
 * The content root is the one src/content.config.ts loads (ARCHIVE_CONTENT, else ./content).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The folder of the captures, absolute. */
export const sourcesDir = resolve(process.env['ARCHIVE_CONTENT'] ?? './content', 'sources');
/** How messages name the folder: as the editor sees it in the content tree. */
export const sourcesLabel = process.env['ARCHIVE_CONTENT'] === undefined ? 'content/sources' : `${process.env['ARCHIVE_CONTENT']}/sources`;

/** A capture's bytes, or undefined when the file does not exist. */
export function readCapture(file: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(resolve(sourcesDir, file)));
  } catch {
    return undefined;
  }
}
