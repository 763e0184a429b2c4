import { describe, expect, test } from 'vitest';
import type { ContentFile } from './list.ts';
import { parseFile } from './parse.ts';

const article = (text: string | undefined): ContentFile => ({ collection: 'articles', id: 'a', file: 'articles/a.mdx', text });
const actor = (text: string): ContentFile => ({ collection: 'actors', id: 'x', file: 'actors/x.yaml', text });

describe('parseFile', () => {
  test('an article: its frontmatter with positions, its body as numbered blocks, what events may cite', () => {
    const r = parseFile(article('---\nslug: alpha\nstandfirst: Lead.\n---\n\nOne.\n\nTwo.\n'));
    expect(r.head).toEqual([]);
    expect(r.body).toEqual([]);
    expect(r.parsed?.data).toEqual({ slug: 'alpha', standfirst: 'Lead.' });
    expect(r.parsed?.yamlLine).toBe(1);
    expect(r.parsed?.body?.parsed.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.']);
    expect(r.citable).toEqual({ id: 'a', file: 'articles/a.mdx', slug: 'alpha', paragraphCount: 2, parts: ['standfirst'] });
  });

  test.each([
    ['no closing ---', '---\nslug: a\n\nText.\n', 'frontmatter', /no closing `---` line/],
    ['no frontmatter', 'Text.\n', 'frontmatter', /no frontmatter/],
    ['malformed MDX', '---\nslug: a\n---\n\n<b>Text.\n', 'MDX', /malformed MDX/],
  ])('an article with %s is not parsed further, and events citing it are not wrongly reported', (_, text, field, found) => {
    const r = parseFile(article(text));
    expect(r.parsed).toBeUndefined();
    expect(r.head.map((p) => p.field)).toContain(field);
    expect(r.head.find((p) => p.field === field)?.found).toMatch(found);
    expect(r.citable?.paragraphCount).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('an unreadable file is still an id, with no problem of its own here (listing reported it)', () => {
    expect(parseFile(article(undefined))).toEqual({
      citable: { id: 'a', file: 'articles/a.mdx', slug: 'a', paragraphCount: Number.MAX_SAFE_INTEGER, parts: ['standfirst', 'dateline'] },
      head: [],
      body: [],
    });
  });

  test('an empty registry file is a problem, and nothing more is read of it', () => {
    const r = parseFile(actor(''));
    expect(r.parsed).toBeUndefined();
    expect(r.head).toMatchObject([{ file: 'actors/x.yaml', line: 1, field: '(whole file)', found: 'an empty file' }]);
  });

  test('a control character in the body is reported at its line and column, after the head', () => {
    const r = parseFile(article('---\nslug: a\n---\n\nOne\u0007.\n'));
    expect(r.body).toMatchObject([{ file: 'articles/a.mdx', line: 5, column: 4, field: 'body' }]);
  });

  test('a draft’s TODO comment on a line of its own is reported once, as a TODO, not again as an MDX expression', () => {
    const r = parseFile(article('---\nslug: a\n---\n\n{/* TODO debris? */}\n\nOne. {2}\n'));
    expect(r.head.filter((p) => p.line === 5).map((p) => p.field)).toEqual(['TODO']);
    expect(r.body.filter((p) => p.line === 5)).toEqual([]);
    // An expression that is no draft's comment is still a problem of the body.
    expect(r.body.filter((p) => p.line === 7).map((p) => p.found)).toEqual(['an MDX {expression} in the text']);
  });
});
