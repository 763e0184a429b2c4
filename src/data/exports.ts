/**
 * The rows of the data downloads, built from the archive. The columns are defined once in
 * src/lib/site/tables.ts; this file only fills them.
 */
import { formatDateSpec, isoBounds } from '../lib/dates/dates.ts';
import { translationPath } from '../lib/site/format.ts';
import type { Row } from '../lib/site/tables.ts';
import { paths } from '../lib/site/urls.ts';
import type { Archive, EventSource } from './archive.ts';
import { siteUrl } from './citations.ts';
import { actorColumns, articleColumns, eventColumns, placeColumns, relationRows } from './relations.ts';

/**
 * When the files were generated, as an ISO instant. SOURCE_DATE_EPOCH (the reproducible-builds
 * convention) fixes it, so two builds of the same content can be byte-identical.
 */
export function buildTime(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return (epoch === undefined ? new Date() : new Date(Number(epoch) * 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An event source's passages as "<slug>#p<n>", "<slug>#standfirst" or "<slug>#dateline", in the file's order. */
function passageIds(s: EventSource): string[] {
  return s.anchors.map((anchor) => `${s.article.slug}#${anchor}`);
}

/** The articles table's rows, one at a time. */
function* articleRows(archive: Archive): Generator<Row> {
  for (const a of archive.articles) {
    const d = a.data;
    yield {
      slug: a.slug,
      url: siteUrl(paths.article(a.slug)),
      title: d.title,
      collected_title: d.collectedTitle ?? null,
      authors: d.authors.map((x) => x.name),
      signature: d.signature ?? null,
      outlet: a.outlet.data.name,
      ...articleColumns(a),
      original_url: d.outlet.url,
      published: d.published.date ?? null,
      published_from: d.published.from ?? null,
      published_to: d.published.to ?? null,
      published_approximate: d.published.approximate,
      published_text: formatDateSpec(d.published),
      ...isoBounds(d.published),
      date_confidence: d.published.confidence,
      language_original: d.language.original,
      language_archived: d.language.archived,
      translation_path: translationPath(d.language.original, d.translations),
      collected_url: d.collected.url,
      actors: d.actors.map((r) => r.id),
      places: d.places.map((r) => r.id),
      paragraphs: a.body.paragraphs.length,
      text: a.body.paragraphs.map((p) => p.text).join('\n\n'),
    };
  }
}

/** The actors table's rows. */
function actorRows(archive: Archive): Row[] {
  return archive.actors.map((actor) => ({
    id: actor.id,
    url: siteUrl(paths.actor(actor.id)),
    name: actor.data.name,
    type: actor.data.type,
    ...actorColumns(actor),
    spellings: actor.data.spellings,
    description: actor.data.description,
    articles: actor.tagged.map((a) => a.slug),
  }));
}

/** The events table's rows. */
function eventRows(archive: Archive): Row[] {
  return archive.events.map((e) => ({
    id: e.id,
    url: siteUrl(paths.event(e.id)),
    title: e.data.title,
    date: e.data.when.date ?? null,
    date_from: e.data.when.from ?? null,
    date_to: e.data.when.to ?? null,
    approximate: e.data.when.approximate,
    date_text: e.date.text,
    start: e.date.start,
    end: e.date.end,
    date_confidence: e.data.when.confidence,
    date_note: e.data.when.note ?? null,
    confidence: e.data.confidence,
    description: e.data.description,
    note: e.data.note ?? null,
    actors: e.data.actors.map((r) => r.id),
    ...eventColumns(e),
    places: e.data.places.map((r) => r.id),
    sources: e.cited.flatMap(passageIds),
    inferred_sources: e.cited.filter((s) => s.inferred).flatMap(passageIds),
  }));
}

/** The places table's rows. */
function placeRows(archive: Archive): Row[] {
  return archive.places.map((place) => ({
    id: place.id,
    url: siteUrl(paths.place(place.id)),
    name: place.data.name,
    spellings: place.data.spellings,
    description: place.data.description,
    ...placeColumns(place),
    articles: place.tagged.map((a) => a.slug),
    events: place.events.map((e) => e.id),
  }));
}

/**
 * Rows of the named table. The articles' rows are made one at a time as they are read (each holds
 * its whole text), so a download written a row at a time (tables.ts, jsonParts) never holds them all.
 */
export function rows(archive: Archive, name: string): Iterable<Row> {
  switch (name) {
    case 'articles':
      return articleRows(archive);
    case 'actors':
      return actorRows(archive);
    case 'events':
      return eventRows(archive);
    case 'places':
      return placeRows(archive);
    default: {
      const joined = relationRows(archive, name);
      if (joined === undefined) throw new Error(`no data table "${name}"`);
      return joined;
    }
  }
}
