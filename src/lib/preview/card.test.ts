import { describe, expect, it } from 'vitest';
import { CARD, cardPlan, cardTitle, type FontMetrics, TEXT_BOX, TITLE_LINES, TITLE_MAX, titleSize } from './card.ts';

/** Half the size a character: a font narrow enough that short titles fit on one line. */
const font: FontMetrics = { measure: (size) => (s) => [...s].length * size * 0.5, ascent: 1.069, descent: 0.293 };
const site = 'Kazakhstan–Russia Archive';

describe('cardTitle', () => {
  it.each([
    [
      'keeps a title that fits, on one line',
      'Kazakhstan’s ‘terrorists’\n are now  to be shot',
      'Kazakhstan’s ‘terrorists’ are now to be shot',
    ],
    ['cuts a long one at a word', `${'Word '.repeat(40)}end`, `${'Word '.repeat(27).trim()}…`],
  ])('%s', (_n, title, expected) => expect(cardTitle(title)).toBe(expected));
  it('never exceeds the limit', () => {
    for (const t of ['x'.repeat(400), 'ab '.repeat(100)]) expect(cardTitle(t).length).toBeLessThanOrEqual(TITLE_MAX);
  });
});

describe('titleSize', () => {
  it('shrinks as the title grows, never below what a thumbnail can read', () => {
    const sizes = [10, 60, 100, 140].map((n) => titleSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(48);
  });
});

describe('cardPlan', () => {
  it('shows the archive, the title and the line, top to bottom, inside the box', () => {
    const plan = cardPlan({ title: 'A title', line: 'Window on Eurasia · 6 March 2021', site }, font);
    expect(plan.runs.map((r) => [r.text, r.ink, r.weight])).toEqual([
      [site, 'accent', 700],
      ['A title', 'ink', 700],
      ['Window on Eurasia · 6 March 2021', 'muted', 400],
    ]);
    const baselines = plan.runs.map((r) => r.baseline);
    expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
    for (const r of plan.runs) {
      expect(r.baseline - font.ascent * r.size).toBeGreaterThanOrEqual(TEXT_BOX.y);
      expect(r.baseline + font.descent * r.size).toBeLessThanOrEqual(TEXT_BOX.y + TEXT_BOX.height + 0.001);
    }
    expect(plan.rects).toEqual([{ x: 0, y: 0, width: 24, height: CARD.height, ink: 'accent' }]);
  });

  it.each([
    ['a short title, one line, centred between the name and the line', 'A title', 1],
    ['a long one, at most four lines ending in "…"', 'Длинное название статьи о переговорах '.repeat(6), TITLE_LINES],
  ])('%s', (_n, title, count) => {
    const plan = cardPlan({ title, line: 'x', site }, font);
    const lines = plan.runs.filter((r) => r.ink === 'ink');
    expect(lines).toHaveLength(count);
    for (const l of lines) expect(font.measure(l.size, 700)(l.text)).toBeLessThanOrEqual(TEXT_BOX.width);
    if (count === TITLE_LINES) expect(lines.at(-1)?.text.endsWith('…')).toBe(true);
    const [first, last] = [plan.runs[0], plan.runs.at(-1)];
    const middle = (lines[0]?.baseline ?? 0) - (lines[0]?.size ?? 0) * 0.4;
    if (count === 1 && first && last) expect(Math.abs(middle - (first.baseline + last.baseline) / 2)).toBeLessThan(40);
  });
});
