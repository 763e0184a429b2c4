/**
 * The map of places on /places/, drawn at build time as static SVG.
 *
 * - Framing: a conic equal-area projection centred on the places, its standard parallels at a sixth
 *   and five sixths of their span of latitude, scaled so that the places fill the width less a
 *   margin (the westernmost and easternmost touch it); the height follows. A span smaller than
 *   {@link MIN_SPAN} is widened around its centre, so one place alone still shows its surroundings.
 * - Background: Natural Earth's land and country borders (the `world-atlas` package, read
 *   by `src/data/drawings.ts`), clipped to the frame, coordinates rounded to a tenth of a unit.
 * - Marks: one circle per point, its area proportional to the number of articles that name the
 *   place; each is a link to the place's page, named for assistive technology by the place and its
 *   count. Places drawn at the same point (a region at its capital, and the capital) share one
 *   circle whose label names each, each name a link. Larger circles are drawn first so smaller
 *   ones stay on top.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Lang } from '../i18n/langs.ts';
import { translate } from '../i18n/translate.ts';
import { counted, escapeXml, joinAnd, labelText, linkedCircle, num, placeLabels, svgOpen, type LabelPlacement } from './svg.ts';

/** A place to draw. */
export interface MapPlace {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Articles that name it; sets the mark's size. */
  readonly articles: number;
  /** The link to its page, base path included. */
  readonly href: string;
  /** For a region drawn as one point: what the point is. */
  readonly representative?: string | undefined;
}

/** The smallest span drawn, in degrees of longitude and latitude. */
export const MIN_SPAN = { lon: 12, lat: 8 } as const;

export interface FrameOptions {
  readonly width: number;
  /** Space kept clear around the places, in SVG units, for the marks and their labels. */
  readonly margin: number;
}

export interface Frame {
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
  /** The longitude and latitude box that was framed (after widening). */
  readonly box: { readonly west: number; readonly east: number; readonly south: number; readonly north: number };
}

/**
 * Frames a projection on points given as [longitude, latitude]. Throws when there is nothing to
 * frame: the caller draws no map then.
 */
export function frameProjection(points: ReadonlyArray<readonly [number, number]>, options: FrameOptions): Frame {
  if (points.length === 0) throw new Error('frameProjection: no points to frame');
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  if (east - west < MIN_SPAN.lon) [west, east] = [(west + east) / 2 - MIN_SPAN.lon / 2, (west + east) / 2 + MIN_SPAN.lon / 2];
  if (north - south < MIN_SPAN.lat) [south, north] = [(south + north) / 2 - MIN_SPAN.lat / 2, (south + north) / 2 + MIN_SPAN.lat / 2];
  south = Math.max(-89, south);
  north = Math.min(89, north);
  const span = north - south;
  const projection = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0])
    .center([0, (south + north) / 2]);
  // Fit the places themselves; when the box was widened, its edges too (sampled, as a conic
  // projection curves the parallels).
  const outline: MultiPoint = { type: 'MultiPoint', coordinates: points.map((p) => [p[0], p[1]]) };
  if (east - west > Math.max(...lons) - Math.min(...lons) || north - south > Math.max(...lats) - Math.min(...lats)) {
    for (let i = 0; i <= 8; i++) {
      const lon = west + ((east - west) * i) / 8;
      const lat = south + ((north - south) * i) / 8;
      outline.coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
    }
  }
  const { width, margin } = options;
  projection.fitWidth(width - 2 * margin, outline);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(outline);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + margin + (width - 2 * margin - (x1 - x0)) / 2, ty - y0 + margin]);
  const height = Math.ceil(y1 - y0 + 2 * margin);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height, box: { west, east, south, north } };
}

/** Natural Earth's land and the borders between countries, as GeoJSON, from `world-atlas`'s TopoJSON files. */
export function naturalEarth(land: Topology, countries: Topology): { land: Feature | FeatureCollection; borders: MultiLineString } {
  const landObject = land.objects['land'] as GeometryCollection | undefined;
  const countryObject = countries.objects['countries'] as GeometryCollection | undefined;
  if (!landObject || !countryObject) throw new Error('world-atlas: expected the objects "land" and "countries" in its TopoJSON files');
  return {
    land: feature(land, landObject) as Feature | FeatureCollection,
    borders: mesh(countries, countryObject, (a, b) => a !== b),
  };
}

export interface MapMark extends MapPlace {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly label: LabelPlacement | undefined;
  /** The other places drawn at the same point, named in the same label. */
  readonly also: readonly MapPlace[];
}

