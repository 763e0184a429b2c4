import { describe, expect, it } from 'vitest';
import { dataPackage } from './data-package.ts';
import { csvParts, jsonParts, textStream } from './table-files.ts';
import { checkRow, type Row, table, TABLES } from './tables.ts';

/** A download's text as the page sends it: its pieces streamed as UTF-8 (a byte order mark kept). */
const sent = async (parts: Iterable<string>) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(textStream(parts)).arrayBuffer());

const actor: Row = {
  id: 'x',
  url: 'https://a/actors/x/',
  name: 'Ann, "the" one',
  type: 'person',
  kind: 'person',
  spellings: ['A', 'B'],
  description: 'Line one\nline two',
  articles: [],
};

describe('tables', () => {
  it('writes RFC 4180 CSV after a UTF-8 byte order mark: quotes doubled, lists joined, CRLF line ends', async () => {
    const csv = await sent(csvParts(table('actors'), [actor]));
    expect(csv).toBe(
      '\uFEFFid,url,name,type,kind,states,roles,spellings,description,articles,events\r\n' +
        'x,https://a/actors/x/,"Ann, ""the"" one",person,person,,,A; B,"Line one\nline two",,\r\n',
    );
  });
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+7 (727) 123', `"'+7 (727) 123"`],
    ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\tTab first', `"'\tTab first"`],
    ['\rReturn first', `"'\rReturn first"`],
    ['A = B, safe', '"A = B, safe"'],
  ])('neutralises a cell a spreadsheet would evaluate (OWASP): %j', async (name, cell) => {
    const csv = await sent(csvParts(table('actors'), [{ ...actor, name, spellings: [], description: 'd' }]));
    expect(csv.split('\r\n')[1]).toBe(`x,https://a/actors/x/,${cell},person,person,,,,d,,`);
    const json = JSON.parse(await sent(jsonParts(table('actors'), [{ ...actor, name }]))) as Record<string, unknown>[];
    expect(json[0]?.['name']).toBe(name);
  });
  it('says so in the description of every CSV text column, and not in JSON', () => {
    const dp = dataPackage({ name: 'n', title: 't', homepage: 'h', created: '2024-01-01T00:00:00Z' }) as {
      resources: { path: string; schema: { fields: { name: string; description: string }[] } }[];
    };
    const fields = (path: string) => dp.resources.find((r) => r.path === path)?.schema.fields ?? [];
    const note = /preceded by an apostrophe.*OWASP/;
    expect(fields('articles.csv').find((f) => f.name === 'text')?.description).toMatch(note);
    expect(fields('actors.csv').find((f) => f.name === 'name')?.description).toMatch(note);
    expect(fields('articles.json').find((f) => f.name === 'text')?.description).not.toMatch(note);
    expect(fields('articles.csv').find((f) => f.name === 'published')?.description).not.toMatch(note);
  });
  it('keeps lists as arrays in JSON, in the declared field order', async () => {
    const json = JSON.parse(await sent(jsonParts(table('actors'), [actor]))) as Record<string, unknown>[];
    expect(Object.keys(json[0] ?? {})).toEqual(table('actors').fields.map((f) => f.name));
    expect(json[0]?.['spellings']).toEqual(['A', 'B']);
  });
  it.each([
    ['no row', []],
    ['one row', [actor]],
    ['three rows, their lists empty and not', [actor, { ...actor, id: 'y', spellings: [] }, { ...actor, id: 'z', articles: ['a', 'b'] }]],
  ])('writes JSON a row at a time exactly as JSON.stringify(rows, null, 2) writes it whole: %s', async (_, rows) => {
    const whole = `${JSON.stringify(
      rows.map((r) => Object.fromEntries(table('actors').fields.map((f) => [f.name, r[f.name] ?? null]))),
      null,
      2,
    )}\n`;
    expect([...jsonParts(table('actors'), rows)].join('')).toBe(whole);
    expect(await sent(jsonParts(table('actors'), rows))).toBe(whole);
  });
  it('streams pieces of text as UTF-8 bytes, in batches, losing nothing', async () => {
    const parts = ['a', 'é'.repeat(70_000), '€', '', 'z'];
    const bytes = new Uint8Array(await new Response(textStream(parts)).arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(parts.join(''));
    expect(new Uint8Array(await new Response(textStream([])).arrayBuffer())).toHaveLength(0);
  });
  it('refuses a row that does not fit, naming the table, field and row', () => {
    expect(() => checkRow(table('actors'), { ...actor, name: null })).toThrow('actors.name (row x): required');
    expect(() => checkRow(table('actors'), { ...actor, extra: 'y' })).toThrow('unexpected field "extra"');
    const event: Row = {
      id: 'e',
      url: 'u',
      title: 't',
      date: '2022-06-1',
      date_from: null,
      date_to: null,
      approximate: false,
      date_text: 'd',
      start: '2022-06-01',
      end: '2022-06-30',
      date_confidence: 'confirmed',
      date_note: null,
      confidence: 'confirmed',
      description: 'd',
      note: 'n',
      actors: [],
      places: [],
      sources: ['a#p1'],
    };
    expect(() => checkRow(table('events'), event)).toThrow('expected a partial ISO date');
    expect(() => checkRow(table('events'), { ...event, date: '2022-06' })).not.toThrow();
    expect(() => checkRow(table('events'), { ...event, date: '2022-06', start: '2022-06' })).toThrow(
      'events.start (row e): expected a date as YYYY-MM-DD',
    );
    expect(() => checkRow(table('events'), { ...event, date: '2022-06', end: null })).toThrow('events.end (row e): required');
  });
  it('describes every file of every table in the data package, lists typed per format', () => {
    const dp = dataPackage({ name: 'n', title: 't', homepage: 'h', created: '2024-01-01T00:00:00Z' }) as {
      resources: { path: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    expect(dp.resources.map((r) => r.path).sort()).toEqual(TABLES.flatMap((t) => [`${t.name}.csv`, `${t.name}.json`]).sort());
    const spellings = (path: string) => dp.resources.find((r) => r.path === path)?.schema.fields.find((f) => f.name === 'spellings')?.type;
    expect(spellings('actors.json')).toBe('array');
    expect(spellings('actors.csv')).toBe('string');
    const start = dp.resources.find((r) => r.path === 'events.csv')?.schema.fields.find((f) => f.name === 'start');
    expect(start?.type).toBe('date');
  });
});
