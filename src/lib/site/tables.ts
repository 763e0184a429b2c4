/**
 * The archive's data downloads: each table is defined once here (its columns, their types and
 * meanings), and the CSV file, the JSON file and the Frictionless `datapackage.json` are all made
 * from that one definition, so the description can never drift from the files.
 *
 * In JSON a list column is an array; in CSV it is one cell with the items separated by "; ".
 * Partial dates are strings in the archive's ISO form ("2022", "2022-06", "2022-06-17"), never
 * widened into a full date: the Table Schema `date` type would demand a day. Beside them, each
 * dated row has `start` and `end` (Table Schema `date`): the earliest and latest day the date may
 * fall on, so that one column sorts every row in time, spans and months included; they bound the
 * date and claim no day.
 *
 * CSV files start with a UTF-8 byte order mark, which spreadsheets (Excel in particular) need to
 * read non-ASCII text such as “curly quotes” or Ž as UTF-8 rather than a legacy code page. The data
 * package still declares `utf-8`, the IANA name the Data Resource spec asks for: UTF-8 with a mark
 * is not a separate IANA encoding, and Frictionless readers strip the mark of a `utf-8` file.
 */

/** A column: its name, Table Schema type, whether it holds a list, and what it means. */
export interface Field {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'boolean' | 'date';
  readonly list?: boolean;
  readonly format?: 'uri';
  /** A regular expression the CSV value matches (Table Schema `constraints.pattern`). */
  readonly pattern?: string;
  readonly required?: boolean;
  readonly description: string;
}

