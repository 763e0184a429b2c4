/**
 * The rows of the downloads that join (src/lib/exports/relation-tables.ts) and the columns issue 27
 * adds to the first four tables (src/lib/exports/columns.ts), read from the entries' views: who each
 * event and article involves, an event's sources and outlets, an actor's events, as the pages show them.
 */
import type { StateInvolvement } from '../lib/involvement/involvement.ts';
import type { Row } from '../lib/site/tables.ts';
import type { Actor, Archive, ArchiveEvent, Article, Place } from './archive.ts';

const statesWith = (states: readonly StateInvolvement[], ...bases: string[]) =>
  states.filter((s) => bases.includes(s.basis)).map((s) => s.state);

/** The involved states of an event or article as columns: all involved, explicit, derived (and overridden, for events). */
function stateColumns(states: readonly StateInvolvement[], overridden: boolean): Row {
  return {
    states: statesWith(states, 'explicit', 'derived'),
    states_explicit: statesWith(states, 'explicit'),
    states_derived: statesWith(states, 'derived'),
    ...(overridden ? { states_overridden: statesWith(states, 'override') } : {}),
  };
}

export function actorColumns(actor: Actor): Row {
  return {
    kind: actor.data.kind,
    states: actor.states,
    roles: [...new Set(actor.data.affiliations.flatMap((a) => (a.role === undefined ? [] : [a.role])))],
    events: actor.events.map((e) => e.id),
  };
}

export function eventColumns(e: ArchiveEvent): Row {
  return { ...stateColumns(e.states, true), outlets: e.outlets.map((o) => o.id) };
}

export function articleColumns(a: Article): Row {
  return { outlet_id: a.outlet.id, ...stateColumns(a.states, false) };
}

export function placeColumns(place: Place): Row {
  const c = place.data.coordinates;
  return {
    lat: c?.lat ?? null,
    lon: c?.lon ?? null,
    coordinates_representative: c?.representative ?? null,
    coordinates_source: c?.source ?? null,
    coordinates_checked_note: c?.checked.note ?? null,
  };
}

const checkedOf = (c: { date: string; basis: string; note: string }) => ({
  checked_date: c.date,
  checked_basis: c.basis,
  checked_note: c.note,
});

function* nameFormRows(archive: Archive): Generator<Row> {
  const entries = [
    ...archive.actors.map((a) => ({ collection: 'actors', id: a.id, names: a.data.names })),
    ...archive.places.map((p) => ({ collection: 'places', id: p.id, names: p.data.names })),
  ];
  for (const e of entries) {
    for (const [i, n] of e.names.entries()) {
      yield {
        id: `${e.collection}/${e.id}/${i + 1}`,
        entry: `${e.collection}/${e.id}`,
        actor: e.collection === 'actors' ? e.id : null,
        place: e.collection === 'places' ? e.id : null,
        form: n.form,
        kind: n.kind,
        script: n.script,
        language: n.language,
        system: n.system,
        source: n.source,
        ...checkedOf(n.checked),
      };
    }
  }
}

function* eventSourceRows(archive: Archive): Generator<Row> {
  for (const e of archive.events) {
    for (const s of e.cited) {
      const { article } = s;
      for (const { anchor, sentences } of s.passages) {
        yield {
          id: `${e.id}/${article.slug}#${anchor}`,
          event: e.id,
          article: article.slug,
          outlet: article.outlet.id,
          published: article.data.published.date ?? null,
          anchor,
          paragraph: anchor.startsWith('p') ? Number(anchor.slice(1)) : null,
          part: anchor.startsWith('p') ? null : anchor,
          sentence: sentences.length > 0 ? sentences.join(' ') : null,
          inferred: s.inferred,
          note: s.note ?? null,
          ...checkedOf(s.checked),
        };
      }
    }
  }
}

function* stateRows(archive: Archive, what: 'event' | 'article'): Generator<Row> {
  const entries =
    what === 'event'
      ? archive.events.map((e) => ({ states: e.states, key: e.id }))
      : archive.articles.map((a) => ({ states: a.states, key: a.slug }));
  for (const { states, key } of entries) {
    for (const s of states) {
      const row: Row = { id: `${key}/${s.state}`, [what]: key, state: s.state, basis: s.basis, via: s.via };
      yield what === 'event' ? { ...row, why: s.why ?? null } : row;
    }
  }
}

/** The rows of a table of ../lib/exports/relation-tables.ts, or undefined for another name. */
export function relationRows(archive: Archive, name: string): Iterable<Row> | undefined {
  switch (name) {
    case 'outlets':
      return archive.outlets.map((o) => ({
        id: o.id,
        name: o.data.name,
        url: o.data.url,
        kind: o.data.kind,
        description: o.data.description,
        articles: archive.articles.filter((a) => a.data.outlet.id.id === o.id).map((a) => a.slug),
      }));
    case 'name_forms':
      return nameFormRows(archive);
    case 'event_sources':
      return eventSourceRows(archive);
    case 'affiliations':
      return archive.actors.flatMap((a) =>
        a.data.affiliations.map((f, i) => ({
          id: `${a.id}/${i + 1}`,
          actor: a.id,
          state: f.state,
          relation: f.relation,
          role: f.role ?? null,
          from: f.from ?? null,
          to: f.to ?? null,
          source: f.source,
          ...checkedOf(f.checked),
        })),
      );
    case 'event_actors':
      return archive.events.flatMap((e) =>
        [...new Set(e.data.actors.map((r) => r.id))].map((actor) => ({ id: `${e.id}/${actor}`, event: e.id, actor })),
      );
    case 'article_actors':
      return archive.articles.flatMap((a) =>
        [...new Set(a.data.actors.map((r) => r.id))].map((actor) => ({ id: `${a.slug}/${actor}`, article: a.slug, actor })),
      );
    case 'event_states':
      return stateRows(archive, 'event');
    case 'article_states':
      return stateRows(archive, 'article');
    default:
      return undefined;
  }
}
