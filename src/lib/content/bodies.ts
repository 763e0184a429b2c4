/**
 * The articles' bodies, handed from the content loader (src/loaders/archive.ts) to the pages
 * (src/data/archive.ts) in a file of their own instead of Astro's data store.
 *
 * Astro builds its data store into the server bundle as one module (`export default
 * JSON.parse("…")`, astro/dist/content/vite-plugin-content-virtual-mod.js): a string as large as the
 * archive that the bundler parses and every page's process then holds, with the store parsed from
 * it. The bodies would be nearly all of it, and its bundling the build's peak of memory
 * (bench/README.md). Here they are written once per content sync, as JSON, and read once per build.
 * Each article's entry in the store keeps the digest of its body (`bodyKey`), and a body is used only
 * if its digest is the same: a file left by another sync is an error, never a wrong text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Located } from '../provenance/collected.ts';
import type { Block } from './body.ts';

/** An article's body as stored: the digest its store entry names, and its numbered blocks. */
export interface StoredBody {
  /** The article's store digest (`bodyKey` in its data): which content sync wrote this body. */
  readonly key: string;
  /** The body's numbered blocks, as the reader made them (body.ts). */
  readonly blocks: readonly Block[];
  /** Where the blocks, removals and source errors stand in the article's capture, as the reader located them. */
  readonly capture?: Located | undefined;
}

/**
 * Where the bodies of the content tree at `contentRoot` are kept: in Astro's cache folder of the
 * repository at `repo`, named by the tree, so builds of two trees (the benchmark's) never share it.
 */
export function bodiesFile(repo: string, contentRoot: string): string {
  const tree = createHash('sha256').update(contentRoot).digest('hex').slice(0, 12);
  return join(repo, 'node_modules', '.astro', `archive-bodies-${tree}.json`);
}

/** Writes the bodies by article id; the file appears whole or not at all. */
export function writeBodies(file: string, bodies: ReadonlyMap<string, StoredBody>): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(Object.fromEntries(bodies)));
  renameSync(partial, file);
}

/** The bodies by article id; throws naming the file when it is missing or not what writeBodies wrote. */
export function readBodies(file: string): ReadonlyMap<string, StoredBody> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `The articles' bodies ${file}: ${error instanceof Error ? error.message : String(error)}; ` +
        'the content loader writes them at every content sync (run the build again)',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`The articles' bodies ${file}: expected an object of bodies by article id`);
  }
  return new Map(Object.entries(data as Record<string, StoredBody>));
}

/** The blocks of article `id` whose store entry names `key`; throws when the file has another body. */
export function bodyOf(bodies: ReadonlyMap<string, StoredBody>, id: string, key: string, file: string): readonly Block[] {
  const body = bodies.get(id);
  if (body === undefined || body.key !== key || !Array.isArray(body.blocks)) {
    throw new Error(
      `The articles' bodies ${file}: ${body === undefined ? 'no body' : 'another body'} for article "${id}" ` +
        `than its content sync wrote (expected the digest ${key}); run the build again`,
    );
  }
  return body.blocks;
}

/**
 * Where the article's blocks, removals and errors stand in its capture, as the reader found them when
 * it checked the capture: the collected-copy page reads these spans rather than locating them again.
 */
export function captureOf(bodies: ReadonlyMap<string, StoredBody>, id: string, file: string): Located {
  const capture = bodies.get(id)?.capture;
  if (capture === undefined) throw new Error(`The articles' bodies ${file}: no located capture for article "${id}"; run the build again`);
  return capture;
}
