import { describe, expect, test } from 'vitest';
import { excerpt } from './excerpt.ts';

describe('excerpt', () => {
  test('keeps a short text whole', () => {
    expect(excerpt('Tokayev added.', 50)).toBe('Tokayev added.');
  });
  test('cuts at a word boundary and adds an ellipsis', () => {
    expect(excerpt('Police and soldiers have restored order', 20)).toBe('Police and soldiers…');
  });
  test('drops trailing punctuation before the ellipsis', () => {
    expect(excerpt('One, two, three, four', 9)).toBe('One, two…');
  });
  test('collapses white space and line breaks', () => {
    expect(excerpt('a\n  b', 10)).toBe('a b');
  });
  test('cuts inside a very long word rather than returning almost nothing', () => {
    expect(excerpt('a Supercalifragilisticexpialidocious', 10)).toBe('a Supercal…');
  });
});
