import { describe, expect, it } from 'vitest';
import { readCapture, readTree } from '../testing/content.ts';
import { type CopyInput, copyInput, locate, normalise } from './collected.ts';
import { copyLines } from './copy-lines.ts';

const raw = 'Date header\n\nTitle here\n\n\u00a0 First  para (\u00a0with debris.\nSecond para, sic errror here.\n\nFooter';
const input: CopyInput = {
  removed: [
    { text: 'Date header', reason: 'header' },
    { text: '(', context: 'para (', reason: 'stray' },
    { text: 'Footer', reason: 'footer' },
  ],
  sourceErrors: [
    { where: 2, text: 'errror', note: 'sic' },
    { where: 'title', text: 'here', note: 'x' },
  ],
  blocks: [
    { kind: 'paragraph', n: 1, text: 'First para with debris.' },
    { kind: 'paragraph', n: 2, text: 'Second para, sic errror here.' },
  ],
  title: 'Title here',
};

describe('locate', () => {
  const located = locate(raw, input, 'x.txt');
  it('finds each removal once, inside its context', () => {
    expect(located.problems).toEqual([]);
    expect(located.removals.map((s) => s && raw.slice(s.start, s.end))).toEqual(['Date header', '(', 'Footer']);
  });
  it('maps paragraphs back to the capture, from first to last non-blank character', () => {
    expect(located.blocks.map((s) => s && raw.slice(s.start, s.end))).toEqual([
      'First  para (\u00a0with debris.',
      'Second para, sic errror here.',
    ]);
  });
  it('places source errors in their paragraph, or anywhere for the title', () => {
    expect(located.errors.map((s) => s && raw.slice(s.start, s.end))).toEqual(['errror', 'here']);
  });

  const bad: Array<[string, Partial<CopyInput>, RegExp]> = [
    [
      'a removal not in the capture',
      { removed: [{ text: 'Nowhere', reason: 'r' }] },
      /removed\[0\]\.text: "Nowhere", which is not in the capture/,
    ],
    ['a removal standing twice', { removed: [{ text: 'para', reason: 'r' }] }, /removed\[0\]\.text: "para", which stands 2 times/],
    [
      'a context without its text',
      { removed: [{ text: 'zzz', context: 'First', reason: 'r' }] },
      /removed\[0\]\.context: "First", which does not contain/,
    ],
    [
      'an error not in its paragraph',
      { sourceErrors: [{ where: 1, text: 'errror', note: 'n' }] },
      /sourceErrors\[0\]\.text: "errror", which is not in paragraph 1/,
    ],
    [
      'an error in a paragraph that does not exist',
      { sourceErrors: [{ where: 9, text: 'x', note: 'n' }] },
      /sourceErrors\[0\]\.where: paragraph 9; a paragraph number from 1 to 2/,
    ],
    [
      'a paragraph that is not in the capture',
      { blocks: [{ kind: 'paragraph', n: 1, text: 'Invented.' }] },
      /body: paragraph 1 "Invented\.", which is not a line of the capture/,
    ],
    ['paragraphs out of order', { sourceErrors: [], blocks: [...input.blocks].reverse() }, /body: paragraph 1 "First para/],
  ];
  it.each(bad)('reports %s', (_name, change, expected) => {
    const r = locate(raw, { ...input, ...change }, 'x.txt');
    expect(r.problems.map((p) => `${p.field}: ${p.found}; ${p.expected}`).join('\n')).toMatch(expected);
  });
});

describe('copyLines', () => {
  const located = locate(raw, input, 'x.txt');
  const lines = copyLines(raw, input, located);
  it('gives the capture back exactly', () => {
    expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join('\n')).toBe(raw);
    expect(lines).toHaveLength(raw.split('\n').length);
  });
  it('marks each removal, with one starting segment', () => {
    const starts = lines.flatMap((l) => l.segments.filter((s) => s.removalStart === true).map((s) => s.removal));
    expect(starts).toEqual([0, 1, 2]);
    expect(lines.flatMap((l) => l.notes)).toEqual(
      expect.arrayContaining([
        { kind: 'removal', index: 1 },
        { kind: 'error', index: 0 },
      ]),
    );
  });
  it('puts paragraph numbers on the line where the paragraph starts', () => {
    expect(lines.filter((l) => l.paragraphs.length > 0).map((l) => [l.number, l.paragraphs])).toEqual([
      [5, [1]],
      [6, [2]],
    ]);
  });
});

const tree = readTree();
describe.each(tree.articles.map((a) => [a.id, a] as const))('the real article %s', (_id, a) => {
  const text = readCapture(tree, a.data.source.file);
  const copy = copyInput(a.data, a.body.blocks);
  const located = locate(text, copy, 'capture');
  it('locates every removal, paragraph and numbered source error', () => {
    expect(located.problems).toEqual([]);
    located.blocks.forEach((s, i) =>
      expect(normalise(text.slice(s?.start, s?.end)).length).toBeGreaterThanOrEqual(normalise(copy.blocks[i]?.text ?? '').length - 40),
    );
    copy.sourceErrors.forEach((e, i) => {
      if (typeof e.where === 'number')
        expect(normalise(text.slice(located.errors[i]?.start, located.errors[i]?.end))).toBe(normalise(e.text));
    });
  });
  it('numbers every paragraph exactly once', () => {
    const numbers = copyLines(text, copy, located).flatMap((l) => l.paragraphs);
    expect(numbers).toEqual(a.body.paragraphs.map((p) => p.n));
  });
});
