import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './integrity.ts';
import { readContent } from './read.ts';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');
const fixtures = path.join(repo, 'tests', 'fixtures', 'bad-content');

/** The checker's output lines for one fixture tree, with paths relative to the fixture. */
function check(name: string): string[] {
  return readContent(path.join(fixtures, name), { display: name }).problems.map(formatProblem);
}

describe('readContent on the bad-content fixtures', () => {
  it('passes the clean mini tree that every bad case is derived from', () => {
    expect(check('clean')).toEqual([]);
  });

  // Each case is the clean tree with one defect; the checker must name file:line:column.
  const cases: Array<[string, RegExp]> = [
    ['missing-field', /^missing-field\/articles\/mini\.mdx:2:1 title: found nothing \(the field is missing\); expected the title/],
    ['unknown-key', /^unknown-key\/articles\/mini\.mdx:5:1 subtitle: found an unknown field "subtitle"/],
    ['date-unquoted', /^date-unquoted\/articles\/mini\.mdx:6:9 published\.date: found 2021-02-30 without quotes.*put the date in quotes/],
    ['date-quoted', /^date-quoted\/articles\/mini\.mdx:6:9 published\.date: found "2021-02-30", which is not a real calendar day/],
    [
      'unknown-actor',
      /^unknown-actor\/articles\/mini\.mdx:22:5 actors\[1\]: found "vladimir-putinn"; expected the id of an entry in content\/actors\//,
    ],
    [
      'duplicate-slug',
      /^duplicate-slug\/articles\/mini\.mdx:2:7 slug: found "mini", already the slug of duplicate-slug\/articles\/mini-copy\.mdx/,
    ],
    [
      'missing-paragraph',
      new RegExp(
        /^missing-paragraph\/events\/mini-event\.yaml:11:21 sources\[0\]\.paragraphs\[1\]: found paragraph 3 of mini;/.source +
          / expected a paragraph number from 1 to 2/.source,
      ),
    ],
    // Sources on a host content/ruled-out-hosts.yaml rules out, in any address field (src/lib/content/ruled-out.ts).
    [
      'ruled-out-host',
      new RegExp(
        /^ruled-out-host\/actors\/russia\.yaml:13:13 names\[0\]\.source: found https:\/\/en\.wikimili\.com\/en\/Russia,/.source +
          / on wikimili\.com, which ruled-out-host\/ruled-out-hosts\.yaml rules out \(a mirror of English Wikipedia\);/.source +
          / expected the address of a credible page/.source,
      ),
    ],
    [
      'ruled-out-coordinates',
      new RegExp(
        /^ruled-out-coordinates\/places\/st-petersburg\.yaml:6:11 coordinates\.source:/.source +
          / found https:\/\/wikimili\.com\/en\/Saint_Petersburg, on wikimili\.com/.source,
      ),
    ],
    // A name form checked from knowledge alone: issue 26's standard is a page for every form (src/lib/content/page-checked.ts).
    [
      'unread-form',
      new RegExp(
        /^unread-form\/actors\/russia\.yaml:14:43 names\[0\]\.checked\.basis: found knowledge: the form "Россия" was not checked/.source +
          / against a page; expected page: a credible stored page that attests the form/.source,
      ),
    ],
    // Coordinates rest on a page too: a record is required, and its basis must be a page (src/lib/content/coordinates-checked.ts).
    [
      'unread-coordinates',
      new RegExp(
        /^unread-coordinates\/places\/almaty\.yaml:9:12 coordinates\.checked\.basis: found knowledge: the coordinates/.source +
          / \(43\.2775, 76\.89583\) were not checked against a page; expected page: a credible stored page that gives/.source,
      ),
    ],
    [
      'unchecked-coordinates',
      new RegExp(
        /^unchecked-coordinates\/places\/almaty\.yaml:4:3 coordinates\.checked: found nothing \(the field is missing\);/.source +
          / expected a check record: \{ date, basis, note \}/.source,
      ),
    ],
    [
      'ruled-out-list-malformed',
      /^ruled-out-list-malformed\/ruled-out-hosts\.yaml:1:11 \[0\]\.host: found "https:\/\/wikimili\.com\/en\/"; expected a host name/,
    ],
    // An article dated before an event never reports it (src/lib/content/integrity.ts).
    [
      'report-before-event',
      new RegExp(
        /^report-before-event\/events\/later-event\.yaml:10:5 sources\[0\]\.inferred: found a report in mini, published 6 March 2021,/
          .source + / before the event \(10 March 2021\); expected inferred: true with a note/.source,
      ),
    ],
    ['todo-left', /^todo-left\/articles\/mini\.mdx:30:35 TODO: found a TODO left in: "TODO check the ending\."/],
    ['malformed-mdx', /^malformed-mdx\/articles\/mini\.mdx:30:\d+ MDX: found malformed MDX: /],
    ['link-in-body', /^link-in-body\/articles\/mini\.mdx:30:12 body: found a link in the text/],
    [
      'bad-actor-file',
      new RegExp(
        '^bad-actor-file/actors/nobody\\.yaml:2:7 kind: found "wizard"; ' +
          'expected the kind of actor, one of person, state, international-organisation, company, outlet, think-tank',
      ),
    ],
    // Who acts for whom and who an event involves (src/lib/involvement/check.ts); the first override is allowed.
    [
      'affiliation-not-a-state',
      new RegExp(
        /^affiliation-not-a-state\/actors\/vladimir-putin\.yaml:4:12 affiliations\[0\]\.state: found "soviet-union",/.source +
          / no actor in content\/actors\/;/.source +
          / expected the id of a registered state \(russia\)/.source,
      ),
    ],
    [
      'override-not-derived',
      new RegExp(
        /^override-not-derived\/events\/later-event\.yaml:12:12 involvement\[1\]\.state: found "belarus",/.source +
          / which no tagged person or body acts for/.source +
          / on 6 March 2021; expected a state the event involves by derivation \(russia\)/.source,
      ),
    ],
    // The captures (src/lib/content/captures.ts), reported in the build's words at the field's line.
    [
      'capture-missing',
      new RegExp(
        /^capture-missing\/articles\/mini\.mdx:23:9 source\.file: found "000_e396179b94566197\.txt",/.source +
          / which is not in capture-missing\/sources\/; expected the file name of the capture/.source,
      ),
    ],
    [
      'capture-not-utf8',
      new RegExp(
        /^capture-not-utf8\/articles\/mini\.mdx:23:9 source\.file: found capture-not-utf8\/sources\/000_e396179b94566197\.txt,/.source +
          / which is not valid UTF-8 \(byte 0xE2 at line 5, column 34\); expected the capture saved as UTF-8 text/.source,
      ),
    ],
    [
      'capture-hash',
      new RegExp(
        /^capture-hash\/articles\/mini\.mdx:24:11 source\.sha256:/.source +
          / found "aed2006890d9ba830861f1c6948cf17b29b725c4408ed5f6db98f43e144bdd53",/.source +
          / but capture-hash\/sources\/000_e396179b94566197\.txt has the SHA-256 "[0-9a-f]{64}";/.source +
          / expected "[0-9a-f]{64}", the SHA-256 of/.source,
      ),
    ],
    [
      'removal-not-in-capture',
      new RegExp(
        /^removal-not-in-capture\/articles\/mini\.mdx:26:11 removed\[0\]\.text: found "Post a Comment",/.source +
          / which is not in the capture; expected the removed text exactly as it stands, once,/.source +
          / in removal-not-in-capture\/sources\/000_e396179b94566197\.txt/.source,
      ),
    ],
    [
      'error-not-in-paragraph',
      new RegExp(
        /^error-not-in-paragraph\/articles\/mini\.mdx:28:11 sourceErrors\[0\]\.text: found "second paragraph",/.source +
          / which is not in paragraph 1; expected the erroneous text exactly as it stands in paragraph 1/.source,
      ),
    ],
    [
      'capture-claimed-twice',
      new RegExp(
        /^capture-claimed-twice\/articles\/other\.mdx:23:9 source\.file: found "000_e396179b94566197\.txt",/.source +
          / already the capture of capture-claimed-twice\/articles\/mini\.mdx; expected a capture no other article claims/.source,
      ),
    ],
    // Translations of the editorial text (src/lib/content/translations-checked.ts): no fact, no name, no script the English lacks.
    [
      'translation-adds-number',
      new RegExp(
        /^translation-adds-number\/actors\/russia\.yaml:9:37 translations\.ru\.description: found the number\(s\) "1991",/.source +
          / which the English description does not have; expected only the numbers of the English description/.source,
      ),
    ],
    [
      'translation-adds-name',
      new RegExp(
        /^translation-adds-name\/actors\/russia\.yaml:9:37 translations\.ru\.description: found "Belarus" \(actors\/belarus\),/.source +
          / which the English description does not name; expected only the actors and places the English description names/.source,
      ),
    ],
    [
      'translation-lookalike',
      new RegExp(
        /^translation-lookalike\/actors\/russia\.yaml:9:37 translations\.ru\.description: found "Рoссийская",/.source +
          / a Cyrillic word with the Latin letter\(s\) "o"; expected each word in one script/.source,
      ),
    ],
    [
      'translation-kk-substitute',
      new RegExp(
        /^translation-kk-substitute\/actors\/kazakhstan\.yaml:12:37 translations\.kk\.description: found "Казакстан",/.source +
          / the registered Kazakh "Қазақстан" \(actors\/kazakhstan\) written with Russian letters;/.source +
          / expected the Kazakh letters \(ә ғ қ ң ө ұ ү һ і\) of the registered Kazakh form/.source,
      ),
    ],
    [
      'translation-probably-russian',
      new RegExp(
        /^translation-probably-russian\/actors\/russia\.yaml:9:37 translations\.kk\.description: found 5 Cyrillic words/.source +
          / without any of the letters ә ғ қ ң ө ұ ү һ і, which is probably Russian; expected Kazakh/.source,
      ),
    ],
  ];
  for (const [name, expected] of cases) {
    it(`reports ${name} at its line and column, and nothing else`, () => {
      const lines = check(name);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
    });
  }

  it('accepts an article dated before an event as its source when the link says it is inferred', () => {
    expect(check('inferred-before-event')).toEqual([]);
  });

  it('reports body lines as lines of the file: the link is on file line 30', () => {
    const [line] = check('link-in-body');
    const text = readFileSync(path.join(fixtures, 'link-in-body', 'articles', 'mini.mdx'), 'utf8');
    expect(text.split('\n')[29]).toContain('[paragraph]');
    expect(line).toContain(':30:');
  });
});

