import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/content/body.ts';
import { readContent } from '../../src/lib/content/read.ts';
import {
  escapeMdx,
  findFlags,
  makeDraft,
  proposeIds,
  readDateHeader,
  renderDraft,
  slugify,
  splitParagraphs,
  type Registry,
} from './draft.ts';
import { articleSchema } from '../../src/lib/content/schema.ts';
import { writeNewFile } from './new-article.ts';

const registry: Registry = {
  actors: [
    { id: 'united-states', name: 'United States', spellings: ['US', 'Washington'] },
    { id: 'nursultan-nazarbayev', name: 'Nursultan Nazarbayev', spellings: ['Nazarbayev'] },
    { id: 'azattyq', name: 'Azattyq', spellings: ['Azattyk'] },
  ],
  places: [{ id: 'almaty', name: 'Almaty', spellings: ['Alma-Ata'] }],
};
const NBSP_INDENT = '\u00a0'.repeat(5) + ' ';

describe('splitParagraphs', () => {
  it('splits at blank lines, removes NBSP indentation and collapses whitespace', () => {
    const ps = splitParagraphs(`Title\n\n${NBSP_INDENT}First  para-\ngraph.\n\n\n${NBSP_INDENT}Second.\n`);
    expect(ps.map((p) => p.text)).toEqual(['Title', 'First para- graph.', 'Second.']);
    expect(ps.map((p) => p.line)).toEqual([1, 3, 7]);
    expect(ps[1]?.raw).toBe('First  para-\ngraph.');
  });
  it('takes one paragraph per line in a text with no blank line (as 004)', () => {
    expect(splitParagraphs('Title\r\nStandfirst.\r\nBody one.\r\nBody two.').map((p) => p.text)).toEqual([
      'Title',
      'Standfirst.',
      'Body one.',
      'Body two.',
    ]);
  });
});

describe('readDateHeader', () => {
  it('reads blog date headers and refuses impossible days', () => {
    expect(readDateHeader('Saturday, March 6, 2021')).toBe('2021-03-06');
    expect(readDateHeader('Friday, January 7, 2022')).toBe('2022-01-07');
    expect(readDateHeader('February 30, 2021')).toBeUndefined();
    expect(readDateHeader('Staunton, March 4')).toBeUndefined();
  });
});

describe('findFlags', () => {
  const text = [
    'Monday, March 1, 2021',
    'SECTION-TAG Something happened in Almaty',
    'Jane Q Writer',
    'It began (4-min read) here () and went on towhat came, said NazarbayevOpinions to Azattykthe press (',
    'Another paragraph with a balanced (aside) and an ordinary word: another.',
    'Leave A Reply',
    'An unrelated headline glued on',
  ].join('\n\n');
  const { flags, titleIndex, published, authors } = findFlags(splitParagraphs(text), registry);
  const byKind = (k: string) => flags.filter((f) => f.kind === k).map((f) => f.text);

  it('finds the date header, byline and title', () => {
    expect(published).toBe('2021-03-01');
    expect(authors).toEqual(['Jane Q Writer']);
    expect(titleIndex).toBe(1);
    expect(byKind('section-tag')).toEqual(['SECTION-TAG ']);
  });
  it('quotes inline debris exactly as it stands', () => {
    expect(byKind('reading-time')).toEqual([' (4-min read)']);
    expect(byKind('empty-parentheses')).toEqual(['() ']);
    expect(byKind('stray-parenthesis')).toEqual(['(']);
    expect(byKind('run-together').sort()).toEqual(['Azattykthe', 'NazarbayevOpinions', 'towhat']);
  });
  it('flags the footer and everything after it as whole lines, and nothing in a clean paragraph', () => {
    expect(flags.filter((f) => f.wholeParagraph).map((f) => f.text)).toEqual([
      'Monday, March 1, 2021',
      'Jane Q Writer',
      'Leave A Reply',
      'An unrelated headline glued on',
    ]);
    expect(flags.filter((f) => f.paragraph === 4)).toEqual([]);
  });
  it('flags a double space inside a sentence but not after a full stop', () => {
    const f = findFlags(splitParagraphs('Title\n\nFor Regnum in\u00a0 Kazakhstan.  Next sentence.'), registry).flags;
    expect(f.map((x) => [x.kind, x.text])).toEqual([['double-space', '\u00a0 ']]);
  });
});

describe('proposeIds', () => {
  it('matches names and spellings at word boundaries, short capitals case-sensitively', () => {
    expect(proposeIds('Let us go to almaty, then Alma-Ata.', registry.places)).toEqual(['almaty']);
    expect(proposeIds('Let us go; the US said so. Nazarbayevs', registry.actors)).toEqual(['united-states']);
    expect(proposeIds('Nothing here', registry.actors)).toEqual([]);
  });
});

