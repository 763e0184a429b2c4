/**
 * Writes the link-preview images (src/lib/preview/card.ts) from the manifest the build wrote: each
 * card laid out by satori into an SVG whose text is already paths, then rasterised by resvg into a
 * 1200×630 PNG. The font is Noto Sans from its npm package, read from the disk, never fetched; its
 * Latin and Cyrillic subsets are separate files, each loaded as a family of its own.
 *
 * Kept out of Astro's page pipeline like the other per-article files (./downloads.ts): rendering
 * is the cost, and here it runs beside the search index instead of inside `astro build`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD, type CardText, cardTree, FONT_FAMILIES } from '../lib/preview/card.ts';
import type { PreviewEntry } from '../lib/site/downloads.ts';

type Font = Parameters<typeof satori>[1]['fonts'][number];

/** The font package's file of each family in FONT_FAMILIES, in the same order. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

let fonts: Font[] | undefined;

/** The fonts, read once: regular and bold of each subset (satori reads WOFF, not WOFF2). */
function loadFonts(): Font[] {
  if (fonts !== undefined) return fonts;
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  fonts = SUBSETS.flatMap((subset, i) =>
    ([400, 700] as const).map((weight) => ({
      name: FONT_FAMILIES[i] ?? '',
      weight,
      style: 'normal' as const,
      data: readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** One card as a PNG. */
export async function renderCard(text: CardText): Promise<Buffer> {
  // satori's types want a React element; the tree has that element's shape.
  const svg = await satori(cardTree(text) as unknown as Parameters<typeof satori>[0], { ...CARD, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

const require = createRequire(import.meta.url);
/** The versions the pixels depend on besides the card's tree: a new renderer or font renders anew. */
const RENDERER = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans']
  .map((p) => `${p}@${(JSON.parse(readFileSync(require.resolve(`${p}/package.json`), 'utf8')) as { version: string }).version}`)
  .join(' ');

/** The cache key of a card: its element tree (text and layout) and the renderer's versions. */
export function cardKey(text: CardText): string {
  return createHash('sha256')
    .update(RENDERER)
    .update(JSON.stringify(cardTree(text)))
    .digest('hex');
}

/**
 * The rendered cards of earlier builds, by key, so that a build renders only the cards whose text
 * or layout changed: rendering is about a tenth of a second of CPU a card, ten thousand articles'
 * worth is about twenty minutes, and a card changes only with its title, outlet or date.
 */
export const PREVIEW_CACHE = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), '..', '..', '.cache', 'archive-previews');

/** A site path ("/articles/x/preview.png") as a file under `out`. */
const fileOf = (out: string, path: string) => join(out, ...path.split('/').filter(Boolean));

/**
 * Writes every card of `entries` under `out`, copied from `cache` when an earlier build rendered
 * the same card, else rendered and kept there, giving the event loop a turn between cards (the
 * search index is merged meanwhile); resolves to the files written, relative to `out`, and how many
 * were rendered.
 */
export async function writePreviews(
  out: string,
  entries: readonly PreviewEntry[],
  site: string,
  cache: string = PREVIEW_CACHE,
): Promise<{ files: string[]; rendered: number }> {
  mkdirSync(cache, { recursive: true });
  const files: string[] = [];
  let rendered = 0;
  for (const entry of entries) {
    const text = { title: entry.title, line: entry.line, site };
    const cached = join(cache, `${cardKey(text)}.png`);
    if (!existsSync(cached)) {
      // Written whole, then renamed: a build stopped midway leaves no half-written card to be reused.
      const partial = `${cached}.${process.pid}.partial`;
      writeFileSync(partial, await renderCard(text));
      renameSync(partial, cached);
      rendered++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    copyFileSync(cached, fileOf(out, entry.path));
    files.push(entry.path.slice(1));
  }
  return { files, rendered };
}
