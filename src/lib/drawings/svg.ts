/**
 * Small helpers for writing SVG as text at build time (the map and the network in this folder).
 *
 * The drawings are written as strings rather than Astro markup so that a test can compare two
 * builds byte for byte; every text and attribute value goes through {@link escapeXml}.
 */
import type { Key } from '../i18n/dictionaries/en.ts';
import { joinNamesIn } from '../i18n/words.ts';
import type { Lang } from '../i18n/langs.ts';
import { translate, type Vars } from '../i18n/translate.ts';

/** Escapes text for an XML attribute value or text node. */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A coordinate rounded to one decimal, written without a trailing ".0" (keeps the drawing small). */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A number as the drawings write it in `lang` (English with British digit grouping, as the pages around them). */
export function numberIn(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'en' ? 'en-GB' : lang);
}

/** A dictionary string that depends on a count (`{n}` the count as written in `lang`), with its other placeholders. */
export function counted(lang: Lang, key: Key, count: number, vars?: Vars): string {
  return translate(lang, key, { ...vars, count, n: numberIn(count, lang) });
}

/** Names joined by "and": English as the drawings always wrote it ("A and B and C"), other languages by their list patterns. */
export function joinAnd(lang: Lang, names: readonly string[]): string {
  return lang === 'en' ? names.join(' and ') : joinNamesIn(lang, names);
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
  /** A line from the circle's edge to a label set away from it, where none fitted beside it. */
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | undefined;
}

/** A circle with a label to place. */
export interface Labelled {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly text: string;
}

/** How far out, in font sizes from the circle's edge, a label with a leader line is tried. */
const LEADER_RINGS = [1.5, 2.5, 3.5, 5, 7, 9];
/** The directions tried on each ring, in eighths of a turn from the right, clockwise. */
const LEADER_DIRECTIONS = [0, 4, 7, 1, 6, 2, 5, 3];

/**
 * Places labels greedily, in the order given (put the most important first): each tries the right
 * of its circle, then the left, above and below; where none of those stays inside the frame and
 * clear of every circle and every label placed so far, it is set further out on rings around the
 * circle with a leader line back to it; and where even that fails, at the right of its circle, over
 * whatever is there. Every circle gets its label: a name that is only in the list after the drawing
 * leaves the reader of the drawing guessing.
 */
export function placeLabels(items: readonly Labelled[], frame: { width: number; height: number }, fontSize: number): LabelPlacement[] {
  const taken: Box[] = items.map((c) => ({ x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r }));
  const placed: Box[] = [];
  const fits = (box: Box, i: number) =>
    box.x0 >= 0 &&
    box.y0 >= 0 &&
    box.x1 <= frame.width &&
    box.y1 <= frame.height &&
    !placed.some((b) => overlaps(b, box)) &&
    !taken.some((b, j) => j !== i && overlaps(b, box));
  return items.map((c, i) => {
    const w = labelWidth(c.text, fontSize);
    const h = fontSize;
    const gap = 3;
    const [right, left] = [c.x + c.r + gap, c.x - c.r - gap];
    const [above, below] = [c.y - c.r - gap, c.y + c.r + gap];
    const options: Array<{ p: LabelPlacement; box: Box }> = [
      { p: { x: right, y: c.y + h * 0.35, anchor: 'start' }, box: { x0: right, y0: c.y - h / 2, x1: right + w, y1: c.y + h / 2 } },
      { p: { x: left, y: c.y + h * 0.35, anchor: 'end' }, box: { x0: left - w, y0: c.y - h / 2, x1: left, y1: c.y + h / 2 } },
      { p: { x: c.x, y: above, anchor: 'middle' }, box: { x0: c.x - w / 2, y0: above - h, x1: c.x + w / 2, y1: above } },
      { p: { x: c.x, y: below + h * 0.8, anchor: 'middle' }, box: { x0: c.x - w / 2, y0: below, x1: c.x + w / 2, y1: below + h } },
    ];
    for (const ring of LEADER_RINGS) {
      for (const eighth of LEADER_DIRECTIONS) {
        const angle = (eighth * Math.PI) / 4;
        const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
        const d = c.r + ring * fontSize;
        const [px, py] = [c.x + dx * d, c.y + dy * d];
        const anchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
        const x0 = anchor === 'start' ? px : anchor === 'end' ? px - w : px - w / 2;
        const box = { x0, y0: py - h / 2, x1: x0 + w, y1: py + h / 2 };
        const leader = { x1: c.x + dx * c.r, y1: c.y + dy * c.r, x2: px - dx * gap, y2: py - dy * gap };
        options.push({ p: { x: px, y: py + h * 0.35, anchor, leader }, box });
      }
    }
    const chosen = options.find(({ box }) => fits(box, i));
    if (chosen) {
      placed.push(chosen.box);
      return chosen.p;
    }
    const fallback = options[0] as { p: LabelPlacement; box: Box };
    const x = Math.min(fallback.p.x, frame.width - w);
    placed.push({ ...fallback.box, x0: x, x1: x + w });
    return { ...fallback.p, x };
  });
}

/** The opening of a drawing: the <svg> element named by its <title> and described by its <desc>. */
export function svgOpen(
  kind: string,
  size: { width: number; height: number },
  id: string,
  text: { title: string; description: string },
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="drawing ${kind}" viewBox="0 0 ${size.width} ${size.height}"` +
      ` role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(text.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(text.description)}</desc>`,
  ].join('\n');
}

/** A placed label as SVG: its text, and its leader line first where it has one. */
export function labelText(label: LabelPlacement, text: string): string {
  const anchor = label.anchor !== 'start' ? ` text-anchor="${label.anchor}"` : '';
  const l = label.leader;
  const leader = l ? `<line class="leader" x1="${num(l.x1)}" y1="${num(l.y1)}" x2="${num(l.x2)}" y2="${num(l.y2)}"/>` : '';
  return `${leader}<text x="${num(label.x)}" y="${num(label.y)}"${anchor}>${escapeXml(text)}</text>`;
}

/**
 * A circle that is a link, with its visible label if it has one. `name` is the link's accessible
 * name and tooltip; `data` is one `data-*` attribute that tests and styles find it by.
 */
export function linkedCircle(m: {
  href: string;
  name: string;
  data: readonly [string, string];
  x: number;
  y: number;
  r: number;
  text: string;
  label: LabelPlacement | undefined;
}): string {
  const label = m.label ? labelText(m.label, m.text) : '';
  const name = escapeXml(m.name);
  return (
    `<a href="${escapeXml(m.href)}" aria-label="${name}" data-${m.data[0]}="${escapeXml(m.data[1])}"><title>${name}</title>` +
    `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(m.r)}"/>${label}</a>`
  );
}
