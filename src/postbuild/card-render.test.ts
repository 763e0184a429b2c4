import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { TEXT_BOX } from '../lib/preview/card.ts';
import { renderCard } from './card-render.ts';

const site = 'Kazakhstan–Russia Archive';
const line = 'AsiaNews · 28 December 2022';

/** The card decoded by pngjs, and whether a pixel is dark text (the ground is light). */
function decode(title: string) {
  const png = PNG.sync.read(renderCard({ title, line, site }));
  const dark = (x: number, y: number) => (png.data[(y * png.width + x) * 4] ?? 255) < 128;
  /** The rows between y0 and y1 with dark pixels between x0 and x1. */
  const inkRows = (x0: number, x1: number, y0: number, y1: number) => {
    const rows: number[] = [];
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (dark(x, y)) rows.at(-1) === y ? null : rows.push(y);
    return rows;
  };
  /** Each pixel of the title's band as 0 or 1, to compare two titles. */
  const band = () => Array.from({ length: 300 * 400 }, (_, i) => (dark(TEXT_BOX.x + (i % 400), 170 + Math.floor(i / 400)) ? 1 : 0));
  return { png, dark, inkRows, band };
}

describe('renderCard', () => {
  it('gives a PNG a maintained decoder reads, 1200×630, with dark text in the middle and none outside the box', () => {
    const card = decode('Kazakhs fear becoming a new imperial target');
    expect([card.png.width, card.png.height]).toEqual([1200, 630]);
    const title = card.inkRows(TEXT_BOX.x, TEXT_BOX.x + TEXT_BOX.width, 150, 480);
    expect(title.length).toBeGreaterThan(100);
    expect(card.inkRows(TEXT_BOX.x + TEXT_BOX.width + 2, 1200, 0, 630)).toEqual([]);
    // The blue rule on the left, the light ground beside it.
    expect([...card.png.data.subarray(0, 4)]).toEqual([0x1f, 0x4e, 0x79, 255]);
    expect([...card.png.data.subarray(100 * 4, 100 * 4 + 4)]).toEqual([0xf6, 0xf3, 0xea, 255]);
  });

  it('keeps a long title within four lines of its box, the last ending in an ellipsis', () => {
    // Latin without accents or descenders apart, so that each line is one run of inked rows.
    const long = decode(
      'Tokayev says the CSTO peacekeepers will begin to leave Kazakhstan in two days as their mission is over '.repeat(2),
    );
    const short = decode('Tokayev says the CSTO peacekeepers will leave');
    expect(long.inkRows(TEXT_BOX.x + TEXT_BOX.width + 2, 1200, 0, 630)).toEqual([]);
    // Text lines are separated by rows without ink: count the runs of inked rows in the title's band.
    const lines = (rows: number[]) => rows.filter((y, i) => i === 0 || y !== (rows[i - 1] ?? 0) + 1).length;
    const titleLines = lines(long.inkRows(TEXT_BOX.x, TEXT_BOX.x + TEXT_BOX.width, 110, 500));
    expect(titleLines).toBe(4);
    expect(lines(short.inkRows(TEXT_BOX.x, TEXT_BOX.x + TEXT_BOX.width, 110, 500))).toBeLessThan(titleLines);
  });

  it('draws Cyrillic letters as themselves, not as the same missing-glyph box', () => {
    const [zhe, shcha, missing] = ['Ж', 'Щ', '\u4e00'].map((t) => decode(t).band());
    expect(zhe).not.toEqual(shcha);
    expect(zhe).not.toEqual(missing);
    expect(zhe?.some((p) => p === 1)).toBe(true);
  });

  it('ends an over-long title with "…": the same card as one cut by hand', () => {
    const words = 'Переговоры о демаркации границы возобновились '.repeat(8);
    expect(renderCard({ title: words, line, site }).equals(renderCard({ title: `${words} ещё`, line, site }))).toBe(true);
  });
});
