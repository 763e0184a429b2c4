/**
 * Writes the link-preview images (src/lib/preview/card.ts, drawn by ./card-render.ts) from the
 * manifest the build wrote, one 1200×630 PNG per article and event.
 *
 * Kept out of Astro's page pipeline like the other per-article files (./downloads.ts), and run
 * beside the search index instead of inside `astro build`. No card is kept between builds: drawing
 * one costs about what hashing its text and copying a kept file would, and nothing can go stale.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewEntry } from '../lib/site/downloads.ts';
import { renderCard } from './card-render.ts';

/** A site path ("/articles/x/preview.png") as a file under `out`. */
const fileOf = (out: string, path: string) => join(out, ...path.split('/').filter(Boolean));

/** How many cards are drawn between two turns of the event loop (the search index is merged meanwhile). */
const BATCH = 50;

/** Writes every card of `entries` under `out`; resolves to the files written, relative to `out`. */
export async function writePreviews(out: string, entries: readonly PreviewEntry[], site: string): Promise<string[]> {
  const files: string[] = [];
  for (const [i, entry] of entries.entries()) {
    const file = fileOf(out, entry.path);
    // Written whole, then renamed: a build stopped midway leaves no half-written card in the site.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, renderCard({ title: entry.title, line: entry.line, site }));
    renameSync(partial, file);
    files.push(entry.path.slice(1));
    if (i % BATCH === BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return files;
}
