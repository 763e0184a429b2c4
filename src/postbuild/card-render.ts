/**
 * Draws a card (src/lib/preview/card.ts) into a palette PNG. The text is Noto Sans from its npm
 * package, read from the disk, never fetched; its Latin and Cyrillic subsets are separate files, and
 * a character is drawn from the first that has it. Each glyph is rasterised by resvg once per size
 * and weight, kept as an alpha mask for the rest of the build, and copied into the card's pixels: a
 * build draws thousands of cards from a few hundred glyphs, so it pays for outlines only once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { CARD, type CardText, cardPlan, type FontMetrics, GROUND, INKS, type Ink, type Weight } from '../lib/preview/card.ts';
import type { Measure } from '../lib/preview/layout.ts';
import { palettePng } from '../lib/preview/png.ts';

/** The font package's files, in the order a character is looked for. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
/** Anti-aliasing levels kept of each ink: three inks of 63 levels and the ground fill a palette. */
const LEVELS = 63;
const INK_ORDER = Object.keys(INKS) as Ink[];

interface Mask {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Coverage of each pixel, row by row, in anti-aliasing levels (0 to {@link LEVELS}). */
  readonly levels: Uint8Array;
}

let faces: Map<Weight, opentype.Font[]> | undefined;

/** The fonts, read once: each subset in regular and bold (opentype.js reads WOFF, not WOFF2). */
function loadFaces(): Map<Weight, opentype.Font[]> {
  if (faces !== undefined) return faces;
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  faces = new Map(
    ([400, 700] as const).map((weight) => [
      weight,
      SUBSETS.map((subset) => {
        const b = readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
        return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
      }),
    ]),
  );
  return faces;
}

/** A character's glyph, from the first subset that has it (the first subset's .notdef if none does). */
function glyphOf(weight: Weight, char: string): { font: opentype.Font; glyph: opentype.Glyph } {
  const fonts = loadFaces().get(weight) ?? [];
  for (const font of fonts) {
    const glyph = font.charToGlyph(char);
    if (glyph.index > 0) return { font, glyph };
  }
  const font = fonts[0] as opentype.Font;
  return { font, glyph: font.charToGlyph(char) };
}

/** Each glyph of the text, with its pen position in pixels from the start of the line. */
function place(text: string, size: number, weight: Weight): { font: opentype.Font; glyph: opentype.Glyph; x: number }[] {
  const out: { font: opentype.Font; glyph: opentype.Glyph; x: number }[] = [];
  let x = 0;
  let prev: { font: opentype.Font; glyph: opentype.Glyph } | undefined;
  for (const char of text) {
    const g = glyphOf(weight, char);
    const scale = size / g.font.unitsPerEm;
    if (prev?.font === g.font) x += g.font.getKerningValue(prev.glyph, g.glyph) * scale;
    out.push({ ...g, x });
    x += (g.glyph.advanceWidth ?? 0) * scale;
    prev = g;
  }
  return out;
}

