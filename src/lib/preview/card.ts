/**
 * The preview card of a page (Open Graph and Twitter images): what it says and where each line of it
 * goes (src/postbuild/card-render.ts draws it into a PNG). Dark text on a light ground, large enough
 * to read as a thumbnail: a blue rule on the left, the archive's name at the top, a title of up to
 * four lines in the middle, and the outlet or the date at the bottom.
 */
import { breakLines, type Measure } from './layout.ts';

/** The card's size: Open Graph's and Twitter's large image, 1.91:1. */
export const CARD = { width: 1200, height: 630 } as const;

/** What one card says. */
export interface CardText {
  readonly title: string;
  /** The outlet and date of an article, or the date of an event. */
  readonly line: string;
  /** The archive's name. */
  readonly site: string;
}

/** The card's colours; a run of text is drawn in one of the inks over the ground. */
export const GROUND = '#f6f3ea';
export const INKS = { ink: '#1a1a1a', muted: '#3d3d3d', accent: '#1f4e79' } as const;
export type Ink = keyof typeof INKS;

export type Weight = 400 | 700;

/** One line of text: its left edge and baseline in pixels. */
export interface Run {
  readonly text: string;
  readonly x: number;
  readonly baseline: number;
  readonly size: number;
  readonly weight: Weight;
  readonly ink: Ink;
}

/** A filled rectangle. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly ink: Ink;
}

export interface CardPlan {
  readonly rects: readonly Rect[];
  readonly runs: readonly Run[];
}

/** What the plan needs of the font: widths, and its ascent and descent as fractions of the size. */
export interface FontMetrics {
  readonly measure: (size: number, weight: Weight) => Measure;
  readonly ascent: number;
  readonly descent: number;
}

/** The longest title shown whole; a longer one is cut at a word and ends with "…". */
export const TITLE_MAX = 140;
/** The most lines a title takes. */
export const TITLE_LINES = 4;
const TITLE_LEADING = 1.15;

/** The title as shown: whitespace collapsed, and cut at a word before {@link TITLE_MAX} characters. */
export function cardTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= TITLE_MAX) return t;
  const cut = t.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** The title's font size: as large as four lines at the card's width allow. */
export function titleSize(title: string): number {
  const n = title.length;
  return n <= 50 ? 76 : n <= 90 ? 64 : n <= 120 ? 56 : 50;
}

const RULE = 24;
/** The text's box: inside the rule and the margins. */
export const TEXT_BOX = { x: RULE + 64, y: 56, width: CARD.width - RULE - 64 - 72, height: CARD.height - 112 } as const;

/** Where every line of the card goes. */
export function cardPlan(text: CardText, font: FontMetrics): CardPlan {
  const box = TEXT_BOX;
  const lineHeight = (size: number) => (font.ascent + font.descent) * size;
  const one = (s: string, size: number, weight: Weight) => breakLines(s, box.width, 1, font.measure(size, weight))[0] ?? '';

  const site: Run = { text: one(text.site, 32, 700), x: box.x, baseline: box.y + font.ascent * 32, size: 32, weight: 700, ink: 'accent' };
  const bottom = box.y + box.height - lineHeight(36);
  const line: Run = { text: one(text.line, 36, 400), x: box.x, baseline: bottom + font.ascent * 36, size: 36, weight: 400, ink: 'muted' };

  // The title is centred in the space between the two, each line with half its leading above.
  const title = cardTitle(text.title);
  const size = titleSize(title);
  const lines = breakLines(title, box.width, TITLE_LINES, font.measure(size, 700));
  const step = TITLE_LEADING * size;
  const top = box.y + lineHeight(32);
  const start = top + (bottom - top - lines.length * step) / 2 + (step - lineHeight(size)) / 2 + font.ascent * size;
  const titles = lines.map((l, i): Run => ({ text: l, x: box.x, baseline: start + i * step, size, weight: 700, ink: 'ink' }));

  return { rects: [{ x: 0, y: 0, width: RULE, height: CARD.height, ink: 'accent' }], runs: [site, ...titles, line] };
}