export interface Table {
  /** File stem and resource name: `articles` gives articles.json and articles.csv. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly primaryKey: string;
  readonly fields: readonly Field[];
}

/** One row: a value per field, a list as an array, absent values as null. */
export type Row = Record<string, string | number | boolean | null | readonly string[]>;

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const LIST_SEPARATOR = '; ';

const date = (name: string, description: string, required = false): Field => ({
  name,
  type: 'string',
  pattern: PARTIAL_DATE,
  required,
  description,
});
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The two sortable bounds of a dated row (see the module comment). */
const bounds = (what: string): Field[] => [
  {
    name: 'start',
    type: 'date',
    required: true,
    description:
      `Earliest day the ${what} may fall on (YYYY-MM-DD), for sorting and filtering; ` +
      "a date known only to the month gives the month's first day. The precise date is in the columns before it.",
  },
  {
    name: 'end',
    type: 'date',
    required: true,
    description:
      `Latest day the ${what} may fall on (YYYY-MM-DD): the end of a span, the last day of a month or year; ` +
      'the same as start for an exact day.',
  },
];

/** The tables the archive publishes. */
export const TABLES: readonly Table[] = [
  {
    name: 'articles',
    title: 'Articles',
    description: 'Every archived article: its metadata as first published, its provenance, and its archived text.',
    primaryKey: 'slug',
    fields: [
      { name: 'slug', type: 'string', required: true, description: 'Fixed identifier; the page is /articles/<slug>/.' },
      { name: 'url', type: 'string', format: 'uri', required: true, description: 'The article page in this archive.' },
      { name: 'title', type: 'string', required: true, description: 'Title as first published.' },
      { name: 'collected_title', type: 'string', description: 'Title the collected copy carries, when it differs.' },
      { name: 'authors', type: 'string', list: true, description: 'Authors’ names; empty for an unsigned piece.' },
      { name: 'signature', type: 'string', description: 'Sign-off of an unsigned piece.' },
      { name: 'outlet', type: 'string', required: true, description: 'Outlet that first published the piece.' },
      { name: 'original_url', type: 'string', format: 'uri', description: 'Address of the original; empty when it was not found.' },
      date('published', 'Publication date, for a single date, at its known precision.'),
      date('published_from', 'Start of the publication span, when only a span is known.'),
      date('published_to', 'End of the publication span.'),
      { name: 'published_approximate', type: 'boolean', required: true, description: 'True when the date or span is approximate.' },
      {
        name: 'published_text',
        type: 'string',
        required: true,
        description: 'The date as readers see it, e.g. "June–July 2022, approximate".',
      },
      ...bounds('publication'),
      { name: 'date_confidence', type: 'string', required: true, description: 'confirmed, inferred or unknown.' },
      { name: 'language_original', type: 'string', required: true, description: 'ISO 639 code of the original.' },
      { name: 'language_archived', type: 'string', required: true, description: 'ISO 639 code of the archived text.' },
      {
        name: 'translation_path',
        type: 'string',
        required: true,
        description: 'Languages the text passed through, e.g. "Arabic → Russian → English".',
      },
      { name: 'collected_url', type: 'string', format: 'uri', description: 'Address of the copy the archive collected.' },
      { name: 'actors', type: 'string', list: true, description: 'Ids of the actors the text discusses (see actors).' },
      { name: 'places', type: 'string', list: true, description: 'Ids of the places the text names.' },
      { name: 'paragraphs', type: 'integer', required: true, description: 'Number of paragraphs; paragraph n is at /articles/<slug>/#pn.' },
      { name: 'text', type: 'string', required: true, description: 'The archived text, paragraphs separated by a blank line.' },
    ],
  },
  {
    name: 'actors',
    title: 'Actors',
    description: 'People, states, organisations and media that the texts discuss.',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'Fixed identifier; the page is /actors/<id>/.' },
      { name: 'url', type: 'string', format: 'uri', required: true, description: 'The actor’s page in this archive.' },
      { name: 'name', type: 'string', required: true, description: 'Canonical name.' },
      { name: 'type', type: 'string', required: true, description: 'person, state, organisation or media.' },
      { name: 'spellings', type: 'string', list: true, description: 'Other spellings the texts use.' },
      { name: 'description', type: 'string', required: true, description: 'One-line description.' },
      { name: 'articles', type: 'string', list: true, description: 'Slugs of the articles that discuss the actor.' },
    ],
  },
  {
    name: 'events',
    title: 'Events',
    description: 'Dated events the texts report or rely on, with the paragraphs that do.',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'Fixed identifier; the page is /events/<id>/.' },
      { name: 'url', type: 'string', format: 'uri', required: true, description: 'The event’s page in this archive.' },
      { name: 'title', type: 'string', required: true, description: 'Short title.' },
      date('date', 'Date of a single-date event, at its known precision.'),
      date('date_from', 'Start of an event that spans dates.'),
      date('date_to', 'End of an event that spans dates.'),
      { name: 'approximate', type: 'boolean', required: true, description: 'True when the date is approximate.' },
      { name: 'date_text', type: 'string', required: true, description: 'The date as readers see it.' },
      ...bounds('event'),
      { name: 'date_confidence', type: 'string', required: true, description: 'Confidence in the date: confirmed, inferred or unknown.' },
      { name: 'date_note', type: 'string', description: 'How the date was established, when noted.' },
      {
        name: 'confidence',
        type: 'string',
        required: true,
        description: 'Confidence that the event happened as described: confirmed, inferred or unknown.',
      },
      { name: 'description', type: 'string', required: true, description: 'Short editorial description.' },
      { name: 'note', type: 'string', description: 'Editorial note on the event, when there is one.' },
      { name: 'actors', type: 'string', list: true, description: 'Ids of the actors involved (see actors).' },
      { name: 'places', type: 'string', list: true, description: 'Ids of the places involved (see places).' },
      {
        name: 'sources',
        type: 'string',
        list: true,
        description: 'Passages that report the event, as "<slug>#p<n>" (a paragraph), "<slug>#standfirst" or "<slug>#dateline".',
      },
      {
        name: 'inferred_sources',
        type: 'string',
        list: true,
        description:
          'The passages of `sources` that do not report the event but refer to it, anticipate it or let it be inferred: ' +
          "the link is the editor's inference, and the event's page says what each passage says of it.",
      },
    ],
  },
  {
    name: 'places',
    title: 'Places',
    description: 'Places the texts name, with every spelling they use; the place ids in articles and events are ids of this table.',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'Fixed identifier; the page is /places/<id>/.' },
      { name: 'url', type: 'string', format: 'uri', required: true, description: 'The place’s page in this archive.' },
      { name: 'name', type: 'string', required: true, description: 'Canonical name.' },
      { name: 'spellings', type: 'string', list: true, description: 'Other spellings the texts use.' },
      { name: 'description', type: 'string', required: true, description: 'One-line description.' },
      { name: 'articles', type: 'string', list: true, description: 'Slugs of the articles tagged with the place.' },
      { name: 'events', type: 'string', list: true, description: 'Ids of the events that involve the place.' },
    ],
  },
];

