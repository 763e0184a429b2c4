/**
 * The downloads that join: outlets, name forms, event sources, affiliations, and who each event and
 * article involves, each one row per fact with a one-column key and foreign keys to the tables they
 * join, so that a join needs no splitting of list cells and no guessing. Defined here, written by the
 * same code as every other table (`../site/tables.ts`).
 */
import type { Field, Table } from '../site/table-shape.ts';

const key = (description: string): Field => ({ name: 'id', type: 'string', required: true, description });
const ref = (name: string, table: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  required,
  description: `${description} (${table === 'articles' ? 'slug' : 'id'} in ${table}).`,
});
const basisField: Field = {
  name: 'basis',
  type: 'string',
  required: true,
  description:
    'explicit: the state is tagged; derived: a tagged person or body acts for it on the date (the rule on /about/method/); ' +
    'override: it would be derived, but an editor says it is not involved (see why).',
};
const viaField: Field = {
  name: 'via',
  type: 'string',
  list: true,
  description:
    'Ids of the tagged actors that act for the state on the date (see actors); empty for a state tagged and acting through no one.',
};
const checkedFields: Field[] = [
  { name: 'checked_date', type: 'date', required: true, description: 'Day the source was read (YYYY-MM-DD).' },
  { name: 'checked_basis', type: 'string', required: true, description: 'page: the stored page was read; knowledge: nothing was.' },
  { name: 'checked_note', type: 'string', required: true, description: 'What the page says, or what was compared.' },
];

