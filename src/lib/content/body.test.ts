import { describe, expect, test } from 'vitest';
import { bodyLineOffset, headingId, parseBody } from './body.ts';

describe('parseBody', () => {
  test('numbers paragraphs from 1 and skips headings', () => {
    const { blocks, paragraphs } = parseBody('One.\n\n## A heading\n\nTwo.\n\nThree.');
    expect(paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['p1', 'One.'],
      ['p2', 'Two.'],
      ['p3', 'Three.'],
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });
  test('keeps emphasis and the words inside it', () => {
    const { paragraphs } = parseBody('A *word* and **more**.');
    expect(paragraphs[0]?.text).toBe('A word and more.');
    expect(paragraphs[0]?.inlines.map((i) => i.type)).toEqual(['text', 'emphasis', 'text', 'strong', 'text']);
  });
  test('keeps typographic quotes, brackets and parentheses as text', () => {
    const text = '“Sooner of later,” [in the region] (1) to deter; ‘allies’ — 22%';
    expect(parseBody(text).paragraphs[0]?.text).toBe(text);
  });
  test('reports links, JSX, expressions and lists with their line', () => {
    const { problems } = parseBody('Fine.\n\n[a link](https://example.org)\n\n<div>x</div>\n\n{1 + 1}\n\n- item');
    expect(problems.map((p) => p.line)).toEqual([3, 5, 7, 9]);
    expect(problems[0]?.found).toBe('a link in the text');
    expect(problems[1]?.found).toBe('a JSX element <div> in the text');
    expect(problems[3]?.message).toBe('found a list node; expected paragraphs and headings of the source text only');
  });
  test('reports a level-1 heading', () => {
    expect(parseBody('# Title').problems[0]?.message).toMatch(/level-1 heading/);
  });
  test('throws with a position on malformed MDX', () => {
    expect(() => parseBody('Text <div')).toThrow(/1:/);
  });
  test('records the line of each block', () => {
    expect(parseBody('One.\n\nTwo.').paragraphs.map((p) => p.line)).toEqual([1, 3]);
  });
});

describe('headingId', () => {
  test('makes stable, readable anchors in any script', () => {
    expect(headingId('Opinions on Russia’s geopolitical aims')).toBe('h-opinions-on-russia-s-geopolitical-aims');
    expect(headingId('Sánchez: Казахстан')).toBe('h-sanchez-казахстан');
  });
  test('repeated headings get distinct ids', () => {
    const { blocks } = parseBody('## Same\n\nText.\n\n## Same');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.id)).toEqual(['h-same', 'h-same-2']);
  });
});

describe('bodyLineOffset', () => {
  test('counts the frontmatter lines before the body', () => {
    expect(bodyLineOffset('---\ntitle: x\n---\n\nBody.\n', 'Body.')).toBe(4);
    expect(bodyLineOffset('Body.', 'Body.')).toBe(0);
  });
});
