/**
 * Who each event and article involves, once per build (src/lib/involvement/involvement.ts), and the
 * rows of the downloads that join (src/lib/exports/relation-tables.ts) with the columns issue 27 adds
 * to the first four tables (src/lib/exports/columns.ts). Pages and downloads read the same answers.
 */
import {
  type ActorFacts,
  actorRegistry,
  articleInvolving,
  eventInvolving,
  involvementOf,
  type StateInvolvement,
  statesOf,
} from '../lib/involvement/involvement.ts';
import type { Row } from '../lib/site/tables.ts';
import type { Actor, Archive, ArchiveEvent, Article, Place } from './archive.ts';
import { eventSources } from './event-sources.ts';

export interface Involvements {
  readonly registry: ReadonlyMap<string, ActorFacts>;
  /** Each event's states, explicit, derived and overridden (statesOf). */
  readonly events: ReadonlyMap<string, readonly StateInvolvement[]>;
  /** Each article's states at its date. */
  readonly articles: ReadonlyMap<string, readonly StateInvolvement[]>;
}

const cache = new WeakMap<Archive, Involvements>();

/** Every event's and article's states, computed once per archive. */
export function involvements(archive: Archive): Involvements {
  const hit = cache.get(archive);
  if (hit !== undefined) return hit;
  const registry = actorRegistry(archive.actors);
  const built = {
    registry,
    events: new Map(archive.events.map((e) => [e.id, statesOf(involvementOf(eventInvolving(e), registry))])),
    articles: new Map(archive.articles.map((a) => [a.id, statesOf(involvementOf(articleInvolving(a), registry))])),
  };
  cache.set(archive, built);
  return built;
}

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

export function actorColumns(archive: Archive, actor: Actor): Row {
  const events = archive.events.filter((e) => e.data.actors.some((r) => r.id === actor.id)).map((e) => e.id);
  return {
    kind: actor.data.kind,
    states: [...new Set(actor.data.affiliations.map((a) => a.state))],
    roles: [...new Set(actor.data.affiliations.flatMap((a) => (a.role === undefined ? [] : [a.role])))],
    events,
  };
}

export function eventColumns(archive: Archive, e: ArchiveEvent): Row {
  const outlets = e.data.sources.flatMap((s) => {
    const id = archive.articleById.get(s.article.id)?.data.outlet.id.id;
    return id === undefined ? [] : [id];
  });
  return { ...stateColumns(involvements(archive).events.get(e.id) ?? [], true), outlets: [...new Set(outlets)] };
}

export function articleColumns(archive: Archive, a: Article): Row {
  return { outlet_id: a.data.outlet.id.id, ...stateColumns(involvements(archive).articles.get(a.id) ?? [], false) };
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
    const reported = new Map(eventSources(archive, e).map((s) => [s.article.id, s]));
    for (const s of e.data.sources) {
      const article = archive.articleById.get(s.article.id);
      if (article === undefined) continue;
      const passages = reported.get(article.id)?.passages ?? [];
      for (const anchor of [...s.parts, ...s.paragraphs.map((n) => `p${n}`)]) {
        const sentences = passages.find((p) => p.anchor === anchor)?.sentences ?? [];
        yield {
          id: `${e.id}/${article.slug}#${anchor}`,
          event: e.id,
          article: article.slug,
          outlet: article.data.outlet.id.id,
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
  const all = involvements(archive)[what === 'event' ? 'events' : 'articles'];
  const entries =
    what === 'event' ? archive.events.map((e) => ({ id: e.id, key: e.id })) : archive.articles.map((a) => ({ id: a.id, key: a.slug }));
  for (const { id, key } of entries) {
    for (const s of all.get(id) ?? []) {
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
