/**
 * The chronology downloads, read back with csv-parse (not the module that wrote them) and checked
 * against datapackage.json the way a Frictionless validator checks a tabular data package: the
 * descriptor's required properties, every resource's file present, its header equal to its schema's
 * fields, every cell of its declared type, required cells filled, patterns and primary keys kept.
 * Expected values (notes, place ids) come from the content files, read with `yaml`.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readTree } from '../../src/lib/testing/content.ts';
import { read } from './site-files.ts';

interface SchemaField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  encoding: string;
  mediatype: string;
  profile: string;
  schema: { primaryKey: string; fields: SchemaField[] };
}
const dp = JSON.parse(read('/data/datapackage.json')) as { profile: string; name: string; resources: Resource[] };

/** A CSV file's rows as objects, as a spreadsheet or Frictionless would read it: BOM taken off, header as keys. */
function csvRows(path: string): { header: string[]; rows: Record<string, string>[]; raw: string } {
  const raw = read(`/data/${path}`);
  const records = parseCsv(raw, { bom: true, relax_column_count: false }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))), raw };
}

// The content as the one reader gives it, with the schema's defaults.
const tree = readTree();
const contentEvents = new Map(tree.events.map((e) => [e.id, e.data as unknown as Record<string, unknown>]));
const contentPlaces = new Map(tree.places.map((p) => [p.id, p.data as unknown as Record<string, unknown>]));

/** Frictionless's type check of one CSV cell. */
function cellProblem(f: SchemaField, v: string): string | undefined {
  if (v === '') return f.constraints?.required === true ? 'required, found empty' : undefined;
  if (f.type === 'integer' && !/^-?\d+$/.test(v)) return `not an integer: ${v}`;
  if (f.type === 'number' && !/^-?\d+(\.\d+)?$/.test(v)) return `not a number: ${v}`;
  if (f.type === 'boolean' && !['true', 'false'].includes(v)) return `not a boolean: ${v}`;
  if (f.type === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))) return `not a date: ${v}`;
  if (f.format === 'uri' && !URL.canParse(v)) return `not a URI: ${v}`;
  if (f.constraints?.pattern !== undefined && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v))
    return `does not match ${f.constraints.pattern}: ${v}`;
  return undefined;
}

describe('the data package validates', () => {
  // A data package, not a tabular one: it also lists each capture and TEI file (data resources with
  // their hashes, tests/build/provenance.build.ts); every table is a tabular data resource.
  it('has a data-package descriptor with named, unique resources, the tables tabular', () => {
    expect(dp.profile).toBe('data-package');
    expect(dp.name).toMatch(/^[a-z0-9._-]+$/);
    const names = dp.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const tables = dp.resources.filter((r) => r.format === 'csv' || r.format === 'json');
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const r of tables) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.encoding).toBe('utf-8');
      expect(['string', 'integer', 'number', 'boolean', 'date', 'array']).toEqual(
        expect.arrayContaining(r.schema.fields.map((f) => f.type)),
      );
      expect(r.schema.fields.map((f) => f.name)).toContain(r.schema.primaryKey);
    }
  });

  it.each(dp.resources.filter((r) => r.format === 'csv').map((r) => [r.path, r] as const))('%s: every cell fits its schema', (path, r) => {
    const { header, rows, raw } = csvRows(path);
    expect(raw.startsWith('\uFEFF'), 'UTF-8 byte order mark for spreadsheets').toBe(true);
    expect(header).toEqual(r.schema.fields.map((f) => f.name));
    const problems = rows.flatMap((row) =>
      r.schema.fields.flatMap((f) => {
        const p = cellProblem(f, row[f.name] ?? '');
        return p === undefined ? [] : [`${row[r.schema.primaryKey]}.${f.name}: ${p}`];
      }),
    );
    expect(problems).toEqual([]);
    const keys = rows.map((row) => row[r.schema.primaryKey]);
    expect(new Set(keys).size, 'primary key unique').toBe(keys.length);
  });

  it.each(dp.resources.filter((r) => r.format === 'json').map((r) => [r.path, r] as const))(
    '%s: every value fits its schema',
    (path, r) => {
      const rows = JSON.parse(read(`/data/${path}`)) as Record<string, unknown>[];
      const problems = rows.flatMap((row) =>
        r.schema.fields.flatMap((f) => {
          const v = row[f.name];
          if (f.type === 'array') return Array.isArray(v) ? [] : [`${f.name}: not an array`];
          const p = cellProblem(f, v === null || v === undefined ? '' : String(v));
          return p === undefined ? [] : [`${String(row[r.schema.primaryKey])}.${f.name}: ${p}`];
        }),
      );
      expect(problems).toEqual([]);
    },
  );
});

