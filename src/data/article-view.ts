/**
 * The one place an article's view is assembled: its outlets and translators, the actors and places
 * it is tagged with and who it involves resolved once, the registry's names in each block matched
 * once, and where it stands in its capture as the reader located it.
 */
import type { CollectionEntry } from 'astro:content';
import { bodyOf, captureOf, type StoredBody } from '../lib/content/bodies.ts';
import type { ParagraphBlock } from '../lib/content/body.ts';
import type { Matcher } from '../lib/content/registry.ts';
import { type ActorFacts, articleInvolving, involvementOf, statesOf } from '../lib/involvement/involvement.ts';
import type { ActorView, Article, Outlet, PlaceView } from './view-types.ts';

/** What an article's view is resolved against, each built once per build. */
export interface ArticleResolving {
  readonly bodies: ReadonlyMap<string, StoredBody>;
  /** The bodies file, for messages. */
  readonly file: string;
  readonly outletById: ReadonlyMap<string, Outlet>;
  readonly actorById: ReadonlyMap<string, ActorView>;
  readonly placeById: ReadonlyMap<string, PlaceView>;
  readonly registry: ReadonlyMap<string, ActorFacts>;
  readonly matcher: Matcher;
}

/** The one place an article's view is assembled. */
export function articleView({ id, filePath, data: { bodyKey, ...data } }: CollectionEntry<'articles'>, r: ArticleResolving): Article {
  const blocks = bodyOf(r.bodies, id, bodyKey, r.file);
  // The content loader checked every reference, so an entry that is not there is a bug of the build.
  const resolve = <T>(map: ReadonlyMap<string, T>, what: string, ref: string): T => {
    const found = map.get(ref);
    if (found === undefined) throw new Error(`article "${id}": no ${what} "${ref}" in the collection the loader checked`);
    return found;
  };
  const outlet = resolve(r.outletById, 'outlet', data.outlet.id.id);
  const collectedFrom = data.collected.outlet === null ? undefined : resolve(r.outletById, 'outlet', data.collected.outlet.id);
  const translators = data.translations.map((t) => (t.by === null ? undefined : resolve(r.outletById, 'outlet', t.by.id)));
  const actors = data.actors.map((ref) => resolve(r.actorById, 'actor', ref.id));
  const places = data.places.map((ref) => resolve(r.placeById, 'place', ref.id));
  const involvement = involvementOf(articleInvolving({ data }), r.registry);
  return {
    id,
    slug: data.slug,
    file: filePath ?? `content/articles/${id}.mdx`,
    data,
    body: { blocks, paragraphs: blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph') },
    outlet,
    collectedFrom,
    translators,
    mentions: blocks.map((b) => r.matcher(b.text)),
    capture: captureOf(r.bodies, id, r.file),
    actors,
    places,
    involvement,
    states: statesOf(involvement),
    citedBy: [],
  };
}
