import { describe, expect, it } from 'vitest';
import { breakLines, ELLIPSIS, withEllipsis } from './layout.ts';

/** Ten pixels a character, "…" included. */
const mono = (s: string) => [...s].length * 10;

describe('breakLines', () => {
  it.each([
    ['keeps a short text on one line', 'Kazakhs fear', 200, 4, ['Kazakhs fear']],
    ['collapses whitespace', '  a \n b  ', 200, 4, ['a b']],
    ['breaks at the last space that fits', 'aaaa bbbb cccc', 90, 4, ['aaaa bbbb', 'cccc']],
    ['allows a line exactly as wide as the box', 'aaaa bbbb', 90, 4, ['aaaa bbbb']],
    ['breaks a word wider than the box between characters', 'abcdefghijkl', 50, 4, ['abcde', 'fghij', 'kl']],
    ['ends the last line with an ellipsis when the text runs over', 'aa bb cc dd ee ff', 50, 2, ['aa bb', `cc${ELLIPSIS}`]],
    ['drops trailing punctuation before the ellipsis', 'aa bb, cc dd', 60, 1, [`aa bb${ELLIPSIS}`]],
    ['works on Cyrillic', 'Казахи боятся стать целью', 140, 4, ['Казахи боятся', 'стать целью']],
    ['gives no line for an empty text', '   ', 100, 4, []],
  ])('%s', (_n, text, width, maxLines, expected) => expect(breakLines(text, width, maxLines, mono)).toEqual(expected));

  it('never gives a line wider than the box, nor more lines than allowed', () => {
    const text = 'Токаев: миротворцы ОДКБ начнут покидать Казахстан через два дня, миссия выполнена '.repeat(5);
    for (const [width, max] of [
      [300, 2],
      [120, 4],
      [45, 3],
    ] as const) {
      const lines = breakLines(text, width, max, mono);
      expect(lines.length).toBe(max);
      for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(width);
      expect(lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
    }
  });
});

describe('withEllipsis', () => {
  it.each([
    ['cuts at a word', 'aaa bbb ccc', 80, `aaa bbb${ELLIPSIS}`],
    ['cuts one long word at a character', 'abcdefghij', 50, `abcd${ELLIPSIS}`],
  ])('%s', (_n, line, width, expected) => expect(withEllipsis(line, width, mono)).toBe(expected));
});
