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
 * The files are written by table-files.ts and described by data-package.ts.
 */

import { ACTOR_COLUMNS, INVOLVED_STATES, PLACE_COLUMNS } from '../exports/columns.ts';
import { RELATION_TABLES } from '../exports/relation-tables.ts';
import type { Field, Row, Table } from './table-shape.ts';

export type { Field, Row, Table } from './table-shape.ts';

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
/** How a list column's items are joined in a CSV cell. */
export const LIST_SEPARATOR = '; ';

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

/** The tables the archive publishes; those that join (outlets, name forms, event sources…) are in ../exports/relation-tables.ts. */
export const TABLES: readonly Table[] = [
  {
    name: 'articles',
    title: 'Articles',
    description: 'Every archived article: its metadata as first published, its provenance, and its archived text.',
    primaryKey: 'slug',
    foreignKeys: [{ field: 'outlet_id', table: 'outlets', tableField: 'id' }],
    fields: [
      { name: 'slug', type: 'string', required: true, description: 'Fixed identifier; the page is /articles/<slug>/.' },
      { name: 'url', type: 'string', format: 'uri', required: true, description: 'The article page in this archive.' },
      { name: 'title', type: 'string', required: true, description: 'Title as first published.' },
      { name: 'collected_title', type: 'string', description: 'Title the collected copy carries, when it differs.' },
      { name: 'authors', type: 'string', list: true, description: 'Authors’ names; empty for an unsigned piece.' },
      { name: 'signature', type: 'string', description: 'Sign-off of an unsigned piece.' },
      { name: 'outlet', type: 'string', required: true, description: 'Outlet that first published the piece.' },
      { name: 'outlet_id', type: 'string', required: true, description: 'Its id in outlets.' },
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
      ...INVOLVED_STATES('article'),
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
      ...ACTOR_COLUMNS,
      { name: 'spellings', type: 'string', list: true, description: 'Other spellings the texts use.' },
      { name: 'description', type: 'string', required: true, description: 'One-line description.' },
      { name: 'articles', type: 'string', list: true, description: 'Slugs of the articles that discuss the actor.' },
      { name: 'events', type: 'string', list: true, description: 'Ids of the events tagged with the actor.' },
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
      ...INVOLVED_STATES('event'),
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
      {
        name: 'outlets',
        type: 'string',
        list: true,
        description: 'Ids of the outlets of its source articles (see outlets and event_sources).',
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
      ...PLACE_COLUMNS,
      { name: 'articles', type: 'string', list: true, description: 'Slugs of the articles tagged with the place.' },
      { name: 'events', type: 'string', list: true, description: 'Ids of the events that involve the place.' },
    ],
  },
  ...RELATION_TABLES,
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
          : f.type === 'number'
            ? typeof item === 'number' && Number.isFinite(item)
            : f.type === 'date'
              ? typeof item === 'string' && FULL_DATE.test(item)
              : typeof item === (f.type === 'boolean' ? 'boolean' : 'string');
      if (!ok) throw new Error(`${where}: expected ${f.type === 'date' ? 'a date as YYYY-MM-DD' : f.type}, found ${JSON.stringify(item)}`);
      if (f.pattern !== undefined && !new RegExp(f.pattern).test(String(item)))
        throw new Error(`${where}: expected a partial ISO date, found ${JSON.stringify(item)}`);
    }
  }
}
