import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from './integrity.ts';
import { correctionProblems, readPublication } from './publication.ts';
import { orcidChecksumOk } from './schema.ts';

const clean = path.resolve(import.meta.dirname, '../../../tests/fixtures/bad-content/clean');
const scratch = mkdtempSync(path.join(tmpdir(), 'publication-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the clean fixture with `edit` applied, read on 2026-12-07. */
function read(name: string, edit: (dir: string) => void) {
  const dir = path.join(scratch, name);
  cpSync(clean, dir, { recursive: true });
  edit(dir);
  return readPublication(dir, 'tree', '2026-12-07');
}
const replace = (dir: string, file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(path.join(dir, file), next);
};
const lines = (p: ReturnType<typeof readPublication>) => p.problems.map(formatProblem);

describe('readPublication', () => {
  it('reads the archive and its editions when they are right', () => {
    const p = read('ok', () => {});
    expect(p.problems).toEqual([]);
    expect(p.archive?.license).toBe('CC-BY-4.0');
    expect(p.editions.map((e) => e.edition)).toEqual([1]);
  });

  it.each<[string, (dir: string) => void, RegExp]>([
    ['a missing archive.yaml', (d) => rmSync(path.join(d, 'archive.yaml')), /^tree\/archive\.yaml:1:1 \(whole file\): found no such file/],
    [
      'no licence',
      (d) => replace(d, 'archive.yaml', /^license: .*\n/m, ''),
      /^tree\/archive\.yaml:1:1 license: found nothing .*; expected an SPDX/,
    ],
    [
      'an unknown SPDX id',
      (d) => replace(d, 'archive.yaml', 'CC-BY-4.0', 'CC-BY-4'),
      /archive\.yaml:11:10 license: found "CC-BY-4"; expected an SPDX licence identifier/,
    ],
    [
      'an editor without a name',
      (d) => replace(d, 'archive.yaml', '  - name: Fixture editors\n    role', '  - role'),
      /archive\.yaml:\d+:\d+ editors\[0\]\.name: found nothing .*; expected the editor's name/,
    ],
    [
      'a contact that is neither an address nor a URL',
      (d) => replace(d, 'archive.yaml', '/about/rights/#requests', 'write to us'),
      /archive\.yaml:9:11 contact\.target: found "write to us"; expected an e-mail address, an http\(s\) URL, or a path/,
    ],
    [
      'a bad ORCID check digit',
      (d) => replace(d, 'archive.yaml', '    corporate: true', '    orcid: "0000-0002-1825-0098"'),
      /editors\[0\]\.orcid: found "0000-0002-1825-0098"; expected an ORCID iD whose last character is its check digit/,
    ],
    [
      'a reserved example origin',
      (d) =>
        writeFileSync(
          path.join(d, 'archive.yaml'),
          `origin: https://archive.example.org\n${readFileSync(path.join(d, 'archive.yaml'), 'utf8')}`,
        ),
      /archive\.yaml:1:9 origin: found "https:\/\/archive\.example\.org"; expected a real http\(s\) origin/,
    ],
    [
      'an edition that goes backwards',
      (d) => writeFileSync(path.join(d, 'editions/2.yaml'), 'edition: 1\ndate: "2026-12-01"\nsummary: Again.\n'),
      /editions\/2\.yaml:1:10 edition: found 1; expected 2 \(one more than tree\/editions\/1\.yaml's 1\)/,
    ],
    [
      'an edition that skips',
      (d) => writeFileSync(path.join(d, 'editions/3.yaml'), 'edition: 3\ndate: "2026-12-01"\nsummary: Skips.\n'),
      /editions\/3\.yaml:1:10 edition: found 3; expected 2/,
    ],
    [
      'a date after today',
      (d) => replace(d, 'editions/1.yaml', '2026-11-26', '2026-12-08'),
      /editions\/1\.yaml:2:7 date: found "2026-12-08"; expected a day no later than today \(2026-12-07\)/,
    ],
    [
      'an unquoted date',
      (d) => replace(d, 'editions/1.yaml', '"2026-11-26"', '2026-11-26'),
      /editions\/1\.yaml:2:7 date: found 2026-11-26 without quotes/,
    ],
    [
      'no editions',
      (d) => rmSync(path.join(d, 'editions'), { recursive: true }),
      /^tree\/editions:1:1 \(folder\): found no edition; expected at least editions\/1\.yaml/,
    ],
  ])('reports %s with its file, line, field and expectation', (name, edit, expected) => {
    expect(lines(read(name.replace(/\W+/g, '-'), edit)).join('\n')).toMatch(expected);
  });
});

describe('correctionProblems', () => {
  const stored = new Map<string, unknown>([['events/e1', { sources: [{ article: 'a', inferred: false }] }]]);
  const withCorrection = (entry: string, field: string, next: string) =>
    read(`c-${entry}-${field}-${next}`.replace(/\W+/g, '-'), (d) =>
      writeFileSync(
        path.join(d, 'editions/1.yaml'),
        `edition: 1\ndate: "2026-11-26"\nsummary: S.\nadded: [missing-article]\ncorrections:\n` +
          `  - entry: ${entry}\n    field: ${field}\n    old: null\n    new: ${next}\n    why: Because.\n`,
      ),
    );

  it.each<[string, string, string, RegExp[]]>([
    ['events/e1', 'sources.0.inferred', 'true', []],
    ['events/e1', 'sources.1.inferred', 'null', []],
    ['events/nope', 'title', 'x', [/editions\/1\.yaml:6:12 corrections\[0\]\.entry: found "events\/nope", which is not in content\//]],
    [
      'events/e1',
      'sources.1.inferred',
      'true',
      [/editions\/1\.yaml:7:12 corrections\[0\]\.field: found "sources\.1\.inferred", which events\/e1 does not have/],
    ],
  ])('%s %s → %s', (entry, field, next, expected) => {
    const p = withCorrection(entry, field, next);
    const found = correctionProblems(p, (e) => stored.get(e)).map(formatProblem);
    expect(found[0]).toMatch(/editions\/1\.yaml:4:9 added\[0\]: found "missing-article"; expected the slug of an article/);
    expect(found.slice(1)).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(found[i + 1]).toMatch(re));
  });
});

describe('orcidChecksumOk', () => {
  it.each([
    ['0000-0002-1825-0097', true],
    ['0000-0001-5109-3700', true],
    ['0000-0002-1694-233X', true],
    ['0000-0002-1825-0098', false],
    ['0000-0002-1694-2339', false],
  ])('%s → %s', (id, ok) => expect(orcidChecksumOk(id)).toBe(ok));
});