describe('escapeMdx', () => {
  it('round-trips text with Markdown and MDX syntax through parseBody unchanged', () => {
    const texts = ['1. Not a list', '# Not a heading', 'a {brace} <tag> *star* _under_ [link](x) `code` & \\ back', '- dash', '> quote'];
    const body = parseBody(texts.map(escapeMdx).join('\n\n'));
    expect(body.problems).toEqual([]);
    expect(body.paragraphs.map((p) => p.text)).toEqual(texts);
  });
});

describe('slugify', () => {
  it('makes a schema-valid slug from a title with curly quotes and accents', () => {
    expect(slugify('Kazakhstan’s ‘terrorists’ — Sánchez says')).toBe('kazakhstans-terrorists-sanchez-says');
  });
});

describe('makeDraft and renderDraft', () => {
  const raw =
    'Saturday, March 6, 2021\n\nA Title About Almaty\n\nPaul Goble\n\n' +
    'The text names Nazarbayev, the US and {braces}.\n\nNo comments:\n\nPost a Comment';
  const draft = makeDraft(raw, { file: '000_test.txt', sha256: createHash('sha256').update(raw, 'utf8').digest('hex') }, registry);

  it('has every field the schema requires', () => {
    // Which fields are required is read from the schema by deleting each from a valid article.
    const valid = parse(
      readFileSync(path.resolve(import.meta.dirname, '../../content/articles/russia-has-no-allies-bezpalko-says.mdx'), 'utf8').split(
        '---',
      )[1] ?? '',
    );
    const schema = articleSchema(() => z.string());
    expect(schema.safeParse(valid).success).toBe(true);
    const required = Object.keys(valid).filter((k) => !schema.safeParse({ ...valid, [k]: undefined }).success);
    expect(required.length).toBeGreaterThan(5);
    for (const key of required) expect(draft.frontmatter).toHaveProperty(key);
  });
  it('fills in what the text tells', () => {
    expect(draft.title).toBe('A Title About Almaty');
    expect(draft.frontmatter['slug']).toBe('a-title-about-almaty');
    expect(draft.frontmatter['published']).toMatchObject({ date: '2021-03-06' });
    expect(draft.frontmatter['source']).toEqual({ file: '000_test.txt', sha256: createHash('sha256').update(raw, 'utf8').digest('hex') });
    expect(draft.actors).toEqual(['nursultan-nazarbayev', 'united-states']);
    expect(draft.places).toEqual(['almaty']);
    expect((draft.frontmatter['removed'] as Array<{ text: string }>).map((r) => r.text)).toEqual([
      'Saturday, March 6, 2021',
      'Paul Goble',
      'No comments:',
      'Post a Comment',
    ]);
  });
  it('renders an MDX file whose body keeps the text, quotes the date, and fails check:content on TODOs only', () => {
    const mdx = renderDraft(draft);
    expect(mdx).toContain('date: "2021-03-06"');
    expect(mdx).toContain('{/* TODO debris?');
    const dir = mkdtempSync(path.join(tmpdir(), 'draft-'));
    try {
      cpSync(path.resolve(import.meta.dirname, '../../content/actors'), path.join(dir, 'actors'), { recursive: true });
      cpSync(path.resolve(import.meta.dirname, '../../content/places'), path.join(dir, 'places'), { recursive: true });
      cpSync(path.resolve(import.meta.dirname, '../../content/outlets'), path.join(dir, 'outlets'), { recursive: true });
      cpSync(path.resolve(import.meta.dirname, '../../tests/fixtures/bad-content/clean/archive.yaml'), path.join(dir, 'archive.yaml'));
      cpSync(path.resolve(import.meta.dirname, '../../tests/fixtures/bad-content/clean/editions'), path.join(dir, 'editions'), {
        recursive: true,
      });
      mkdirSync(path.join(dir, 'articles'));
      writeNewFile(path.join(dir, 'articles', 'draft.mdx'), mdx);
      mkdirSync(path.join(dir, 'sources'));
      writeFileSync(path.join(dir, 'sources', '000_test.txt'), raw);
      const result = readContent(dir);
      expect(result.problems.length).toBeGreaterThan(0);
      const todo = result.problems.filter((p) => p.field === 'TODO');
      expect(todo.length).toBeGreaterThanOrEqual(draft.flags.length);
      expect(result.problems.filter((p) => p.field !== 'TODO')).toEqual([]);
      expect(readdirSync(path.join(dir, 'articles'))).toEqual(['draft.mdx']);
      const body = parseBody(mdx.slice(mdx.indexOf('---', 4) + 3));
      expect(body.paragraphs.map((p) => p.text)).toEqual(['The text names Nazarbayev, the US and {braces}.']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