/** The places in groups that share a point (to about ten metres), each group named in most articles first. */
export function samePoint(places: readonly MapPlace[]): MapPlace[][] {
  const groups = new Map<string, MapPlace[]>();
  for (const p of places) {
    const key = `${p.lat.toFixed(4)},${p.lon.toFixed(4)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)));
}

/** The label of a mark: its place's name, and those of the places drawn at the same point. */
function markText(m: { name: string; also: readonly MapPlace[] }): string {
  return [m.name, ...m.also.map((a) => a.name)].join(', ');
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** SVG path data of the land and of the borders between countries, clipped to the frame. */
  readonly land: string;
  readonly borders: string;
  /** In drawing order: largest first. */
  readonly marks: readonly MapMark[];
  readonly title: string;
  readonly description: string;
}

export interface MapOptions {
  readonly width?: number;
  readonly margin?: number;
  readonly minRadius?: number;
  readonly maxRadius?: number;
  readonly fontSize?: number;
  /** The language of the title and description (the places' names and points come in it); English when not given. */
  readonly lang?: Lang;
}

/** Lays out the map of `places` over Natural Earth's `land` and `borders`; `undefined` when no place has coordinates. */
export function layoutMap(
  places: readonly MapPlace[],
  background: { land: GeoPermissibleObjects; borders: GeoPermissibleObjects },
  options: MapOptions = {},
): MapLayout | undefined {
  if (places.length === 0) return undefined;
  const { width = 960, margin = 48, minRadius = 3, maxRadius = 18, fontSize = 13, lang = 'en' } = options;
  const frame = frameProjection(
    places.map((p) => [p.lon, p.lat] as const),
    { width, margin },
  );
  const path = geoPath(frame.projection).digits(1);
  const most = Math.max(0, ...places.map((p) => p.articles));
  const sized = samePoint(places)
    .map(([p, ...also]) => {
      const first = p as MapPlace;
      const [x, y] = frame.projection([first.lon, first.lat]) ?? [NaN, NaN];
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        throw new Error(`place "${first.id}": its coordinates (${first.lat}, ${first.lon}) fall outside the framed map`);
      }
      // The radius grows with the square root of the count, so the area (above the smallest mark) follows the count.
      const r = most === 0 ? minRadius : minRadius + (maxRadius - minRadius) * Math.sqrt(first.articles / most);
      return { ...first, also, x: round(x), y: round(y), r: round(r) };
    })
    .sort((a, b) => b.r - a.r || a.id.localeCompare(b.id));
  // Labels go to the places named most first.
  const byImportance = [...sized].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
  const labels = placeLabels(
    byImportance.map((m) => ({ x: m.x, y: m.y, r: m.r, text: markText(m) })),
    frame,
    fontSize,
  );
  const labelOf = new Map(byImportance.map((m, i) => [m.id, labels[i]]));
  const marks: MapMark[] = sized.map((m) => ({ ...m, label: labelOf.get(m.id) }));
  const top = byImportance[0];
  const { west, east, south, north } = frame.box;
  return {
    width: frame.width,
    height: frame.height,
    land: path(background.land) ?? '',
    borders: path(background.borders) ?? '',
    marks,
    title: translate(lang, 'map.title', { n: places.length }),
    description:
      translate(lang, 'map.description', {
        west: degrees(lang, west, 'map.east', 'map.west'),
        east: degrees(lang, east, 'map.east', 'map.west'),
        south: degrees(lang, south, 'map.north', 'map.south'),
        north: degrees(lang, north, 'map.north', 'map.south'),
      }) +
      (top && top.articles > 0
        ? translate(lang, 'map.largest', { name: top.name, articles: counted(lang, 'drawings.inArticles', top.articles) })
        : translate(lang, 'map.end')) +
      translate(lang, 'map.list'),
  };
}

/** Writes the map as an SVG element; `id` prefixes the ids of its title and description. */
export function writeMapSvg(layout: MapLayout, id: string, lang: Lang = 'en'): string {
  const named = (m: MapPlace, others: readonly MapPlace[]) =>
    translate(lang, 'map.place', { name: m.name, articles: counted(lang, 'drawings.inArticles', m.articles) }) +
    (m.representative ? translate(lang, 'map.drawnAt', { point: m.representative }) : '') +
    (others.length > 0
      ? translate(lang, 'map.samePoint', {
          others: joinAnd(
            lang,
            others.map((o) => o.name),
          ),
        })
      : '');
  const marks = layout.marks.map((m) => {
    if (m.also.length === 0) return linkedCircle({ ...m, name: named(m, []), data: ['place', m.id], text: m.name });
    // One circle for the places at this point; its label names each, each name a link to its page.
    const all = [m, ...m.also];
    const links = all.map((p) => {
      const name = escapeXml(
        named(
          p,
          all.filter((o) => o !== p),
        ),
      );
      // No <title> inside <text>: it would be read as part of the label's text.
      return `<a href="${escapeXml(p.href)}" aria-label="${name}" data-place="${escapeXml(p.id)}">${escapeXml(p.name)}</a>`;
    });
    const label = m.label ? labelText(m.label, '\u0000').replace('\u0000', links.join(', ')) : links.join(', ');
    return `<g class="shared-point"><circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(m.r)}"/>${label}</g>`;
  });
  return [
    svgOpen('map', layout, id, layout),
    `<rect class="map-sea" width="${layout.width}" height="${layout.height}"/>`,
    `<path class="map-land" d="${layout.land}"/>`,
    `<path class="map-borders" d="${layout.borders}"/>`,
    `<g class="map-marks">${marks.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

function degrees(lang: Lang, value: number, positive: 'map.north' | 'map.east', negative: 'map.south' | 'map.west'): string {
  return translate(lang, value >= 0 ? positive : negative, { n: Math.abs(Math.round(value)) });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
