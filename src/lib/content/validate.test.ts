import { describe, expect, test } from 'vitest';
import { parseYaml } from './located.ts';
import type { ParsedFile } from './parse.ts';
import { schemasFor, validateFile } from './validate.ts';

const schemas = schemasFor({
  articles: new Set(['a']),
  actors: new Set(['x']),
  places: new Set(),
  outlets: new Set(['o']),
  events: new Set(),
});
const outlet = (yaml: string): ParsedFile => {
  const { data, at } = parseYaml(yaml, 'outlets/o.yaml', 0);
  return { collection: 'outlets', id: 'o', file: 'outlets/o.yaml', yaml, yamlLine: 0, data, at };
};

const OK = 'name: Outlet\nurl: https://outlet.kz/\nkind: newspaper\ndescription: A paper.\n';

describe('validateFile', () => {
  test('valid data becomes the entry, with the data as stored beside it', () => {
    const { entry, problems } = validateFile(outlet(OK), schemas);
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ id: 'o', file: 'outlets/o.yaml', data: { name: 'Outlet' }, raw: { name: 'Outlet' } });
  });
  test('invalid data is no entry: the schema’s problems, placed at the field', () => {
    const { entry, problems } = validateFile(outlet(`${OK}homepage: 1\n`), schemas);
    expect(entry).toBeUndefined();
    expect(problems).toMatchObject([{ file: 'outlets/o.yaml', line: 5, field: 'homepage' }]);
  });
  test('data that could not be parsed is no entry and no further problem', () => {
    expect(validateFile({ ...outlet('name: O\n'), data: undefined }, schemas)).toEqual({ problems: [] });
  });
});