/** Looks a table up by name; an unknown name is a programming error. */
export function table(name: string): Table {
  const t = TABLES.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no data table "${name}"; expected one of ${TABLES.map((x) => x.name).join(', ')}`);
  return t;
}

/** Checks that a row has exactly the table's fields, each of the declared type. */
export function checkRow(t: Table, row: Row): void {
  const names = new Set(t.fields.map((f) => f.name));
  for (const key of Object.keys(row)) if (!names.has(key)) throw new Error(`${t.name}: unexpected field "${key}"`);
  for (const f of t.fields) {
    const v = row[f.name];
    const where = `${t.name}.${f.name} (row ${String(row[t.primaryKey])})`;
    if (v === null || v === undefined) {
      if (f.required === true) throw new Error(`${where}: required, found nothing`);
      continue;
    }
    const items = f.list === true ? (Array.isArray(v) ? v : null) : [v];
    if (items === null) throw new Error(`${where}: expected a list`);
    for (const item of items) {
      const ok =
        f.type === 'integer'
          ? Number.isInteger(item)
          : f.type === 'date'
            ? typeof item === 'string' && FULL_DATE.test(item)
            : typeof item === (f.type === 'boolean' ? 'boolean' : 'string');
      if (!ok) throw new Error(`${where}: expected ${f.type === 'date' ? 'a date as YYYY-MM-DD' : f.type}, found ${JSON.stringify(item)}`);
      if (f.pattern !== undefined && !new RegExp(f.pattern).test(String(item)))
        throw new Error(`${where}: expected a partial ISO date, found ${JSON.stringify(item)}`);
    }
  }
}

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

/** The Table Schema of a table, for one format: a list is an array in JSON and a string in CSV. */
function tableSchema(t: Table, format: 'csv' | 'json') {
  return {
    primaryKey: t.primaryKey,
    fields: t.fields.map((f) => {
      const constraints = {
        ...(f.required === true ? { required: true } : {}),
        ...(f.pattern !== undefined && f.list !== true ? { pattern: f.pattern } : {}),
      };
      const listed = f.list === true && format === 'csv' ? `${f.description} Items separated by "${LIST_SEPARATOR}".` : f.description;
      // Dates and URLs never begin with a formula character; every other text column may.
      const text = format === 'csv' && f.type === 'string' && f.pattern === undefined && f.format !== 'uri';
      const description = text ? `${listed} ${CSV_FORMULA_NOTE}` : listed;
      return {
        name: f.name,
        type: f.list === true && format === 'json' ? 'array' : f.type,
        ...(f.format !== undefined ? { format: f.format } : {}),
        description,
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      };
    }),
  };
}

/**
 * A file of the archive listed in the data package beside the tables: a raw capture or a TEI
 * document. `path` is its absolute URL (Frictionless forbids `../` in a relative path, and these
 * files live under /articles/, not /data/); `hash` is "sha256:<hex>", the Data Resource
 * specification's `{algorithm}:{hash}` form (a bare hash would be read as MD5).
 */
export interface FileResource {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly format: string;
  readonly mediatype: string;
  readonly bytes: number;
  /** 64 lower-case hexadecimal digits. */
  readonly sha256: string;
}

/**
 * The Frictionless Data Package descriptor. The tables' paths are relative to datapackage.json,
 * so they stay valid wherever the site is served (at the root or under a base path). With files
 * (captures, TEI) the package is a general `data-package`: its tabular profile would require every
 * resource to be a table.
 */
export function dataPackage(
  info: { name: string; title: string; homepage: string; created: string },
  files: readonly FileResource[] = [],
): Record<string, unknown> {
  return {
    profile: files.length > 0 ? 'data-package' : 'tabular-data-package',
    name: info.name,
    title: info.title,
    homepage: info.homepage,
    created: info.created,
    resources: TABLES.flatMap((t) =>
      (['csv', 'json'] as const).map((format) => ({
        profile: 'tabular-data-resource',
        name: `${t.name}-${format}`,
        path: `${t.name}.${format}`,
        title: `${t.title} (${format.toUpperCase()})`,
        description: t.description,
        format,
        mediatype: format === 'csv' ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        schema: tableSchema(t, format),
      })),
    ).concat(
      files.map(
        (f) =>
          ({
            profile: 'data-resource',
            name: f.name,
            path: f.path,
            title: f.title,
            description: f.description,
            format: f.format,
            mediatype: f.mediatype,
            encoding: 'utf-8',
            bytes: f.bytes,
            hash: `sha256:${f.sha256}`,
          }) as never,
      ),
    ),
  };
}
