/**
 * The questions analysts ask (issue 27), answered from the built downloads read back with csv-parse
 * and joined only through the foreign keys datapackage.json declares, and compared with the answer
 * computed here from the content files. The expected answers are never typed in: the rule of
 * /about/method/ is restated below as a small oracle over the content, so adding an event, an
 * affiliation or an override changes both sides. Every foreign key of the package is checked too.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bounds, type DateSpec } from '../../src/lib/dates/dates.ts';
import { readTree } from '../../src/lib/testing/content.ts';
import { read } from './site-files.ts';

type Rows = Record<string, string>[];
interface Resource {
  name: string;
  path: string;
  format: string;
  schema?: { primaryKey: string; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] };
}
const dp = JSON.parse(read('/data/datapackage.json')) as { resources: Resource[] };

/** A CSV download's rows, as csv-parse reads it with the byte order mark taken off. */
function csv(table: string): Rows {
  const [header = [], ...body] = parseCsv(read(`/data/${table}.csv`), { bom: true }) as string[][];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
const list = (cell: string | undefined) => (cell ? cell.split('; ') : []);

/** The foreign key of `table`'s CSV resource on `field`: the table and column it joins, as the package declares it. */
function joinOf(table: string, field: string): { table: string; field: string } {
  const fk = dp.resources.find((r) => r.name === `${table}-csv`)?.schema?.foreignKeys?.find((k) => k.fields === field);
  if (fk === undefined) throw new Error(`datapackage.json declares no foreign key ${table}.${field}`);
  return { table: fk.reference.resource.replace(/-csv$/, ''), field: fk.reference.fields };
}

/** Rows of `table` joined to the rows their `field` names, through the declared foreign key. */
function joined(
  table: string,
  field: string,
  rows: Rows = csv(table),
): Array<{ row: Record<string, string>; other: Record<string, string> }> {
  const to = joinOf(table, field);
  const index = new Map(csv(to.table).map((r) => [r[to.field], r]));
  return rows.flatMap((row) => {
    const other = index.get(row[field] ?? '');
    return other === undefined ? [] : [{ row, other }];
  });
}

// ---- The content, and the rule restated over it ----
const tree = readTree();
const kindOf = new Map(tree.actors.map((a) => [a.id, a.data.kind]));
const affiliationsOf = new Map(tree.actors.map((a) => [a.id, a.data.affiliations]));
const overlaps = (a: { from?: string | undefined; to?: string | undefined }, when: DateSpec) =>
  (a.from === undefined || bounds({ date: a.from }).start <= bounds(when).end) &&
  (a.to === undefined || bounds({ date: a.to }).end >= bounds(when).start);
/** The states an entry involves: tagged states, and those a tagged actor acts for on its date, less overrides. */
function statesOf(actors: readonly string[], when: DateSpec, overridden: readonly string[] = []): Set<string> {
  const states = new Set(actors.filter((id) => kindOf.get(id) === 'state'));
  for (const id of actors) {
    for (const a of affiliationsOf.get(id) ?? []) {
      if (a.relation === 'acts-for' && overlaps(a, when) && !overridden.includes(a.state)) states.add(a.state);
    }
  }
  return states;
}
const eventStates = new Map(
  tree.events.map((e) => [
    e.id,
    statesOf(
      e.data.actors,
      e.data.when,
      e.data.involvement.map((o) => o.state),
    ),
  ]),
);
const within = (when: DateSpec, from: string, to: string) =>
  bounds(when).start <= bounds({ date: to }).end && bounds(when).end >= bounds({ date: from }).start;
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe('every foreign key of the data package joins', () => {
  const keyed = dp.resources.filter((r) => r.format === 'csv' && (r.schema?.foreignKeys?.length ?? 0) > 0);

  it('declares the joins the questions need', () => {
    expect(keyed.map((r) => r.name)).toEqual(
      expect.arrayContaining(['event_sources-csv', 'affiliations-csv', 'event_states-csv', 'articles-csv']),
    );
  });

  it.each(keyed.map((r) => [r.name, r] as const))('%s: every value names a row of the table it references', (_, r) => {
    const rows = csv(r.path.replace(/\.csv$/, ''));
    const missing = (r.schema?.foreignKeys ?? []).flatMap((fk) => {
      const target = dp.resources.find((x) => x.name === fk.reference.resource);
      const keys = new Set(csv((target?.path ?? '').replace(/\.csv$/, '')).map((x) => x[fk.reference.fields]));
      return rows.filter((row) => row[fk.fields] !== '' && !keys.has(row[fk.fields])).map((row) => `${fk.fields}=${row[fk.fields]}`);
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

describe('the questions, answered from the downloads', () => {
  it('all 2022 events involving Russia and Kazakhstan, explicit or derived, as CSV', () => {
    const expected = tree.events
      .filter((e) => within(e.data.when, '2022', '2022'))
      .filter((e) => eventStates.get(e.id)?.has('russia') && eventStates.get(e.id)?.has('kazakhstan'))
      .map((e) => e.id);
    const events = csv('events').filter((e) => (e['start'] ?? '') <= '2022-12-31' && (e['end'] ?? '') >= '2022-01-01');
    const answer = events
      .filter((e) => list(e['states']).includes('russia') && list(e['states']).includes('kazakhstan'))
      .map((e) => e['id'] ?? '');
    expect(sorted(answer)).toEqual(sorted(expected));
    // The same answer through event_states joined to events by its foreign key, with each basis said.
    const states = joined('event_states', 'event').filter(({ row }) => row['basis'] !== 'override');
    const through = (state: string) => new Set(states.filter(({ row }) => row['state'] === state).map(({ other }) => other['id'] ?? ''));
    const both = [...through('russia')].filter((id) => through('kazakhstan').has(id) && events.some((e) => e['id'] === id));
    expect(sorted(both)).toEqual(sorted(expected));
    // Tags alone miss events: some are involved only by derivation.
    const taggedBoth = tree.events.filter((e) => e.data.actors.includes('russia') && e.data.actors.includes('kazakhstan')).map((e) => e.id);
    expect(expected.length).toBeGreaterThanOrEqual(taggedBoth.length);
  });

  it('which outlets reported the CSTO intervention (January 2022), from the event sources joined to outlets', () => {
    const intervention = tree.events.filter((e) => e.data.actors.includes('csto') && within(e.data.when, '2022-01', '2022-01'));
    expect(intervention.length).toBeGreaterThan(0);
    const outletName = new Map(tree.outlets.map((o) => [o.id, o.data.name]));
    const slugOf = new Map(tree.articles.map((a) => [a.id, a.data]));
    const expected = intervention.flatMap((e) =>
      e.data.sources.filter((s) => !s.inferred).map((s) => outletName.get(slugOf.get(s.article)?.outlet.id ?? '') ?? ''),
    );
    const ids = new Set(intervention.map((e) => e.id));
    const reports = csv('event_sources').filter((s) => ids.has(s['event'] ?? '') && s['inferred'] === 'false');
    const answer = joined('event_sources', 'outlet', reports).map(({ other }) => other['name'] ?? '');
    expect(sorted(answer)).toEqual(sorted(expected));
    expect(answer.length).toBeGreaterThan(0);
  });

  it('Russian commentators on Kazakhstan after February 2022: people of Russia, in articles and events involving Kazakhstan', () => {
    const russians = new Set(
      tree.actors.filter((a) => a.data.kind === 'person' && a.data.affiliations.some((f) => f.state === 'russia')).map((a) => a.id),
    );
    const expected = [
      ...tree.events
        .filter((e) => bounds(e.data.when).start >= bounds({ date: '2022-03' }).start && eventStates.get(e.id)?.has('kazakhstan'))
        .flatMap((e) => e.data.actors.filter((id) => russians.has(id)).map((id) => `${id} in events/${e.id}`)),
      ...tree.articles
        .filter((a) => bounds(a.data.published).start >= bounds({ date: '2022-03' }).start)
        .filter((a) => statesOf(a.data.actors, a.data.published).has('kazakhstan'))
        .flatMap((a) => a.data.actors.filter((id) => russians.has(id)).map((id) => `${id} in articles/${a.data.slug}`)),
    ];
    // From the downloads: affiliations → actors (kind person) → event_actors / article_actors → events / articles.
    const people = new Set(
      joined('affiliations', 'actor')
        .filter(({ row, other }) => row['state'] === 'russia' && other['kind'] === 'person')
        .map(({ other }) => other['id'] ?? ''),
    );
    const inEvents = joined('event_actors', 'event')
      .filter(
        ({ row, other }) =>
          people.has(row['actor'] ?? '') && (other['start'] ?? '') >= '2022-03-01' && list(other['states']).includes('kazakhstan'),
      )
      .map(({ row, other }) => `${row['actor']} in events/${other['id']}`);
    const inArticles = joined('article_actors', 'article')
      .filter(
        ({ row, other }) =>
          people.has(row['actor'] ?? '') && (other['start'] ?? '') >= '2022-03-01' && list(other['states']).includes('kazakhstan'),
      )
      .map(({ row, other }) => `${row['actor']} in articles/${other['slug']}`);
    expect(sorted([...inEvents, ...inArticles])).toEqual(sorted(expected));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('which states an event involves only through the people and bodies it names, and through whom', () => {
    const expected = tree.events.flatMap((e) =>
      [...(eventStates.get(e.id) ?? [])].filter((s) => !e.data.actors.includes(s)).map((s) => `${e.id}: ${s}`),
    );
    const answer = joined('event_states', 'event')
      .filter(({ row }) => row['basis'] === 'derived')
      .map(({ row, other }) => `${other['id']}: ${row['state']}`);
    expect(sorted(answer)).toEqual(sorted(expected));
    // Each derivation names its actors, and each of them is an actor the event is tagged with.
    for (const { row, other } of joined('event_states', 'event').filter(({ row }) => row['basis'] === 'derived')) {
      expect(list(row['via']).length).toBeGreaterThan(0);
      for (const id of list(row['via'])) expect(list(other['actors'])).toContain(id);
    }
  });

  it('the Cyrillic name forms of everyone acting for Kazakhstan, from affiliations joined to name forms', () => {
    const actingForKazakhstan = tree.actors.filter((a) =>
      a.data.affiliations.some((f) => f.state === 'kazakhstan' && f.relation === 'acts-for'),
    );
    const expected = actingForKazakhstan.flatMap((a) => a.data.names.filter((n) => n.script === 'Cyrl').map((n) => `${a.id}: ${n.form}`));
    const ids = new Set(
      joined('affiliations', 'actor')
        .filter(({ row }) => row['state'] === 'kazakhstan' && row['relation'] === 'acts-for')
        .map(({ other }) => other['id'] ?? ''),
    );
    const answer = joined('name_forms', 'actor')
      .filter(({ row, other }) => ids.has(other['id'] ?? '') && row['script'] === 'Cyrl')
      .map(({ row, other }) => `${other['id']}: ${row['form']}`);
    expect(sorted(answer)).toEqual(sorted(expected));
    expect(answer.length).toBeGreaterThan(0);
  });
});

describe('the pages say what the downloads say', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

  it.each(csv('events').map((e) => [e['id'] ?? ''] as const))('/events/%s/ lists its states, each with its basis', (id) => {
    const html = read(`/events/${id}/index.html`);
    const shown = [...html.matchAll(/<li data-basis="(\w+)"[^>]*>(.*?)<\/li>/gs)].map((m) => `${m[1]} ${text(m[2] ?? '').trim()}`);
    const rows = csv('event_states').filter((r) => r['event'] === id);
    const name = new Map(csv('actors').map((a) => [a['id'], a['name']]));
    expect(shown).toHaveLength(rows.length);
    for (const r of rows) expect(shown.some((s) => s.startsWith(`${r['basis']} ${name.get(r['state'])} (`))).toBe(true);
  });

  it.each(tree.actors.filter((a) => a.data.affiliations.length > 0).map((a) => [a.id, a] as const))(
    '/actors/%s/ shows each affiliation with its role and source',
    (id, actor) => {
      const html = read(`/actors/${id}/index.html`);
      const section = /<section aria-labelledby="affiliations-heading".*?<\/section>/s.exec(html)?.[0] ?? '';
      for (const f of actor.data.affiliations) {
        expect(section).toContain(`href="${f.source.replaceAll('&', '&amp;')}"`);
        if (f.role !== undefined) expect(text(section)).toContain(f.role);
      }
    },
  );
});