const widths = new Map<string, number>();
const measure =
  (size: number, weight: Weight): Measure =>
  (text) => {
    const key = `${size}/${weight}/${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      const glyphs = place(text, size, weight);
      const last = glyphs.at(-1);
      w = last ? last.x + ((last.glyph.advanceWidth ?? 0) * size) / last.font.unitsPerEm : 0;
      if (widths.size > 50_000) widths.clear();
      widths.set(key, w);
    }
    return w;
  };

/** The font's metrics for the plan: Noto Sans's ascent and descent are the same in every subset. */
function metrics(): FontMetrics {
  const font = loadFaces().get(400)?.[0] as opentype.Font;
  return { measure, ascent: font.ascender / font.unitsPerEm, descent: -font.descender / font.unitsPerEm };
}

/**
 * A path's SVG data. Written from its commands rather than by opentype.js's toPathData, which
 * prints some coordinates as NaN (2.0.0: a control point of Noto Sans's "c" at 36 px).
 */
function pathData(path: opentype.Path): string {
  const n = (v: number | undefined) => (v ?? 0).toFixed(3);
  return path.commands
    .map((c) => {
      if (c.type === 'M' || c.type === 'L') return `${c.type}${n(c.x)} ${n(c.y)}`;
      if (c.type === 'Q') return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
      if (c.type === 'C') return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
      return 'Z';
    })
    .join('');
}

const masks = new Map<string, Mask | null>();
const fontIds = new Map<opentype.Font, number>();
function fontId(font: opentype.Font): number {
  if (!fontIds.has(font)) fontIds.set(font, fontIds.size);
  return fontIds.get(font) ?? 0;
}

/** A glyph's alpha mask at a size, its origin on the baseline at the pen; null for a blank glyph. */
function maskOf(font: opentype.Font, glyph: opentype.Glyph, size: number, weight: Weight): Mask | null {
  const key = `${weight}/${size}/${fontId(font)}/${glyph.index}`;
  const known = masks.get(key);
  if (known !== undefined) return known;
  const path = glyph.getPath(0, 0, size);
  const box = path.getBoundingBox();
  let mask: Mask | null = null;
  if (box.x2 > box.x1 && box.y2 > box.y1) {
    const left = Math.floor(box.x1) - 1;
    const top = Math.floor(box.y1) - 1;
    const width = Math.ceil(box.x2) - left + 1;
    const height = Math.ceil(box.y2) - top + 1;
    const frame = `width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" ${frame}><path d="${pathData(path)}"/></svg>`;
    // The outline is a path already: resvg needs no fonts, and loading the system's would cost more than drawing.
    const rgba = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
    const levels = new Uint8Array(width * height);
    for (let i = 0; i < levels.length; i++) levels[i] = Math.round(((rgba[i * 4 + 3] ?? 0) * LEVELS) / 255);
    mask = { left, top, width, height, levels };
  }
  masks.set(key, mask);
  return mask;
}

const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));

/** The palette: the ground, then each ink's levels from faint to full, blended over the ground. */
const PALETTE = (() => {
  const ground = hex(GROUND);
  const bytes = [...ground];
  for (const ink of INK_ORDER) {
    const rgb = hex(INKS[ink]);
    for (let l = 1; l <= LEVELS; l++)
      bytes.push(...rgb.map((c, i) => Math.round((ground[i] ?? 0) + ((c - (ground[i] ?? 0)) * l) / LEVELS)));
  }
  return Uint8Array.from(bytes);
})();

const indexOf = (ink: Ink, level: number) => (level === 0 ? 0 : 1 + INK_ORDER.indexOf(ink) * LEVELS + level - 1);

/** Copies a mask into the pixels at (x0, y0) in the ink whose palette starts after `base`. */
function blit(pixels: Uint8Array, m: Mask, x0: number, y0: number, base: number): void {
  const { width, height } = CARD;
  const from = Math.max(0, -x0);
  const to = Math.min(m.width, width - x0);
  for (let y = Math.max(0, -y0); y < m.height && y0 + y < height; y++) {
    const row = (y0 + y) * width + x0;
    const src = y * m.width;
    for (let x = from; x < to; x++) {
      const level = m.levels[src + x] as number;
      if (level === 0) continue;
      const here = pixels[row + x] as number;
      // Glyphs of one line may touch (kerned pairs): the darker coverage wins.
      if (here === 0 || level > here - base) pixels[row + x] = base + level;
    }
  }
}

/** One card as a PNG. */
export function renderCard(text: CardText): Buffer {
  const { width, height } = CARD;
  const pixels = new Uint8Array(width * height);
  const plan = cardPlan(text, metrics());
  for (const r of plan.rects) {
    const full = indexOf(r.ink, LEVELS);
    for (let y = r.y; y < r.y + r.height; y++) pixels.fill(full, y * width + r.x, y * width + r.x + r.width);
  }
  for (const run of plan.runs) {
    const base = indexOf(run.ink, 1) - 1;
    const baseline = Math.round(run.baseline);
    for (const g of place(run.text, run.size, run.weight)) {
      const m = maskOf(g.font, g.glyph, run.size, run.weight);
      if (m === null) continue;
      blit(pixels, m, Math.round(run.x + g.x) + m.left, baseline + m.top, base);
    }
  }
  return palettePng(width, height, PALETTE, pixels);
}
