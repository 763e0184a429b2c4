import { describe, expect, it } from 'vitest';
import { pieces } from './fill.ts';

describe('pieces', () => {
  it.each([
    ['Did you mean {link}?', ['Did you mean ', { name: 'link' }, '?']],
    ['{n}-басылым', [{ name: 'n' }, '-басылым']],
    ['{a}{b}', [{ name: 'a' }, { name: 'b' }]],
    ['no placeholder', ['no placeholder']],
    ['', []],
    // Not a placeholder: a name starts with a letter.
    ['{1} and { x }', ['{1} and { x }']],
  ] as const)('%j', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
