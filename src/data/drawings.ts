/**
 * The map of places, the network of actors and each entry's companions ("Appears most with"),
 * computed once per build from the mention index in `indexes.ts`. Pages call `loadDrawings()` and
 * render; the rules live in `src/lib/drawings/`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { registryKey } from '../lib/content/mentions.ts';
import { chooseNetwork, companions, pairsAmong, type NetworkChoice } from '../lib/drawings/cooccurrence.ts';
import { layoutMap, naturalEarth, writeMapSvg, type MapPlace } from '../lib/drawings/map.ts';
import { layoutNetwork, writeNetworkSvg } from '../lib/drawings/network.ts';
import { counted } from '../lib/drawings/svg.ts';
import { type Editorial, editorial } from '../lib/i18n/editorial.ts';
import type { Lang } from '../lib/i18n/langs.ts';
import { nameIn } from '../lib/i18n/names.ts';
import { linkIn } from '../lib/i18n/page-languages.ts';
import { translate } from '../lib/i18n/translate.ts';
import { href, paths } from '../lib/site/urls.ts';
import type { Place } from './archive.ts';
import { loadIndexes, type Indexes } from './indexes.ts';

/** The network's limits, stated on /actors/ with the drawing. */
export const NETWORK_LIMITS = { maxNodes: 60, maxEdges: 150 } as const;
/**
 * The drawings laid out for a phone (src/components/Drawing.astro shows them up to 40rem): the width
 * of a 360 px screen less the page's margins, so they fit without scrolling, with labels that stay
 * readable at that size.
 */
const NARROW_MAP = { width: 340, margin: 26, fontSize: 11, minRadius: 3, maxRadius: 11 } as const;
const NARROW_NETWORK = { width: 340, maxHeight: 900, fontSize: 10, maxRadius: 10, fill: true } as const;
/** How many companions an actor's or place's page lists in each group. */
export const COMPANIONS = 10;
/** How many pairs the table under the network lists. */
export const PAIRS_TABLE = 30;

export interface PlaceRow {
  readonly id: string;
  /** The name in the drawings' language (src/lib/i18n/names.ts), and the language it is in. */
  readonly name: string;
  readonly nameLang: string;
  /** For a region drawn at one point: what the point is, in the drawings' language or the nearest (editorial). */
  readonly point: Editorial | undefined;
  readonly articles: number;
  readonly events: number;
  readonly coordinates: Place['data']['coordinates'];
}

export interface Companion {
  readonly id: string;
  readonly name: string;
  /** The language of `name` (src/lib/i18n/names.ts). */
  readonly nameLang: string;
  readonly paragraphs: number;
}

export interface Drawings {
  /** The map as SVG, or undefined when no place has coordinates, and laid out anew for a phone's width. */
  readonly mapSvg: string | undefined;
  readonly mapSvgNarrow: string | undefined;
  /** Every place, named in most articles first. */
  readonly places: readonly PlaceRow[];
  readonly networkSvg: string | undefined;
  readonly networkSvgNarrow: string | undefined;
  readonly network: NetworkChoice;
  /** The strongest pairs of actors, for the table under the network. */
  readonly pairs: ReadonlyArray<{ readonly a: Companion; readonly b: Companion; readonly paragraphs: number }>;
  /** Entry → its companions among actors and among places. */
  companionsOf(collection: 'actors' | 'places', id: string): { actors: readonly Companion[]; places: readonly Companion[] };
}

const cached = new Map<Lang, Promise<Drawings>>();

/** Builds the drawings once per build and language (their names and words are in it); every page shares the result. */
export function loadDrawings(lang: Lang = 'en'): Promise<Drawings> {
  let found = cached.get(lang);
  if (found === undefined) {
    found = loadIndexes().then((views) => build(views, lang));
    cached.set(lang, found);
  }
  return found;
}

