import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree } from '../testing/content.ts';
import { type GlossaryContext, readGlossary } from './glossary.ts';
import { formatProblem } from './integrity.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'glossary-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const context: GlossaryContext = {
  events: new Map([
    ['2022-01-05-asks', '2022-01-05'],
    ['2022-02-24-invades', '2022-02-24'],
  ]),
  actors: new Set(['nursultan-nazarbayev']),
};

const FORM = `  - form: "январские события"
    script: Cyrl
    language: ru
    system: "Russian"
    source: "https://example.org/page"
    checked: { date: "2026-12-07", basis: page, note: 'The page says "январские события".' }
`;
const GOOD = `term: the January events\ndescription: What the term means.\nnames:\n${FORM}events:\n  - 2022-01-05-asks\nmonth: "2022-01"\n`;

/** Reads a glossary folder holding `files`. */
function read(name: string, files: Record<string, string>) {
  const root = path.join(scratch, name);
  mkdirSync(path.join(root, 'glossary'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, 'glossary', file), text);
  return readGlossary(root, 'tree', context);
}

describe('readGlossary', () => {
  it('reads a term with its forms and connections', () => {
    const { terms, problems } = read('good', { 'january.yaml': GOOD });
    expect(problems).toEqual([]);
    expect(terms.map((t) => [t.id, t.data.names.map((n) => n.form), t.data.events, t.data.actors])).toEqual([
      ['january', ['январские события'], ['2022-01-05-asks'], []],
    ]);
  });

  it('reads no folder as an empty glossary', () => {
    expect(readGlossary(path.join(scratch, 'none'), 'tree', context)).toEqual({ terms: [], problems: [] });
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'an event that does not exist',
      { 'a.yaml': GOOD.replace('- 2022-01-05-asks', '- 2022-01-09-nothing') },
      'tree/glossary/a.yaml:11:5 events[0]: found "2022-01-09-nothing", which is no event; expected an id of content/events/',
    ],
    [
      'an event of another month',
      { 'a.yaml': GOOD.replace('- 2022-01-05-asks', '- 2022-02-24-invades') },
      'tree/glossary/a.yaml:11:5 events[0]: found "2022-02-24-invades", which starts 2022-02-24; ' +
        "expected an event of the term's month, 2022-01",
    ],
    [
      'an actor that does not exist',
      { 'a.yaml': GOOD.replace('events:\n  - 2022-01-05-asks\n', 'actors:\n  - nobody\n') },
      'tree/glossary/a.yaml:11:5 actors[0]: found "nobody", which is no actor; expected an id of content/actors/',
    ],
    [
      'a term connected to nothing',
      { 'a.yaml': GOOD.replace('events:\n  - 2022-01-05-asks\n', '') },
      'tree/glossary/a.yaml:1:1 : found a term connected to nothing; expected at least one of `events` or `actors`',
    ],
    [
      'a form read on no page',
      { 'a.yaml': GOOD.replace('basis: page', 'basis: knowledge') },
      'tree/glossary/a.yaml:4:3 names[0].checked.basis: found knowledge: the form "январские события" was not checked against a page',
    ],
    [
      'a Latin letter inside a Cyrillic form',
      { 'a.yaml': GOOD.replace('январские события', 'январcкие события') },
      'tree/glossary/a.yaml:5:13 names[0].script: found "Cyrl" for "январcкие события"; ' +
        'expected a script every letter of the form is in (Cyrl has no "c")',
    ],
    [
      'no forms',
      { 'a.yaml': GOOD.replace(/names:\n[\s\S]*?events:/, 'names: []\nevents:') },
      'tree/glossary/a.yaml:3:8 names: found a list of 0; expected at least one attested form of the term',
    ],
    [
      'a month that is not one',
      { 'a.yaml': GOOD.replace('"2022-01"', '"2022-13"') },
      'tree/glossary/a.yaml:12:8 month: found "2022-13"; expected a timeline month as "YYYY-MM"',
    ],
    ['an unknown field', { 'a.yaml': `${GOOD}places: [almaty]\n` }, 'tree/glossary/a.yaml:13:1 places: found an unknown field "places"'],
    [
      'a file that is not YAML',
      { 'a.yaml': GOOD, 'notes.txt': 'x' },
      'tree/glossary/notes.txt file name: found a file that is not .yaml; expected only .yaml files in content/glossary/',
    ],
  ])('reports %s with file, line, field and expectation', (_what, files, message) => {
    const lines = read(_what.replace(/\W+/g, '-'), files).problems.map(formatProblem);
    expect(lines.some((l) => l.startsWith(message))).toBe(true);
  });
});

describe("the archive's glossary", () => {
  const tree = readTree();
  it('is read by the one reader, each form attested on a page', () => {
    const january = tree.glossary.find((t) => t.id === 'january-2022-events');
    expect(january?.data.names.map((n) => [n.form, n.language, n.script])).toEqual([
      ['январские события', 'ru', 'Cyrl'],
      ['Кантар', 'ru', 'Cyrl'],
      ['Қаңтар оқиғасы', 'kk', 'Cyrl'],
      ['Qantar', 'kk', 'Latn'],
      ['Qandy Qantar', 'kk', 'Latn'],
      ['January events', 'en', 'Latn'],
    ]);
    for (const term of tree.glossary) for (const n of term.data.names) expect(n.checked.basis).toBe('page');
  });
  it('connects the January events to their events and their timeline month', () => {
    const january = tree.glossary.find((t) => t.id === 'january-2022-events');
    expect(january?.data.month).toBe('2022-01');
    expect(january?.data.events).toContain('2022-01-05-tokayev-asks-csto');
    expect(january?.data.events).not.toContain('2022-01-10-geneva-security-talks');
  });
});
