/**
 * The bad-content cases, each a name, an edit that breaks one thing in a copy of the real content
 * and what the message must say: run through the content loader by tests/bad-content-loader.test.ts
 * and, where the build stops elsewhere or could say more than the loader, through a real build by
 * tests/build-errors.test.ts (its `BUILT`). Two files, so that a worker reads the trees while the
 * other waits on the builds.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { formatProblem } from '../src/lib/content/integrity.ts';
import { displayOf, readContent } from '../src/lib/content/read.ts';
import { repoRoot as root } from '../src/lib/testing/content.ts';

/**
 * A new scratch folder, for a test file of its own: it removes it after its tests. Made by each file,
 * not when this module loads: the unit test files share a worker's modules (vitest.config.ts), so a
 * folder made here would be one for both files, and the first to finish would remove the other's.
 */
export const scratchFolder = () => mkdtempSync(join(tmpdir(), 'archive-bad-content-'));

const article = 'articles/russia-has-no-allies-bezpalko-says.mdx';
const capture = 'sources/000_e396179b94566197.txt';
const recorded = '9062521bcdc63a35c880f0cfab6c4f0e6af1bd880015387f16ca1209daa4489b';

/** Copies the content into a folder of its own in `scratch` and applies one edit; returns the copy and its output folder. */
export function brokenCopy(scratch: string, name: string, edit: (dir: string) => void) {
  const content = join(scratch, name, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  edit(content);
  return { content, out: join(scratch, name, 'dist') };
}

/**
 * The problem lines `npm run check:content -- --root <content>` prints, run from `cwd` (which the paths
 * it prints are relative to): the reader's problems in its words.
 */
export function checkerLinesOf(content: string, cwd?: string): string[] {
  const display = cwd === undefined ? displayOf(content) : relative(cwd, content);
  return readContent(content, { display }).problems.map(formatProblem);
}

/** Replaces one string in a content file, failing loudly if it is not there. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}`);
  writeFileSync(path, next);
}

/** The number of the content's last edition file. */
const lastEdition = (dir: string) => Math.max(...readdirSync(join(dir, 'editions')).map((n) => Number.parseInt(n, 10)));

/** Adds an edition whose one correction names `entry` and `field`. */
function appendCorrection(dir: string, entry: string, field: string) {
  const n = lastEdition(dir) + 1;
  writeFileSync(
    join(dir, 'editions', `${n}.yaml`),
    `edition: ${n}\ndate: "2026-12-01"\nsummary: A test.\ncorrections:\n` +
      `  - entry: ${entry}\n    field: ${field}\n    old: 1\n    new: 2\n    why: A test.\n`,
  );
}

export const cases: Array<[string, (dir: string) => void, RegExp[]]> = [
  [
    'a missing field',
    (d) => replaceIn(d, article, /^title: .*\n/m, ''),
    [/russia-has-no-allies-bezpalko-says\.mdx:2:1 title: found nothing \(the field is missing\); expected the title as first published$/m],
  ],
  ['an unknown key', (d) => replaceIn(d, article, /^slug: /m, 'colour: red\nslug: '), [/russia-has-no-allies-bezpalko-says/, /colour/]],
  [
    'an unquoted impossible date',
    (d) => replaceIn(d, article, '  date: "2021-03-06"', '  date: 2021-02-30'),
    [/russia-has-no-allies-bezpalko-says/, /published\.date/, /put the date in quotes/],
  ],
  [
    'a quoted impossible date',
    (d) => replaceIn(d, article, '  date: "2021-03-06"', '  date: "2021-02-30"'),
    [/russia-has-no-allies-bezpalko-says\.mdx:\d+:\d+ published\.date: found "2021-02-30", which is not a real calendar day/],
  ],
  [
    'an unknown actor id',
    (d) => replaceIn(d, article, '  - bogdan-bezpalko\n', '  - bogdan-bezpalkoo\n'),
    [
      new RegExp(
        /russia-has-no-allies-bezpalko-says\.mdx:\d+:\d+ actors\[0\]: found "bogdan-bezpalkoo";/.source +
          / expected the id of an entry in content\/actors\//.source,
      ),
    ],
  ],
  [
    'a latitude out of range',
    (d) => replaceIn(d, 'places/almaty.yaml', '  lat: 43.2775', '  lat: 143.2775'),
    [/almaty\.yaml:\d+:\d+ coordinates\.lat: found 143\.2775; expected a latitude from -90 to 90/],
  ],
  [
    'a duplicate slug',
    (d) => writeFileSync(join(d, 'articles/copy.mdx'), readFileSync(join(d, article), 'utf8')),
    [
      new RegExp(
        /(copy|russia-has-no-allies-bezpalko-says)\.mdx:2:7 slug: found "russia-has-no-allies-bezpalko-says",/.source +
          / already the slug of \S+\.mdx; expected a slug no other article uses/.source,
      ),
    ],
  ],
  // The captures (src/lib/content/captures.ts): the same words as the content checker.
  [
    'a removal not in the capture',
    (d) => replaceIn(d, article, 'text: "Post a Comment"', 'text: "Post a Commentary"'),
    [
      new RegExp(
        /russia-has-no-allies-bezpalko-says\.mdx:\d+:\d+ removed\[4\]\.text: found "Post a Commentary",/.source +
          / which is not in the capture;/.source +
          / expected the removed text exactly as it stands, once, in \S*sources\/000_e396179b94566197\.txt/.source,
      ),
    ],
  ],
  [
    'a source error not in its paragraph',
    (d) => replaceIn(d, article, 'text: towhat', 'text: to-what'),
    [
      new RegExp(
        /russia-has-no-allies-bezpalko-says\.mdx:\d+:\d+ sourceErrors\[4\]\.text: found "to-what", which is not in paragraph 8;/.source +
          / expected the erroneous text exactly as it stands in paragraph 8/.source,
      ),
    ],
  ],
  [
    'a capture that is not UTF-8',
    (d) => appendFileSync(join(d, capture), Buffer.from([0xff, 0xfe])),
    [
      new RegExp(
        /russia-has-no-allies-bezpalko-says\.mdx:\d+:\d+ source\.file: found \S*sources\/000_e396179b94566197\.txt,/.source +
          / which is not valid UTF-8 \(byte 0xFF at line \d+, column \d+\); expected the capture saved as UTF-8 text/.source,
      ),
    ],
  ],
  [
    'a capture whose hash differs from the recorded one',
    (d) => appendFileSync(join(d, capture), '\n'),
    [
      new RegExp(
        `russia-has-no-allies-bezpalko-says\\.mdx:\\d+:\\d+ source\\.sha256: found "${recorded}", ` +
          `but \\S*000_e396179b94566197\\.txt has the SHA-256 "([0-9a-f]{64})"; expected "\\1"`,
      ),
    ],
  ],
  [
    'a missing capture',
    (d) => rmSync(join(d, capture)),
    [
      new RegExp(
        /russia-has-no-allies-bezpalko-says\.mdx:\d+:\d+ source\.file: found "000_e396179b94566197\.txt",/.source +
          / which is not in \S*sources\/;/.source +
          / expected the file name of the capture/.source,
      ),
    ],
  ],
  [
    'a capture claimed by two articles',
    (d) => writeFileSync(join(d, 'articles/copy.mdx'), readFileSync(join(d, article), 'utf8').replace(/^slug: .*$/m, 'slug: a-copy')),
    [
      new RegExp(
        /(copy|russia-has-no-allies-bezpalko-says)\.mdx:\d+:\d+ source\.file: found "000_e396179b94566197\.txt",/.source +
          / already the capture of \S+\.mdx; expected a capture no other article claims/.source,
      ),
    ],
  ],
  // The archive's facts and its editions changelog (src/lib/content/publication.ts).
  [
    'a missing archive.yaml',
    (d) => rmSync(join(d, 'archive.yaml')),
    [/archive\.yaml:1:1 \(whole file\): found no such file; expected the archive's facts/],
  ],
  [
    'an archive.yaml without a licence',
    (d) => replaceIn(d, 'archive.yaml', /^license: .*\n/m, ''),
    [/archive\.yaml:\d+:\d+ license: found nothing \(the field is missing\); expected an SPDX licence identifier/],
  ],
  [
    'an unknown SPDX id',
    (d) => replaceIn(d, 'archive.yaml', 'license: CC-BY-4.0', 'license: CC-BY-4.5'),
    [/archive\.yaml:\d+:\d+ license: found "CC-BY-4\.5"; expected an SPDX licence identifier from the SPDX list/],
  ],
  [
    'an editor without a name',
    (d) => replaceIn(d, 'archive.yaml', /^ {2}- name: .*\n {4}role/m, '  - role'),
    [/archive\.yaml:\d+:\d+ editors\[0\]\.name: found nothing \(the field is missing\); expected the editor's name/],
  ],
  [
    'a contact that is neither an address nor a URL',
    (d) => replaceIn(d, 'archive.yaml', 'target: /about/rights/#requests', 'target: the editors'),
    [/archive\.yaml:\d+:\d+ contact\.target: found "the editors"; expected an e-mail address, an http\(s\) URL, or a path/],
  ],
  [
    'a correction naming an article that does not exist',
    (d) => appendCorrection(d, 'articles/no-such-article', 'title'),
    [/editions\/\d+\.yaml:\d+:\d+ corrections\[0\]\.entry: found "articles\/no-such-article", which is not in content\//],
  ],
  [
    'a correction naming an event that does not exist',
    (d) => appendCorrection(d, 'events/2022-01-10-no-such-talks', 'title'),
    [/editions\/\d+\.yaml:\d+:\d+ corrections\[0\]\.entry: found "events\/2022-01-10-no-such-talks", which is not in content\//],
  ],
  [
    'a correction naming a field that does not exist',
    (d) => appendCorrection(d, 'events/2022-01-10-geneva-security-talks', 'sources.9.paragraphs'),
    [
      new RegExp(
        /editions\/\d+\.yaml:\d+:\d+ corrections\[0\]\.field: found "sources\.9\.paragraphs", /.source +
          /which events\/2022-01-10-geneva-security-talks does not have/.source,
      ),
    ],
  ],
  [
    'an edition that goes backwards',
    (d) =>
      writeFileSync(join(d, 'editions', `${lastEdition(d) + 1}.yaml`), `edition: ${lastEdition(d)}\ndate: "2026-11-26"\nsummary: Again.\n`),
    [/editions\/\d+\.yaml:1:10 edition: found \d+; expected \d+ \(one more than \S+'s \d+\)/],
  ],
  [
    'an edition dated after today',
    (d) => replaceIn(d, 'editions/1.yaml', /^date: .*$/m, 'date: "2999-01-01"'),
    [/editions\/1\.yaml:\d+:\d+ date: found "2999-01-01"; expected a day no later than today/],
  ],
  // Issue 26: a source on a ruled-out host, and a report dated before its event.
  [
    'a coordinates source on a ruled-out host',
    (d) =>
      replaceIn(d, 'places/almaty.yaml', /source: "https:\/\/sr\.m\.wikipedia\.org\/[^"]*"/, 'source: "https://wikimili.com/en/Almaty"'),
    [
      new RegExp(
        /almaty\.yaml:\d+:\d+ coordinates\.source: found https:\/\/wikimili\.com\/en\/Almaty, on wikimili\.com,/.source +
          / which \S*ruled-out-hosts\.yaml rules out \(a mirror of English Wikipedia\); expected the address of a credible page/.source,
      ),
    ],
  ],
  [
    'an article dated before the event it is said to report',
    (d) => replaceIn(d, 'events/2022-01-10-geneva-security-talks.yaml', /\n {4}inferred: true\n {4}note: .*\n/, '\n'),
    [
      new RegExp(
        /2022-01-10-geneva-security-talks\.yaml:\d+:\d+ sources\[0\]\.inferred:/.source +
          / found a report in kazakhstan-terrorists-to-be-shot-on-sight,/.source +
          / published 7 January 2022, before the event \(10 January 2022\); expected inferred: true with a note/.source,
      ),
    ],
  ],
  // Content from strangers (issue 32): nothing outside the tree is read or printed, no bad text is published.
  [
    'an actor file that is a symbolic link to a file outside the tree',
    (d) => {
      // Beside the tree, in the case's own folder.
      writeFileSync(join(d, '..', 'secret.txt'), `${SECRET}\n`);
      rmSync(join(d, 'actors/russia.yaml'));
      symlinkSync(join(d, '..', 'secret.txt'), join(d, 'actors/russia.yaml'));
    },
    [/actors\/russia\.yaml:1:1 file: found a symbolic link; expected a regular file inside the content folder/],
  ],
  [
    'a byte that is not UTF-8 in an actor file',
    (d) => appendFileSync(join(d, 'actors/russia.yaml'), Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a])),
    [/actors\/russia\.yaml:\d+:3 \(whole file\): found a byte that is not UTF-8 \(0xC3\)/],
  ],
  [
    'a NUL in an editorial note',
    (d) => replaceIn(d, article, /^notes: \[\]$/m, 'notes:\n  - "A note\\0 with a NUL"'),
    [/russia-has-no-allies-bezpalko-says\.mdx:\d+:5 notes\[0\]: found a control character \(U\+0000 at character 7\)/],
  ],
  [
    'a line break in a title',
    (d) => replaceIn(d, article, /^title: .*$/m, 'title: "Russia Has No Allies\\nTY  - JOUR"'),
    [/russia-has-no-allies-bezpalko-says\.mdx:3:8 title: found a line break \(U\+000A at character 21\); expected one line of text/],
  ],
  [
    'a bad entry in redirects.yaml',
    (d) => appendFileSync(join(d, 'redirects.yaml'), '- from: /old/\n  to: nowhere\n  reason: Moved.\n'),
    [/redirects\.yaml:\d+:7 \[1\]\.to: found "nowhere"; expected a root-relative path ending in "\/"/],
  ],
  // Who acts for whom and who an event involves (src/lib/actors/schema.ts, src/lib/involvement/check.ts).
  [
    'an unknown kind of actor',
    (d) => replaceIn(d, 'actors/regnum.yaml', 'kind: outlet', 'kind: wire-service'),
    [/actors\/regnum\.yaml:2:7 kind: found "wire-service"; expected the kind of actor, one of person, state, international-organisation/],
  ],
  [
    'an affiliation with a state that is not a registered state',
    (d) => replaceIn(d, 'actors/vladimir-putin.yaml', '  - state: russia', '  - state: soviet-union'),
    [
      new RegExp(
        /actors\/vladimir-putin\.yaml:\d+:\d+ affiliations\[0\]\.state: found "soviet-union", no actor in content\/actors\/;/.source +
          / expected the id of a registered state \(/.source,
      ),
    ],
  ],
  [
    'an affiliation whose dates run backwards',
    (d) => replaceIn(d, 'actors/dmitry-medvedev.yaml', '    from: "2020-01"', '    from: "2020-01"\n    to: "2019-12-31"'),
    [
      new RegExp(
        /actors\/dmitry-medvedev\.yaml:\d+:\d+ affiliations\[0\]\.to: found "2019-12-31", before "from";/.source +
          / expected a "to" no earlier than "from" \(January 2020\)/.source,
      ),
    ],
  ],
  [
    'an override naming a state the event cannot involve',
    (d) =>
      replaceIn(
        d,
        'events/2022-01-07-tokayev-shoot-to-kill-order.yaml',
        'places:\n',
        'involvement:\n  - state: russia\n    involved: false\n    why: A test.\nplaces:\n',
      ),
    [
      new RegExp(
        /events\/2022-01-07-tokayev-shoot-to-kill-order\.yaml:\d+:\d+ involvement\[0\]\.state: found "russia",/.source +
          / which no tagged person or body acts for on 7 January 2022; expected a state the event involves by derivation \(kazakhstan\)/
            .source,
      ),
    ],
  ],
  [
    'an event source naming a part the article lacks',
    (d) => replaceIn(d, 'events/2022-01-07-tokayev-shoot-to-kill-order.yaml', 'parts: [standfirst]', 'parts: [dateline]'),
    [
      new RegExp(
        /events\/2022-01-07-tokayev-shoot-to-kill-order\.yaml:\d+:\d+ sources\[0\]\.parts\[0\]: found "dateline", which/.source +
          / kazakhstan-terrorists-to-be-shot-on-sight does not have; expected a part the article has \(standfirst\)/.source,
      ),
    ],
  ],
  [
    'a link in the source text',
    (d) => replaceIn(d, article, 'husband its own resources', '[husband its own resources](https://example.org)'),
    [/russia-has-no-allies-bezpalko-says\.mdx:(\d+):\d+ body: found a link in the text; expected only the source's words/],
  ],
  // Translations of the editorial text carry no fact the English lacks, in their language's letters
  // (src/lib/content/translations-checked.ts).
  [
    'a translation that adds a number',
    (d) => replaceIn(d, 'events/2022-06-05-kazakhstan-constitutional-referendum.yaml', '77,18 %', '77,19 %'),
    [
      new RegExp(
        /2022-06-05-kazakhstan-constitutional-referendum\.yaml:\d+:\d+ translations\.ru\.description:/.source +
          / found the number\(s\) "77,19", which the English description does not have/.source,
      ),
    ],
  ],
  [
    'a Kazakh name written with Russian letters',
    (d) => replaceIn(d, 'events/2022-01-05-tokayev-asks-csto.yaml', 'title: "Тоқаев ҰҚШҰ-дан', 'title: "Токаев ҰҚШҰ-дан'),
    [
      new RegExp(
        /2022-01-05-tokayev-asks-csto\.yaml:\d+:\d+ translations\.kk\.title: found "Токаев",/.source +
          / the registered Kazakh "Тоқаев" \(actors\/kassym-jomart-tokayev\) written with Russian letters/.source,
      ),
    ],
  ],
];

/** A secret outside the content tree, which no message may quote. */
const SECRET = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
