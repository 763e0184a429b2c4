/**
 * The reader's first stage: the files of each collection folder under a content root, read as text
 * (no link followed, strict UTF-8: ./tree-files.ts), each with its collection and id.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { kindAt, refusedPath } from './files.ts';
import type { Problem } from './integrity.ts';
import type { Collection } from './schema.ts';
import { readText } from './tree-files.ts';

/** Each collection's folder under the content root and the one file type read from it. */
export const COLLECTION_FILES: Readonly<Record<Collection, string>> = {
  articles: '.mdx',
  actors: '.yaml',
  places: '.yaml',
  outlets: '.yaml',
  events: '.yaml',
};
export const COLLECTIONS = Object.keys(COLLECTION_FILES) as Collection[];

/** A file of the tree, before parsing. */
export interface ContentFile {
  readonly collection: Collection;
  readonly id: string;
  readonly file: string;
  /** Undefined when the file could not be read as text (its problem is reported); its id still exists. */
  readonly text: string | undefined;
}

/**
 * Reads every collection folder under `root`. A file of the wrong type is a problem rather than
 * silently skipped, because the entry would otherwise vanish from the site without a word.
 */
export function listFiles(root: string, display: string): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const dir = path.join(root, collection);
    const refused = refusedPath(root, [collection], 'dir');
    if (refused !== undefined) {
      problems.push({
        file: path.join(display, collection),
        line: 1,
        column: 1,
        field: 'folder',
        found: refused.found,
        expected: 'a folder of the content tree',
      });
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue; // A collection with no folder is empty (there may be no events yet).
    }
    const ext = COLLECTION_FILES[collection];
    for (const name of names) {
      const file = path.join(display, collection, name);
      if (name.startsWith('.') || kindAt(path.join(dir, name)) === 'dir') continue;
      if (!name.endsWith(ext)) {
        problems.push({
          file,
          field: 'file name',
          found: `a file that is not ${ext}`,
          expected: `only ${ext} files in content/${collection}/`,
        });
        continue;
      }
      const read = readText(root, [collection, name], file);
      if (read === undefined) continue;
      if ('problem' in read) problems.push(read.problem);
      files.push({ collection, id: name.slice(0, -ext.length), file, text: 'text' in read ? read.text : undefined });
    }
  }
  return { files, problems };
}
