/**
 * The Astro content loader of the archive (Astro's Content Loader API), built on the one reader
 * (`src/lib/content/read.ts`). Each collection's loader takes its entries from one reading of the
 * whole tree, so every file is read and parsed once per build: an article's body becomes its
 * numbered blocks here, kept beside the data store (`src/lib/content/bodies.ts`), and no MDX module
 * is ever compiled (the pages render the blocks themselves; see `src/components/Inlines.astro`).
 *
 * A tree with any problem stops the build before anything is stored, with the same lines
 * `npm run check:content` prints (`file:line:column field: found …; expected …`). Each entry is
 * validated once, by the reader: the loader stores the reader's data, its references given Astro's
 * `{ id, collection }` shape (`src/lib/content/references.ts`), and never calls Astro's `parseData`.
 */
import type { Loader } from 'astro/loaders';
import { bodiesFile, type StoredBody, writeBodies } from '../lib/content/bodies.ts';
import { formatProblem } from '../lib/content/integrity.ts';
import { type ContentTree, displayOf, readContent } from '../lib/content/read.ts';
import { withReferences } from '../lib/content/references.ts';
import { formatMissing } from '../lib/content/translations-checked.ts';
import type { Collection } from '../lib/content/schema.ts';

/**
 * One reading per content root, shared by the five collections of one content sync and dropped
 * when the last of them has taken its entries, so the next sync (in `astro dev`) reads afresh.
 */
const readings = new Map<string, { tree: ContentTree; waiting: Set<Collection> }>();

function reading(root: string, collection: Collection): ContentTree {
  let r = readings.get(root);
  if (r === undefined || !r.waiting.has(collection)) {
    const display = displayOf(root);
    r = { tree: readContent(root, { display }), waiting: new Set(['articles', 'actors', 'places', 'outlets', 'events']) };
    readings.set(root, r);
  }
  r.waiting.delete(collection);
  if (r.waiting.size === 0) readings.delete(root);
  return r.tree;
}

/** The loader of one collection of the content tree at `root` (an absolute path). */
export function archiveLoader(root: string, collection: Collection): Loader {
  return {
    name: `archive:${collection}`,
    async load({ store, generateDigest, logger }) {
      const tree = reading(root, collection);
      if (tree.problems.length > 0) {
        throw new Error(`The archive's content has ${tree.problems.length} problem(s):\n${tree.problems.map(formatProblem).join('\n')}`);
      }
      // Said once per reading (by the events' loader), as check:content says it: pages show the English, marked.
      const missing = formatMissing(tree.missingTranslations);
      if (collection === 'events' && missing.length > 0) logger.info(['Translations missing:', ...missing].join('\n'));
      store.clear();
      const bodies = new Map<string, StoredBody>();
      for (const entry of tree[collection]) {
        const raw = entry.raw as Record<string, unknown>;
        // The reader validated the entry; Astro stores it as it is, with references in its shape.
        const data = withReferences(collection, entry.data) as Record<string, unknown>;
        if (!('body' in entry)) {
          store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(raw) });
          continue;
        }
        // An article's numbered blocks go to the bodies file (bodies.ts says why), so pages never
        // parse a body again; its entry names them by the digest of its data and body.
        const digest = generateDigest({ ...raw, blocks: entry.body.blocks });
        bodies.set(entry.id, { key: digest, blocks: entry.body.blocks, capture: tree.captures.get(entry.id) });
        store.set({ id: entry.id, data: { ...data, bodyKey: digest }, filePath: entry.file, digest });
      }
      if (collection === 'articles') writeBodies(bodiesFile(process.cwd(), root), bodies);
    },
  };
}