export const RELATION_TABLES: readonly Table[] = [
  {
    name: 'outlets',
    title: 'Outlets',
    description: 'The outlets that published, translated or republished the pieces.',
    primaryKey: 'id',
    fields: [
      {
        name: 'id',
        type: 'string',
        required: true,
        description: 'Fixed identifier, as articles.outlet_id and event_sources.outlet give it.',
      },
      { name: 'name', type: 'string', required: true, description: 'The outlet’s name.' },
      { name: 'url', type: 'string', format: 'uri', description: 'Its site; empty when unknown.' },
      {
        name: 'kind',
        type: 'string',
        required: true,
        description: 'blog, news agency, newsletter, newspaper, republisher or translation service.',
      },
      { name: 'description', type: 'string', required: true, description: 'One-line description.' },
      { name: 'articles', type: 'string', list: true, description: 'Slugs of the articles it first published (see articles).' },
    ],
  },
  {
    name: 'name_forms',
    title: 'Name forms',
    description: 'Every attested form of an actor’s or place’s name in another script or transliteration, one row per form.',
    primaryKey: 'id',
    foreignKeys: [
      { field: 'actor', table: 'actors', tableField: 'id' },
      { field: 'place', table: 'places', tableField: 'id' },
    ],
    fields: [
      key('"<actors|places>/<entry id>/<n>": the entry and the form’s place in its list, from 1.'),
      { name: 'entry', type: 'string', required: true, description: 'The entry the form names: "actors/<id>" or "places/<id>".' },
      ref('actor', 'actors', 'The actor, for a form of an actor’s name; empty for a place', false),
      ref('place', 'places', 'The place, for a form of a place’s name; empty for an actor', false),
      { name: 'form', type: 'string', required: true, description: 'The form as the attesting page writes it.' },
      {
        name: 'kind',
        type: 'string',
        required: true,
        description: 'name: a way of writing the name; title: a title the entity is known by.',
      },
      { name: 'script', type: 'string', required: true, description: 'ISO 15924 script: Cyrl or Latn.' },
      { name: 'language', type: 'string', required: true, description: 'ISO 639 code of the language it is a form in.' },
      { name: 'system', type: 'string', required: true, description: 'The writing system or transliteration it follows.' },
      { name: 'source', type: 'string', format: 'uri', required: true, description: 'The stored public page that attests it.' },
      ...checkedFields,
    ],
  },
  {
    name: 'event_sources',
    title: 'Event sources',
    description:
      'One row per passage an event cites: the event, the article, its outlet, the paragraph or part, and its reporting sentence.',
    primaryKey: 'id',
    foreignKeys: [
      { field: 'event', table: 'events', tableField: 'id' },
      { field: 'article', table: 'articles', tableField: 'slug' },
      { field: 'outlet', table: 'outlets', tableField: 'id' },
    ],
    fields: [
      key('"<event id>/<article slug>#<anchor>".'),
      ref('event', 'events', 'The event'),
      ref('article', 'articles', 'The article that reports or refers to it'),
      ref('outlet', 'outlets', 'The outlet that first published the article'),
      {
        name: 'published',
        type: 'string',
        pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
        description: 'The article’s date, at its known precision.',
      },
      {
        name: 'anchor',
        type: 'string',
        required: true,
        description: 'The passage’s anchor in the article page: p<n>, standfirst or dateline.',
      },
      { name: 'paragraph', type: 'integer', description: 'The paragraph’s number; empty for a part outside the paragraphs.' },
      { name: 'part', type: 'string', description: 'standfirst or dateline, for a part outside the paragraphs; empty for a paragraph.' },
      {
        name: 'sentence',
        type: 'string',
        description: 'The sentence(s) of the passage that report the event, as the event page shows them, separated by a space.',
      },
      {
        name: 'inferred',
        type: 'boolean',
        required: true,
        description: 'True when the passage does not report the event but refers to it, anticipates it or lets it be inferred.',
      },
      { name: 'note', type: 'string', description: 'What the passage says of the event, for an inferred link.' },
      ...checkedFields,
    ],
  },
  {
    name: 'affiliations',
    title: 'Affiliations',
    description: 'The states the actors act for, belong to or serve, with their roles and dates, each attested by a stored page.',
    primaryKey: 'id',
    foreignKeys: [
      { field: 'actor', table: 'actors', tableField: 'id' },
      { field: 'state', table: 'actors', tableField: 'id' },
    ],
    fields: [
      key('"<actor id>/<n>": the actor and the affiliation’s place in its list, from 1.'),
      ref('actor', 'actors', 'The person or body'),
      ref('state', 'actors', 'The state, an actor whose kind is state'),
      {
        name: 'relation',
        type: 'string',
        required: true,
        description:
          'acts-for (holds its office or speaks as its body: events involve the state), belongs-to, or serves (an outlet’s audience).',
      },
      { name: 'role', type: 'string', description: 'The role held, as the attesting page gives it.' },
      {
        name: 'from',
        type: 'string',
        pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
        description: 'First day it held, at its known precision; empty when the page gives none.',
      },
      {
        name: 'to',
        type: 'string',
        pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
        description: 'Last day it held; empty when the page gives none.',
      },
      { name: 'source', type: 'string', format: 'uri', required: true, description: 'The stored public page that attests it.' },
      ...checkedFields,
    ],
  },
  {
    name: 'event_actors',
    title: 'Event actors',
    description: 'The actors each event is tagged with, one row per event and actor: the explicit involvement.',
    primaryKey: 'id',
    foreignKeys: [
      { field: 'event', table: 'events', tableField: 'id' },
      { field: 'actor', table: 'actors', tableField: 'id' },
    ],
    fields: [key('"<event id>/<actor id>".'), ref('event', 'events', 'The event'), ref('actor', 'actors', 'The actor it is tagged with')],
  },
  {
    name: 'event_states',
    title: 'Event states',
    description:
      'The states each event involves, explicit or derived, and the derivations an editor overrode, one row per event and state.',
    primaryKey: 'id',
    foreignKeys: [
      { field: 'event', table: 'events', tableField: 'id' },
      { field: 'state', table: 'actors', tableField: 'id' },
    ],
    fields: [
      key('"<event id>/<state id>".'),
      ref('event', 'events', 'The event'),
      ref('state', 'actors', 'The state'),
      basisField,
      viaField,
      { name: 'why', type: 'string', description: 'The editor’s reason, for an override.' },
    ],
  },
  {
    name: 'article_actors',
    title: 'Article actors',
    description: 'The actors each article discusses (its tags), one row per article and actor.',
    primaryKey: 'id',
    foreignKeys: [
      { field: 'article', table: 'articles', tableField: 'slug' },
      { field: 'actor', table: 'actors', tableField: 'id' },
    ],
    fields: [
      key('"<article slug>/<actor id>".'),
      ref('article', 'articles', 'The article'),
      ref('actor', 'actors', 'The actor it discusses'),
    ],
  },
  {
    name: 'article_states',
    title: 'Article states',
    description:
      'The states each article involves at its date: explicit (a state it discusses) ' +
      'or derived (through the people and bodies it discusses).',
    primaryKey: 'id',
    foreignKeys: [
      { field: 'article', table: 'articles', tableField: 'slug' },
      { field: 'state', table: 'actors', tableField: 'id' },
    ],
    fields: [
      key('"<article slug>/<state id>".'),
      ref('article', 'articles', 'The article'),
      ref('state', 'actors', 'The state'),
      basisField,
      viaField,
    ],
  },
];
