/**
 * Line breaking of a card's text from the font's advances: words kept whole on lines no wider than
 * the box, at most so many lines, the last ending with "…" when the text does not fit. The width of
 * a string comes from the caller (src/postbuild/card-render.ts measures it with the font), so this
 * stays pure. Written here rather than taken from a package because a card needs only greedy
 * breaking at spaces of one paragraph, and the packages that do more lay out for a browser or canvas.
 */

/** The width of a string in pixels, at the size and weight being laid out. */
export type Measure = (text: string) => number;

export const ELLIPSIS = '…';

/** The longest prefix of `word` (by code point) that fits in `width`; at least one character. */
function fitChars(word: string, width: number, measure: Measure): string {
  const chars = [...word];
  let n = chars.length;
  while (n > 1 && measure(chars.slice(0, n).join('')) > width) n--;
  return chars.slice(0, n).join('');
}

/** `line` cut at a word (or, for one long word, a character) so that it and "…" fit in `width`. */
export function withEllipsis(line: string, width: number, measure: Measure): string {
  const trimmed = (ws: readonly string[]) => ws.join(' ').replace(/[\s,.;:–—-]+$/u, '');
  let words = line.split(' ');
  while (words.length > 1 && measure(`${trimmed(words)}${ELLIPSIS}`) > width) words = words.slice(0, -1);
  let head = trimmed(words);
  if (measure(`${head}${ELLIPSIS}`) > width) head = fitChars(head, width - measure(ELLIPSIS), measure);
  return `${head}${ELLIPSIS}`;
}

/** `text` (whitespace collapsed) broken into at most `maxLines` lines no wider than `width`. */
export function breakLines(text: string, width: number, maxLines: number, measure: Measure): string[] {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    const tried = line === '' ? word : `${line} ${word}`;
    if (measure(tried) <= width) {
      line = tried;
      continue;
    }
    if (line !== '') lines.push(line);
    // A word wider than the box by itself is broken between characters.
    while (measure(word) > width) {
      const head = fitChars(word, width, measure);
      lines.push(head);
      word = word.slice(head.length);
    }
    line = word;
    if (lines.length >= maxLines) break;
  }
  if (line !== '' && lines.length < maxLines + 1) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', width, measure);
  return kept;
}