describe('readContent on the real content', () => {
  const tree = readContent(path.join(repo, 'content'));
  it('finds no problem in content/', () => {
    expect(tree.problems.map(formatProblem)).toEqual([]);
    expect(tree.counts.articles).toBeGreaterThanOrEqual(5);
  });
  it('returns every file as a validated entry, with schema defaults filled in', () => {
    for (const c of ['articles', 'actors', 'places', 'outlets', 'events'] as const) expect(tree[c]).toHaveLength(tree.counts[c]);
    for (const a of tree.articles) {
      expect(Array.isArray(a.data.links)).toBe(true);
      expect(a.body.paragraphs.length).toBeGreaterThan(0);
      // Block lines are lines of the file, where an editor finds them.
      const lines = readFileSync(path.join(repo, 'content', 'articles', `${a.id}.mdx`), 'utf8').split('\n');
      for (const p of a.body.paragraphs) expect(lines[p.line - 1]).toContain(p.text.slice(0, 20));
    }
  });
});

describe('registry spellings', () => {
  it('reports a spelling claimed by two entries, naming both files and lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'registry-'));
    try {
      cpSync(path.join(fixtures, 'clean'), dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'actors', 'rossiya.yaml'),
        'name: Rossiya\nkind: state\nspellings:\n  - Russia\ndescription: A second entry.\n',
      );
      const lines = readContent(dir, { display: 'tree' }).problems.map(formatProblem);
      expect(lines).toEqual([
        expect.stringMatching(
          new RegExp(
            /^tree\/actors\/russia\.yaml:1:1 name: found "Russia",/.source +
              / which tree\/actors\/rossiya\.yaml:4 also claims for "actors\/rossiya"; expected each spelling to name one entry/.source,
          ),
        ),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Each case starts a Node process that loads zod and the parser: seconds, not milliseconds.
describe('scripts/check-content.ts', { timeout: 60_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(repo, 'scripts', 'check-content.ts'), ...args], { cwd: repo, encoding: 'utf8' });

  it('prints a one-line summary and exits 0 on clean content', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^check:content: no problems in \d+ articles/);
  });

  it('lists the missing translations per language and field, without failing', () => {
    const r = run(['--root', path.join(fixtures, 'clean')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      [
        'check:content: translations missing (not an error):',
        'ru: 2 field(s) missing',
        '  actors/russia: description',
        '  outlets/window-on-eurasia: description',
        'kk: 2 field(s) missing',
        '  actors/russia: description',
        '  outlets/window-on-eurasia: description',
        '',
      ].join('\n'),
    );
  });

  it('exits non-zero and prints file:line:column on a bad tree', () => {
    const r = run(['--root', path.join(fixtures, 'date-unquoted')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tests\/fixtures\/bad-content\/date-unquoted\/articles\/mini\.mdx:6:9 published\.date/);
  });

  it('refuses an unknown argument', () => {
    expect(() => execFileSync(process.execPath, [path.join(repo, 'scripts', 'check-content.ts'), '--nope'], { stdio: 'pipe' })).toThrow();
  });
});
