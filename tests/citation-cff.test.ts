/**
 * CITATION.cff at the repository root says what content/archive.yaml and the editions changelog say,
 * and is valid Citation File Format 1.2.0 (the CFF project's own JSON schema, tests/fixtures/cff/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citationCff, citationCffData } from '../src/lib/citation/cff.ts';
import { readPublication } from '../src/lib/content/publication.ts';
import { repoRoot } from '../src/lib/testing/content.ts';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/cff/schema-1.2.0.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const { archive, editions } = readPublication(path.join(repoRoot, 'content'));
const current = editions.at(-1)!;
const file = readFileSync(path.join(repoRoot, 'CITATION.cff'), 'utf8');

describe('CITATION.cff', () => {
  it('holds the facts of content/archive.yaml and the current edition (else run npm run citation:cff)', () => {
    expect(file).toBe(citationCff(archive!, current, archive!.origin));
    const cff = parse(file) as Record<string, unknown>;
    expect(cff['title']).toBe(archive!.title);
    expect(cff['version']).toBe(String(current.edition));
    expect(cff['date-released']).toBe(current.date);
    expect(cff['license']).toBe(archive!.license);
    expect(cff['authors']).toHaveLength(archive!.editors.length);
  });

  it('is valid CFF 1.2.0', () => {
    expect(validate(parse(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['without authors', { authors: undefined }],
    ['with an unknown licence', { license: 'CC-BY-4' }],
    ['with a malformed date', { 'date-released': '26 November 2026' }],
  ])('the schema refuses a file %s', (_, change) => {
    const data = { ...citationCffData(archive!, current), ...change };
    expect(validate(JSON.parse(JSON.stringify(data)))).toBe(false);
  });

  it('writes a person editor with family and given names and an ORCID', () => {
    const data = citationCffData(
      { ...archive!, editors: [{ name: 'First Editor', role: 'Editor', corporate: false, orcid: '0000-0002-1825-0097' }] },
      current,
      'https://archive.kz',
    );
    expect(data.authors).toEqual([{ 'family-names': 'Editor', 'given-names': 'First', orcid: 'https://orcid.org/0000-0002-1825-0097' }]);
    expect(data.url).toBe('https://archive.kz/');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
});