describe('the chronology downloads', () => {
  const events = csvRows('events.csv').rows;
  const places = csvRows('places.csv').rows;

  it('has every event, each with a start date, and an end date not before it', () => {
    expect(events.map((e) => e['id']).sort()).toEqual([...contentEvents.keys()].sort());
    for (const e of events) {
      expect(e['start'], e['id']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((e['end'] ?? '') >= (e['start'] ?? ''), e['id']).toBe(true);
      // The start agrees with the precise date: a month starts on its first day, a span on its start.
      const precise = e['date'] || e['date_from'] || '';
      expect((e['start'] ?? '').startsWith(precise), e['id']).toBe(true);
    }
    // The file is in the archive's date order, and sorting on the one column keeps that order, spans included.
    expect(
      events.some((e) => e['date'] === ''),
      'the content has spans',
    ).toBe(true);
    events.forEach((e, i) =>
      expect((e['start'] ?? '') >= (events[i - 1]?.['start'] ?? ''), `${e['id']} after ${events[i - 1]?.['id']}`).toBe(true),
    );
  });

  it('keeps each event’s notes, date note and confidences', () => {
    let noted = 0;
    for (const e of events) {
      const c = contentEvents.get(e['id'] ?? '') as { note?: string; confidence: string; when: { note?: string; confidence: string } };
      expect(e['note'], e['id']).toBe(c.note ?? '');
      expect(e['date_note'], e['id']).toBe(c.when.note ?? '');
      expect(e['confidence'], e['id']).toBe(c.confidence);
      expect(e['date_confidence'], e['id']).toBe(c.when.confidence);
      if (c.note !== undefined) noted++;
    }
    expect(noted, 'some events have notes to keep').toBeGreaterThan(0);
  });

  it('the places table joins every place id of the articles and events', () => {
    expect(places.map((p) => p['id']).sort()).toEqual([...contentPlaces.keys()].sort());
    const known = new Set(places.map((p) => p['id']));
    const split = (cell: string | undefined) => (cell ? cell.split('; ') : []);
    const used = [...events.flatMap((e) => split(e['places'])), ...csvRows('articles.csv').rows.flatMap((a) => split(a['places']))];
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !known.has(id))).toEqual([]);
    // And back: a place's events are the events that name it.
    for (const p of places)
      for (const id of split(p['events'])) expect(split(events.find((e) => e['id'] === id)?.['places'])).toContain(p['id']);
  });

  it('keeps non-ASCII text intact through the CSV', () => {
    const actors = csvRows('actors.csv').rows;
    expect(actors.find((a) => a['id'] === 'kassym-jomart-tokayev')?.['spellings']).toContain('Kasym-Žomart');
    expect(csvRows('articles.csv').rows.some((a) => /[‘’“”]/.test(a['title'] ?? ''))).toBe(true);
  });

  it('says which event sources are inferred links, not reports', () => {
    const split = (cell: string | undefined) => (cell ? cell.split('; ') : []);
    const geneva = events.find((e) => e['id'] === '2022-01-10-geneva-security-talks');
    expect(split(geneva?.['inferred_sources'])).toEqual(['kazakhstan-terrorists-to-be-shot-on-sight#p3']);
    const order = events.find((e) => e['id'] === '2022-01-07-tokayev-shoot-to-kill-order');
    expect(split(order?.['inferred_sources'])).toEqual([]);
  });

  it('cites a standfirst as "<slug>#standfirst"', () => {
    expect(events.find((e) => e['id'] === '2022-01-07-tokayev-shoot-to-kill-order')?.['sources']).toContain(
      'kazakhstan-terrorists-to-be-shot-on-sight#standfirst',
    );
  });
});
