import { describe, expect, it } from 'vitest';
import { type CardNode, cardTitle, cardTree, TITLE_MAX, titleSize } from './card.ts';

/** Every text of the tree, in order. */
const texts = (node: CardNode): string[] =>
  typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(texts);

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

describe('cardTree', () => {
  it('shows the archive, the title and the line, in that order, dark on light', () => {
    const tree = cardTree({ title: 'A title', line: 'Window on Eurasia · 6 March 2021', site: 'Kazakhstan–Russia Archive' });
    expect(texts(tree)).toEqual(['Kazakhstan–Russia Archive', 'A title', 'Window on Eurasia · 6 March 2021']);
    expect(tree.props.style['backgroundColor']).toBe('#f6f3ea');
    expect(tree.props.style['color']).toBe('#1a1a1a');
  });
});
