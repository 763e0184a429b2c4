/**
 * A table's CSV and JSON files (tables.ts defines the tables), made a row at a time and streamed.
 *
 * CSV files start with a UTF-8 byte order mark, which spreadsheets (Excel in particular) need to
 * read non-ASCII text such as “curly quotes” or Ž as UTF-8 rather than a legacy code page. The data
 * package still declares `utf-8`, the IANA name the Data Resource spec asks for: UTF-8 with a mark
 * is not a separate IANA encoding, and Frictionless readers strip the mark of a `utf-8` file.
 */
import { checkRow, LIST_SEPARATOR, type Row, type Table } from './tables.ts';

/**
 * The JSON download in pieces, a row at a time: an array of row objects, fields in the table's order,
 * as `JSON.stringify(rows, null, 2)` writes it (each row's lines indented once more inside the array;
 * JSON never has a raw line break inside a string). The articles table grows with the archive:
 * written whole, its text, its lines and its bytes would all be held at once, at the Astro build's peak.
 */
export function* jsonParts(t: Table, rows: Iterable<Row>): Generator<string> {
  let first = true;
  for (const r of rows) {
    checkRow(t, r);
    const row = JSON.stringify(Object.fromEntries(t.fields.map((f) => [f.name, r[f.name] ?? null])), null, 2);
    yield `${first ? '[\n' : ',\n'}  ${row.replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * What a spreadsheet would run as a formula: a cell beginning with =, +, -, @, a tab or a carriage
 * return (OWASP's CSV injection rule). The `text` column carries third parties' words verbatim.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Said in the data package of every text column of a CSV file (see {@link cell}). */
export const CSV_FORMULA_NOTE =
  "In the CSV file a value beginning with =, +, -, @, a tab or a carriage return is preceded by an apostrophe ('), " +
  "so that a spreadsheet shows it as text instead of running it as a formula (OWASP's rule); the JSON file has the value as it is.";

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quotation mark or a line break; a text
 * that a spreadsheet would evaluate is neutralised with a leading apostrophe (OWASP), and then quoted.
 * Hand-written because the rule is these few lines and no CSV package is a dependency here.
 */
function cell(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '';
  const raw = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  const formula = typeof value !== 'number' && FORMULA_START.test(raw);
  const text = formula ? `'${raw}` : raw;
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The byte order mark a CSV file starts with (see the module comment). */
export const CSV_BOM = '\uFEFF';

/**
 * The CSV download in pieces, a line at a time (see jsonParts): a byte order mark, a header row, then
 * one line per row, CRLF line ends as RFC 4180 asks.
 */
export function* csvParts(t: Table, rows: Iterable<Row>): Generator<string> {
  yield `${CSV_BOM}${t.fields.map((f) => f.name).join(',')}\r\n`;
  for (const r of rows) {
    checkRow(t, r);
    yield `${t.fields.map((f) => cell(r[f.name])).join(',')}\r\n`;
  }
}

/**
 * Pieces of text as a stream of UTF-8 bytes, for a Response: the pieces are made as the stream is
 * read, so a large download is never one string. Many small pieces go out together, 64 KB at a time.
 */
export function textStream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = parts[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      let batch = '';
      for (let next = it.next(); ; next = it.next()) {
        if (next.done) {
          if (batch !== '') controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
        if (batch.length >= 65_536) break;
      }
      controller.enqueue(encoder.encode(batch));
    },
  });
}
