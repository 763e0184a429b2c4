/**
 * Figures read from a built site's files: its HTML pages by kind, Pagefind's index, the drawings,
 * the typo vocabulary and the weight of the pages issue 27 changed. Run alone on any build (another
 * commit's, for a before/after) with `node scripts/bench/site-figures.ts DIST`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const size = (fs: string[]) => fs.reduce((s, f) => s + statSync(f).size, 0);
const uiBundles = /pagefind-(ui|component-ui|modular-ui|highlight)\./;
/** Pagefind's index files, without the UI bundles a site may not use. */
export const indexFiles = (outDir: string) => walk(join(outDir, 'pagefind')).filter((f) => !uiBundles.test(f));
export const indexBytes = (outDir: string) => size(indexFiles(outDir));
export const htmlCount = (outDir: string) =>
  walk(outDir).filter((f) => f.endsWith('.html') && !relative(outDir, f).startsWith('pagefind')).length;

/** A file's bytes as built and gzipped (level 6, as the server sends it); null when the build has no such file. */
function weight(file: string): { bytes: number; gzipBytes: number } | null {
  if (!existsSync(file)) return null;
  const body = readFileSync(file);
  return { bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length };
}

/**
 * The pages whose weight issue 27 changed, the same pages at every size and commit: the search page
 * (range fields, facets), the corpus's first event (derived involvement) and an actor who acts for a
 * state (kind, affiliations, events), and a synthetic actor.
 */
export const WEIGHED_PAGES = {
  search: 'search/index.html',
  event: 'events/bench-event-0/index.html',
  actor: 'actors/kassym-jomart-tokayev/index.html',
  syntheticActor: 'actors/synthetic-actor-0/index.html',
} as const;

export function pageWeights(outDir: string) {
  return Object.fromEntries(Object.entries(WEIGHED_PAGES).map(([k, path]) => [k, { path, ...weight(join(outDir, path)) }]));
}

/** Each kind of HTML page (its first path segment): how many, and the largest, raw and gzipped. */
export function pageKinds(outDir: string, html: ReadonlyArray<{ path: string; bytes: number }>) {
  const kinds: Record<string, { pages: number; maxBytes: number; maxGzipBytes: number }> = {};
  for (const h of html) {
    const kind = h.path.split('/')[0]!.replace(/\.html$/, '');
    kinds[kind] ??= { pages: 0, maxBytes: 0, maxGzipBytes: 0 };
    const k = kinds[kind];
    k.pages++;
    if (h.bytes > k.maxBytes) {
      k.maxBytes = h.bytes;
      k.maxGzipBytes = gzipSync(readFileSync(join(outDir, h.path))).length;
    }
  }
  return kinds;
}

/** The bytes of the map (/places/) and the network (/actors/) as built, raw and gzipped (src/lib/drawings/). */
export function drawingSizes(outDir: string) {
  const svgIn = (page: string, kind: string) => {
    const html = existsSync(join(outDir, page)) ? readFileSync(join(outDir, page), 'utf8') : '';
    const svg = html.match(new RegExp(`<svg [^>]*class="drawing ${kind}"[\\s\\S]*?</svg>`))?.[0] ?? '';
    return { bytes: Buffer.byteLength(svg), gzipBytes: svg === '' ? 0 : gzipSync(svg).length, links: svg.split('<a ').length - 1 };
  };
  return { map: svgIn('places/index.html', 'map'), network: svgIn('actors/index.html', 'network') };
}

/**
 * Size of the typo vocabulary (src/pages/search/vocabulary/): its first-letter files (every word
 * once; a miss fetches one) and its second files (every word again, named "a-n"; a miss with no
 * near word of the same first letter fetches one to three), and the largest file of each kind.
 */
export function vocabularyFigures(dir: string) {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ second: f.includes('-'), bytes: readFileSync(join(dir, f)) }));
  const figures = (kind: typeof files) => {
    const gz = kind.map((f) => gzipSync(f.bytes).length);
    return {
      files: kind.length,
      bytes: kind.reduce((n, f) => n + f.bytes.length, 0),
      gzipBytes: gz.reduce((n, g) => n + g, 0),
      largestFileGzipBytes: Math.max(0, ...gz),
    };
  };
  const first = files.filter((f) => !f.second);
  return {
    words: first.reduce((n, f) => n + f.bytes.toString('utf8').split('\n').filter(Boolean).length, 0),
    ...figures(first),
    secondFiles: figures(files.filter((f) => f.second)),
  };
}

/** The figures of an archive build read from its files. */
export function archiveFiles(outDir: string) {
  const html = walk(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: relative(outDir, f), bytes: statSync(f).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const largest = html[0]!;
  return {
    htmlPages: html.length,
    indexBytes: indexBytes(outDir),
    indexFiles: indexFiles(outDir).length,
    pagesOver200KB: html.filter((h) => h.bytes > 200 * 1024).map((h) => h.path),
    largestHtml: { path: largest.path, bytes: largest.bytes, gzipBytes: gzipSync(readFileSync(join(outDir, largest.path))).length },
    pageKinds: pageKinds(outDir, html),
    pageWeights: pageWeights(outDir),
    drawings: drawingSizes(outDir),
    typoVocabulary: vocabularyFigures(join(outDir, 'search', 'vocabulary')),
  };
}

if (import.meta.main) {
  const [dir] = process.argv.slice(2);
  if (dir === undefined) {
    console.error('Usage: node scripts/bench/site-figures.ts DIST   (a built site)');
    process.exit(2);
  }
  const out = resolve(dir);
  console.log(JSON.stringify({ dist: out, htmlPages: htmlCount(out), pageWeights: pageWeights(out) }, null, 2));
}
