/**
 * The reader's fourth stage: the rules that span entries, over the validated tree. Ids that exist,
 * unique slugs and paragraphs that exist (`integrity.ts`); one spelling per registry entry across
 * actors and places, which share one matcher (`registry-checks.ts`); no source on a ruled-out host
 * (`ruled-out.ts`); the editions' corrections naming fields that exist (`publication.ts`); moved pages
 * (`tree-files.ts`); who acts for whom: registered states, overrides the rule allows
 * (`src/lib/involvement/check.ts`).
 */
import path from 'node:path';
import { affiliationProblems, overrideProblems } from '../involvement/check.ts';
import { checkIntegrity, type Problem } from './integrity.ts';
import { type Located, locate, type Path } from './located.ts';
import type { Citable } from './parse.ts';
import { correctionProblems, type Publication } from './publication.ts';
import { type LocatedEntry, registryProblems } from './registry-checks.ts';
import { RULED_OUT_FILE, type RuledOutHost, ruledOutProblems } from './ruled-out.ts';
import { searchForms } from './spellings.ts';
import { redirectsOf } from './tree-files.ts';
import type { ActorData, ArticleEntry, Entry, EventData, PlaceData } from './validate.ts';

/** An actor or place with the line of each name it claims, for the registry's checks. */
function registryEntry(collection: 'actors' | 'places', e: Entry<ActorData | PlaceData>, at: Located | undefined): LocatedEntry {
  const lineOf = (p: Path) => (at === undefined ? undefined : locate(at, p).line);
  // The attested forms in other scripts (`names`) are spellings too: search connects them all.
  return {
    id: `${collection}/${e.id}`,
    file: e.file,
    name: e.data.name,
    spellings: searchForms(e.data),
    lines: [
      lineOf(['name']),
      ...e.data.spellings.map((_, i) => lineOf(['spellings', i])),
      ...e.data.names.map((_, i) => lineOf(['names', i, 'form'])),
    ],
    fields: ['name', ...e.data.spellings.map((_, i) => `spellings[${i}]`), ...e.data.names.map((_, i) => `names[${i}].form`)],
  };
}

/** A file's web addresses on ruled-out hosts (every collection but the articles), found from its data as stored. */
export function ruledOutOf(
  f: { collection: string; file: string; data: unknown },
  hosts: readonly RuledOutHost[],
  display: string,
): Problem[] {
  if (f.collection === 'articles' || f.data === undefined) return [];
  return ruledOutProblems(f.file, f.data, hosts, path.join(display, RULED_OUT_FILE));
}

export interface CrossCheckInput {
  readonly root: string;
  readonly display: string;
  readonly citable: readonly Citable[];
  readonly articles: readonly ArticleEntry[];
  readonly actors: readonly Entry<ActorData>[];
  readonly places: readonly Entry<PlaceData>[];
  readonly events: readonly Entry<EventData>[];
  readonly publication: Publication;
  /** Each entry's data as stored, by `<collection>/<id>` (an article also by its slug). */
  readonly stored: ReadonlyMap<string, unknown>;
  readonly positions: (file: string) => Located | undefined;
}

/** The cross-entry problems, by the rule that found them. */
export function crossCheck(input: CrossCheckInput): { corrections: Problem[]; entries: Problem[]; moved: Problem[] } {
  const publishedOf = new Map(input.articles.map((a) => [a.id, a.data.published]));
  const integrity = checkIntegrity({
    articles: input.citable.map((a) => ({ ...a, published: publishedOf.get(a.id) })),
    events: input.events.map((e) => ({ id: e.id, file: e.file, when: e.data.when, sources: e.data.sources })),
  });
  const registry = [
    ...input.actors.map((e) => registryEntry('actors', e, input.positions(e.file))),
    ...input.places.map((e) => registryEntry('places', e, input.positions(e.file))),
  ];
  return {
    corrections: correctionProblems(input.publication, (entry) => input.stored.get(entry)),
    entries: [
      ...integrity,
      ...registryProblems(registry),
      ...affiliationProblems(input.actors),
      ...overrideProblems(input.events, input.actors),
    ],
    moved: redirectsOf(input.root, input.display).problems,
  };
}