/** Natural Earth 1:50m, from the `world-atlas` package (resolved from the project root, where the build runs). */
function readAtlas(file: string): Topology {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

/** An actor's or a place's name by its id, in the drawings' language. */
type NameOf = (collection: 'actors' | 'places', id: string) => { text: string; lang: string };

/** The map of places: every place with its counts, and those with coordinates drawn at both widths. */
function mapOf(views: Indexes, base: string, lang: Lang): Pick<Drawings, 'mapSvg' | 'mapSvgNarrow' | 'places'> {
  const places: PlaceRow[] = views.archive.places
    .map((p) => {
      const name = nameIn(p.data, lang);
      const c = p.data.coordinates;
      const point = c?.representative === undefined ? undefined : editorial(c.representative, p.data.translations, 'representative', lang);
      return {
        id: p.id,
        name: name.text,
        nameLang: name.lang,
        point,
        articles: p.mentions.length,
        events: p.events.length,
        coordinates: c,
      };
    })
    // Ties by the English name, so that every language lists and draws the places in one order.
    .sort((a, b) => b.articles - a.articles || englishName(views, a.id).localeCompare(englishName(views, b.id)));
  const drawn: MapPlace[] = places.flatMap(({ id, name, articles, coordinates: c, point }) =>
    c ? [{ id, name, articles, lat: c.lat, lon: c.lon, representative: point?.text, href: href(base, linkIn(paths.place(id), lang)) }] : [],
  );
  const background = () => naturalEarth(readAtlas('land-50m.json'), readAtlas('countries-50m.json'));
  const atlas = drawn.length > 0 ? background() : undefined;
  const map = atlas ? layoutMap(drawn, atlas, { lang }) : undefined;
  const mapNarrow = atlas ? layoutMap(drawn, atlas, { ...NARROW_MAP, lang }) : undefined;
  return {
    mapSvg: map ? writeMapSvg(map, 'map', lang) : undefined,
    mapSvgNarrow: mapNarrow ? writeMapSvg(mapNarrow, 'map-narrow', lang) : undefined,
    places,
  };
}

const englishName = (views: Indexes, placeId: string) => views.archive.placeById.get(placeId)?.data.name ?? placeId;

const isActor = (key: string) => key.startsWith('actors/');
const actorId = (key: string) => key.slice('actors/'.length);

/** The network of actors named together, drawn at both widths when it has any. */
function networkOf(
  views: Indexes,
  base: string,
  nameOf: NameOf,
  allPairs: ReturnType<typeof pairsAmong>,
  lang: Lang,
): Pick<Drawings, 'network' | 'networkSvg' | 'networkSvgNarrow'> {
  const articleCounts = new Map(views.archive.actors.map((a) => [registryKey('actors', a.id), a.mentions.length]));
  const network = chooseNetwork(articleCounts, allPairs, NETWORK_LIMITS);
  if (network.nodes.length === 0) return { network, networkSvg: undefined, networkSvgNarrow: undefined };
  const nodes = network.nodes.map(({ key, articles }) => {
    const id = actorId(key);
    return { key, articles, name: nameOf('actors', id).text, href: href(base, linkIn(paths.actor(id), lang)) };
  });
  const strongest = network.edges[0];
  const actors = counted(lang, 'actors.ofActors', network.nodes.length);
  const text = {
    title: translate(lang, 'network.title', { actors }),
    description:
      translate(lang, 'network.description', { actors, lines: counted(lang, 'network.lines', network.edges.length) }) +
      (strongest
        ? translate(lang, 'network.strongest', {
            a: nameOf('actors', actorId(strongest.a)).text,
            b: nameOf('actors', actorId(strongest.b)).text,
            paragraphs: counted(lang, 'network.paragraphs', strongest.paragraphs),
          })
        : '') +
      translate(lang, 'network.table'),
  };
  return {
    network,
    networkSvg: writeNetworkSvg(layoutNetwork(nodes, network.edges), 'network', text, lang),
    networkSvgNarrow: writeNetworkSvg(layoutNetwork(nodes, network.edges, NARROW_NETWORK), 'network-narrow', text, lang),
  };
}

function build(views: Indexes, lang: Lang): Drawings {
  const { archive } = views;
  const base = import.meta.env.BASE_URL;
  const nameOf: NameOf = (collection, id) => {
    const entry = collection === 'actors' ? archive.actorById.get(id) : archive.placeById.get(id);
    return entry === undefined ? { text: id, lang: 'en' } : nameIn(entry.data, lang);
  };
  const map = mapOf(views, base, lang);
  const allPairs = pairsAmong(views.mentions.beside, isActor);
  const network = networkOf(views, base, nameOf, allPairs, lang);
  const companion = (collection: 'actors' | 'places', c: { id: string; paragraphs: number }): Companion => {
    const name = nameOf(collection, c.id);
    return { id: c.id, name: name.text, nameLang: name.lang, paragraphs: c.paragraphs };
  };
  const pairs = allPairs.slice(0, PAIRS_TABLE).map((p) => ({
    a: companion('actors', { id: actorId(p.a), paragraphs: p.paragraphs }),
    b: companion('actors', { id: actorId(p.b), paragraphs: p.paragraphs }),
    paragraphs: p.paragraphs,
  }));

  const companionCache = new Map<string, { actors: Companion[]; places: Companion[] }>();
  return {
    ...map,
    ...network,
    pairs,
    companionsOf(collection, id) {
      const key = registryKey(collection, id);
      let found = companionCache.get(key);
      if (!found) {
        found = {
          actors: companions(views.mentions.beside, key, 'actors', COMPANIONS).map((c) => companion('actors', c)),
          places: companions(views.mentions.beside, key, 'places', COMPANIONS).map((c) => companion('places', c)),
        };
        companionCache.set(key, found);
      }
      return found;
    },
  };
}
