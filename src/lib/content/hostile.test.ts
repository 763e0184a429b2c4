/**
 * Content from strangers (issue 32): each case is the clean mini tree of tests/fixtures/bad-content
 * with one hostile or careless change, made in a scratch folder (symbolic links and stray bytes do
 * not survive being committed as fixtures). The reader must name the file, the line and the field,
 * read nothing outside the tree and quote nothing of what lies there.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from './integrity.ts';
import { readContent, readRedirects } from './read.ts';

const clean = path.resolve(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'bad-content', 'clean');
const scratch = mkdtempSync(path.join(tmpdir(), 'archive-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A secret outside the tree, which no message may ever quote. */
const SECRET = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const outside = path.join(scratch, 'outside.txt');
writeFileSync(outside, `${SECRET}\n`.repeat(50));

const article = 'articles/mini.mdx';
const actor = 'actors/russia.yaml';
const capture = 'sources/000_e396179b94566197.txt';

/** Copies the clean tree, applies `edit`, reads it; returns the problems as the checker prints them. */
function read(name: string, edit: (dir: string) => void): string[] {
  const dir = path.join(scratch, name);
  cpSync(clean, dir, { recursive: true });
  edit(dir);
  return readContent(dir, { display: name }).problems.map(formatProblem);
}

const at = (dir: string, rel: string) => path.join(dir, rel);
function replace(dir: string, rel: string, from: string | RegExp, to: string) {
  const text = readFileSync(at(dir, rel), 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace in ${rel}`);
  writeFileSync(at(dir, rel), next);
}
const link = (dir: string, rel: string, target: string) => {
  rmSync(at(dir, rel), { recursive: true, force: true });
  symlinkSync(target, at(dir, rel));
};

const cases: Array<[string, (dir: string) => void, RegExp]> = [
  // 1. Links are refused for every file the reader reads, naming nothing of their target.
  ['an actor file linked to a file outside', (d) => link(d, actor, outside), /^\S+\/actors\/russia\.yaml:1:1 file: found a symbolic link;/],
  [
    'an actor linked to /proc/self/environ',
    (d) => link(d, actor, '/proc/self/environ'),
    /actors\/russia\.yaml:1:1 file: found a symbolic link/,
  ],
  ['a collection folder linked elsewhere', (d) => link(d, 'outlets', scratch), /^\S+\/outlets:1:1 folder: found a symbolic link/],
  [
    'a capture linked to a file outside',
    (d) => link(d, capture, outside),
    /articles\/mini\.mdx:23:9 source\.file: found \S+\/sources\/000_e396179b94566197\.txt, which is a symbolic link;/,
  ],
  ['a linked redirects file', (d) => link(d, 'redirects.yaml', outside), /^\S+\/redirects\.yaml:1:1 file: found a symbolic link/],
  ['a linked archive.yaml', (d) => link(d, 'archive.yaml', outside), /^\S+\/archive\.yaml:1:1 file: found a symbolic link/],
  ['a linked edition', (d) => link(d, 'editions/1.yaml', outside), /^\S+\/editions\/1\.yaml:1:1 file: found a symbolic link/],
  ['the editions folder linked elsewhere', (d) => link(d, 'editions', scratch), /^\S+\/editions:1:1 \(folder\): found a symbolic link/],
  [
    'a byte that is not UTF-8 in archive.yaml',
    (d) => writeFileSync(at(d, 'archive.yaml'), Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xff, 0x0a])),
    /archive\.yaml:1:8 \(whole file\): found a byte that is not UTF-8 \(0xFF\)/,
  ],
  // 3. Text is decoded strictly, with the first bad byte's place.
  [
    'a byte that is not UTF-8 in an actor name',
    (d) => writeFileSync(at(d, actor), Buffer.concat([Buffer.from('name: Rus'), Buffer.from([0xff]), Buffer.from('sia\n')])),
    /actors\/russia\.yaml:1:10 \(whole file\): found a byte that is not UTF-8 \(0xFF\); expected the file saved as UTF-8/,
  ],
  [
    'a cut character in frontmatter',
    (d) => {
      const text = readFileSync(at(d, article));
      const i = text.indexOf('A minimal');
      writeFileSync(at(d, article), Buffer.concat([text.subarray(0, i), Buffer.from([0xd0]), text.subarray(i)]));
    },
    /articles\/mini\.mdx:3:8 \(whole file\): found a byte that is not UTF-8 \(0xD0\)/,
  ],
  // Whole-file values are quoted only briefly.
  [
    'a file that is one long scalar',
    (d) => writeFileSync(at(d, actor), `${SECRET} `.repeat(200)),
    /actors\/russia\.yaml:1:1 \(whole file\): found "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI\/K\.\.\." \(12,\d{3} characters\); expected/,
  ],
  // 7. A YAML alias bomb is a problem of the file.
  [
    'an alias bomb',
    (d) =>
      writeFileSync(
        at(d, actor),
        `a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n${['b', 'c', 'd', 'e', 'f', 'g', 'h']
          .map((k, i) => `${k}: &${k} [${`*${String.fromCharCode(97 + i)}, `.repeat(8)}*${String.fromCharCode(97 + i)}]`)
          .join('\n')}\n`,
      ),
    /actors\/russia\.yaml:1:1 YAML: found aliases \(\*name\) that expand past 100 copies/,
  ],
  // 5. and 7. Control characters, line breaks, bidi overrides and lengths, per field.
  [
    'a C0 control in a title',
    (d) => replace(d, article, 'title: A minimal article', 'title: "A minimal\\x01 article"'),
    /mini\.mdx:3:8 title: found a control character \(U\+0001 at character 10\)/,
  ],
  [
    'a NUL in a note',
    (d) => replace(d, article, 'removed: []', 'removed: []\nnotes:\n  - "An editorial\\0 note"'),
    /mini\.mdx:27:5 notes\[0\]: found a control character \(U\+0000 at character 13\)/,
  ],
  [
    'a line break in a title',
    (d) => replace(d, article, 'title: A minimal article', 'title: "A minimal\\nTY  - JOUR"'),
    /mini\.mdx:3:8 title: found a line break \(U\+000A at character 10\); expected one line of text/,
  ],
  [
    'a tab in a name',
    (d) => replace(d, actor, 'name: Russia', 'name: "Rus\\tsia"'),
    /russia\.yaml:1:7 name: found a tab \(U\+0009 at character 4\)/,
  ],
  [
    'a bidi override in an actor name',
    (d) => replace(d, actor, 'name: Russia', 'name: "Rus\u202Eaiss"'),
    /russia\.yaml:1:7 name: found a bidirectional embedding or override \(U\+202E at character 4\); expected text without U\+202A–U\+202E/,
  ],
  [
    'an unclosed isolate',
    (d) => replace(d, actor, 'name: Russia', 'name: "\u2067Russia"'),
    /russia\.yaml:1:7 name: found a directional isolate never closed/,
  ],
  [
    'a title of a million characters',
    (d) => replace(d, article, 'title: A minimal article', `title: ${'A'.repeat(1_000_000)}`),
    /mini\.mdx:3:8 title: found 1,000,000 characters; expected at most 300 characters \(one line\)/,
  ],
  [
    'a control character in the body',
    (d) => replace(d, article, 'The second paragraph', 'The second\u0007 paragraph'),
    /mini\.mdx:30:11 body: found a control character \(U\+0007 at character 11\)/,
  ],
  // 7. dateline.date is validated like every date.
  [
    'an impossible dateline date',
    (d) => replace(d, article, 'authors: []', 'dateline:\n  place: Moscow\n  date: "2021-03-32"\n  text: MOSCOW, March 32\nauthors: []'),
    /mini\.mdx:10:9 dateline\.date: found "2021-03-32", which is not a real calendar day/,
  ],
  // 7. Messages that say what they mean.
  [
    'a paragraph number 0',
    (d) => {
      mkdirSync(at(d, 'events'));
      writeFileSync(
        at(d, 'events/e.yaml'),
        'title: An event\nwhen:\n  date: "2021"\n  confidence: confirmed\ndescription: D.\nconfidence: confirmed\n' +
          'sources:\n  - article: mini\n    paragraphs: [0]\n',
      );
    },
    /events\/e\.yaml:9:18 sources\[0\]\.paragraphs\[0\]: found 0; expected more than 0$/,
  ],
  [
    'a paragraph that is not in the capture, at its own line',
    (d) => replace(d, article, 'The second paragraph', 'The altered paragraph'),
    /mini\.mdx:30:1 body: found paragraph 2 "The altered paragraph of the text\.", which is not a line of the capture/,
  ],
  [
    'a frontmatter with no closing ---',
    (d) => replace(d, article, /\n---\n\nThe first/, '\n\nThe first'),
    /mini\.mdx:1:1 frontmatter: found an opening `---` line and no closing `---` line/,
  ],
  // 5. The checker reads the redirects the build reads.
  [
    'a bad redirect',
    (d) => writeFileSync(at(d, 'redirects.yaml'), '- from: /old/\n  to: new\n  reason: Moved.\n'),
    /redirects\.yaml:2:7 \[0\]\.to: found "new"; expected a root-relative path ending in "\/"/,
  ],
];

describe('hostile and careless content', () => {
  it.each(cases)('%s: one problem, placed, and nothing of the outside quoted', (name, edit, expected) => {
    const lines = read(name.replace(/\W+/g, '-'), edit);
    expect(lines.length, lines.join('\n')).toBeGreaterThan(0);
    expect(
      lines.some((l) => expected.test(l)),
      lines.join('\n'),
    ).toBe(true);
    for (const l of lines) {
      expect(l).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCY');
      expect(l).not.toMatch(/PATH=|HOME=/);
      expect(l.length).toBeLessThan(600);
    }
  });

  it('the build reads the redirects through the same checks', () => {
    const dir = path.join(scratch, 'redirects-build');
    cpSync(clean, dir, { recursive: true });
    symlinkSync(outside, at(dir, 'redirects.yaml'));
    expect(() => readRedirects(dir, 'tree')).toThrow(/^tree\/redirects\.yaml:1:1 file: found a symbolic link; expected a regular file/);
  });
});
