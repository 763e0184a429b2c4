/**
 * Small helpers for writing SVG as text at build time (the map and the network in this folder).
 *
 * The drawings are written as strings rather than Astro markup so that a test can compare two
 * builds byte for byte; every text and attribute value goes through {@link escapeXml}.
 */

/** Escapes text for an XML attribute value or text node. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A coordinate rounded to one decimal, written without a trailing ".0" (keeps the drawing small). */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** `n one` or `n ones`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * A rough width of a label in SVG units, for keeping labels apart and inside the frame. System
 * fonts differ, so this errs wide: 0.6 em per character.
 */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** An axis-aligned box. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A seeded pseudo-random source in [0, 1) (mulberry32), so a layout that needs one is the same on every build. */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where a label sits relative to its point; `anchor` is SVG's text-anchor. */
export interface LabelPlacement {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A circle with a label to place. */
export interface Labelled {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly text: string;
}

/**
 * Places labels greedily, in the order given (put the most important first): each tries the right
 * of its circle, then the left, above and below, and takes the first spot that stays inside the
 * frame and clears every circle and every label placed so far. A label that fits nowhere is left
 * out (`undefined`); the drawing's links keep the name as their accessible name, and the list
 * beside the drawing gives it in full.
 */
export function placeLabels(items: readonly Labelled[], frame: { width: number; height: number }, fontSize: number): Array<LabelPlacement | undefined> {
  const taken: Box[] = items.map((c) => ({ x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r }));
  const placed: Box[] = [];
  return items.map((c, i) => {
    const w = labelWidth(c.text, fontSize);
    const h = fontSize;
    const gap = 3;
    const options: Array<{ p: LabelPlacement; box: Box }> = [
      { p: { x: c.x + c.r + gap, y: c.y + h * 0.35, anchor: 'start' }, box: { x0: c.x + c.r + gap, y0: c.y - h / 2, x1: c.x + c.r + gap + w, y1: c.y + h / 2 } },
      { p: { x: c.x - c.r - gap, y: c.y + h * 0.35, anchor: 'end' }, box: { x0: c.x - c.r - gap - w, y0: c.y - h / 2, x1: c.x - c.r - gap, y1: c.y + h / 2 } },
      { p: { x: c.x, y: c.y - c.r - gap, anchor: 'middle' }, box: { x0: c.x - w / 2, y0: c.y - c.r - gap - h, x1: c.x + w / 2, y1: c.y - c.r - gap } },
      { p: { x: c.x, y: c.y + c.r + gap + h * 0.8, anchor: 'middle' }, box: { x0: c.x - w / 2, y0: c.y + c.r + gap, x1: c.x + w / 2, y1: c.y + c.r + gap + h } },
    ];
    for (const { p, box } of options) {
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= frame.width && box.y1 <= frame.height;
      if (!inside || placed.some((b) => overlaps(b, box)) || taken.some((b, j) => j !== i && overlaps(b, box))) continue;
      placed.push(box);
      return p;
    }
    return undefined;
  });
}
