import { describe, expect, test } from 'vitest';
import { parseYaml } from './located.ts';
import type { ParsedFile } from './parse.ts';
import { positions } from './positions.ts';

const parsed = (collection: ParsedFile['collection'], file: string, yaml: string): ParsedFile => {
  const { data, at } = parseYaml(yaml, file, 0);
  return { collection, id: 'x', file, yaml, yamlLine: 0, data, at };
};

describe('positions', () => {
  const where = positions();
  where.keep(parsed('events', 'events/e.yaml', 'title: A\nsources:\n  - article: b\n    paragraphs: [1, 9]\n'));
  where.keep(parsed('actors', 'actors/x.yaml', 'name: X\nspellings: [Y]\n'));

  test.each([
    [
      'a field of a kept file, placed at its line and column',
      { file: 'events/e.yaml', field: 'sources[0].paragraphs[1]' },
      { line: 4, column: 21 },
    ],
    ['a registry file, whose positions are kept as parsed', { file: 'actors/x.yaml', field: 'spellings[0]' }, { line: 2, column: 13 }],
    ['a problem with a line of its own, left where it is', { file: 'events/e.yaml', field: 'title', line: 9 }, { line: 9 }],
    ['a file that was never kept, left without a line', { file: 'outlets/o.yaml', field: 'name' }, {}],
  ])('%s', (_, problem, want) => {
    const p = { ...problem, found: 'f', expected: 'e' };
    const placed = where.place(p);
    expect({ line: placed.line, column: placed.column }).toEqual({ line: undefined, column: undefined, ...want });
  });
});
