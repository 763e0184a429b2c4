import { describe, expect, test } from 'vitest';
import { registryProblems } from './registry-checks.ts';
import { all } from '../testing/registry-entries.ts';

describe('registryProblems', () => {
  const located = (id: string, file: string, name: string, spellings: string[]) => ({
    id,
    file,
    name,
    spellings,
    lines: [1, ...spellings.map((_, i) => i + 3)],
  });
  test('a spelling claimed by two entries names both files and lines', () => {
    const problems = registryProblems([
      located('a', 'actors/a.yaml', 'Alpha', ['Al']),
      located('b', 'actors/b.yaml', 'Beta', ['Foo', 'al']),
    ]);
    expect(problems).toEqual([
      {
        file: 'actors/b.yaml',
        line: 4,
        field: 'spellings[1]',
        found: '"al", which actors/a.yaml:3 also claims for "a"',
        expected: 'each spelling to name one entry: remove it from one of the two files',
      },
    ]);
  });
  test('an acronym and a word never clash', () => {
    expect(registryProblems([located('us', 'u.yaml', 'United States', ['US']), located('we', 'w.yaml', 'We', ['us'])])).toEqual([]);
  });
  test('a spelling with the search separator or without letters', () => {
    const problems = registryProblems([located('x', 'x.yaml', 'X; Y', ['...'])]);
    expect(problems.map((p) => p.field)).toEqual(['name', 'spellings[0]']);
  });
  test('a clean registry has no problems', () =>
    expect(registryProblems(all.map((e) => located(e.id, `${e.id}.yaml`, e.name, [...e.spellings])))).toEqual([]));
});
