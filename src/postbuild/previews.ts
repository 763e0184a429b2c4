/**
 * Writes the link-preview images (src/lib/preview/card.ts, drawn by ./card-render.ts) from the
 * manifest the build wrote, one 1200×630 PNG per article and event.
 *
 * Kept out of Astro's page pipeline like the other per-article files (./downloads.ts), and run
 * beside the search index instead of inside `astro build`. A card is a function of its text alone
 * (the drawing code and its fonts are the build's code, which the outputs cache is kept for): with
 * the outputs cache (src/lib/build/output-cache.ts), a card whose path and text are the last build's
 * is linked from it instead of drawn, which costs a few CPU milliseconds a card, thousands of times.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf, type OutputCache } from '../lib/build/output-cache.ts';
import type { PreviewEntry } from '../lib/site/downloads.ts';
import { renderCard } from './card-render.ts';

/** A site path ("/articles/x/preview.png") as a file under `out`. */
const fileOf = (out: string, path: string) => join(out, ...path.split('/').filter(Boolean));

/** How many cards are drawn between two turns of the event loop (the search index is merged meanwhile). */
const BATCH = 50;

/** The key of a card in the outputs cache: its path and everything it shows. */
export const previewKey = (entry: PreviewEntry, site: string): string =>
  `preview:${entry.path}:${digestOf([entry.title, entry.line, site])}`;

/**
 * Writes every card of `entries` under `out`, or links it from `cache` when its key is kept; resolves
 * to the files written, relative to `out`.
 */
export async function writePreviews(out: string, entries: readonly PreviewEntry[], site: string, cache?: OutputCache): Promise<string[]> {
  const files: string[] = [];
  let drawn = 0;
  for (const entry of entries) {
    const rel = entry.path.slice(1);
    files.push(rel);
    const key = previewKey(entry, site);
    if (cache?.restore(key, out) === true) continue;
    const file = fileOf(out, entry.path);
    // Written whole, then renamed: a build stopped midway leaves no half-written card in the site.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, renderCard({ title: entry.title, line: entry.line, site }));
    renameSync(partial, file);
    cache?.put(key, out, [rel]);
    drawn += 1;
    if (drawn % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return files;
}
