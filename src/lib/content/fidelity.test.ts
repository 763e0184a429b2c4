import { describe, expect, test } from 'vitest';
import { parseBody } from './body.ts';
import { type FidelityArticle, fidelityProblems } from './fidelity.ts';

const capture = 'Saturday, March 6, 2021\nA Title\nFirst  sentence here. Second sentence (\nthere.\nNo comments:\n';
const article = (body: string, removed: FidelityArticle['data']['removed'] = []): FidelityArticle => ({
  data: { title: 'A Title', removed },
  body: parseBody(body),
});
const debris = [
  { text: 'Saturday, March 6, 2021', reason: 'date header', replacement: '' },
  { text: '(', context: 'sentence (', reason: 'a stray parenthesis', replacement: '' },
  { text: 'No comments:', reason: 'footer', replacement: '' },
];

describe('fidelityProblems', () => {
  test('a faithful article has none (whitespace normalised)', () => {
    expect(fidelityProblems(capture, article('First sentence here. Second sentence\n\nthere.', debris))).toEqual([]);
  });
  test.each([
    ['a changed word', 'First sentence hear. Second sentence\n\nthere.', debris, /"First sentence here\." is not in the archive/],
    ['a dropped line', 'First sentence here. Second sentence', debris, /"there\." is not in the archive/],
    [
      'recorded debris left in',
      'First sentence here. Second sentence\n\nthere.\n\nNo comments:',
      debris,
      /removed: "No comments:" is still in the archive/,
    ],
  ] as const)('catches %s', (_name, body, removed, message) => {
    expect(fidelityProblems(capture, article(body, [...removed])).join('\n')).toMatch(message);
  });
});
