import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { frameProjection, layoutMap, MIN_SPAN, naturalEarth, writeMapSvg, type MapPlace } from './map.ts';

const require = createRequire(import.meta.url);
const atlas = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
const background = naturalEarth(atlas('land-110m.json'), atlas('countries-110m.json'));

// Coordinates as in content/places/ (each attested there by a stored public page).
const kyiv = [30.52333, 50.45] as const;
const astana = [71.43333, 51.16667] as const;
const almaty = [76.89583, 43.2775] as const;
const petersburg = [30.30861, 59.9375] as const;
const place = (id: string, [lon, lat]: readonly [number, number], articles: number): MapPlace => ({
  id,
  name: id,
  lon,
  lat,
  articles,
  href: `/places/${id}/`,
});

describe('frameProjection', () => {
  const frame = frameProjection([kyiv, astana, almaty, petersburg], { width: 960, margin: 48 });
  const at = (p: readonly [number, number]) => frame.projection([p[0], p[1]]) as [number, number];

  test('every point lands inside the frame, within its margin', () => {
    for (const p of [kyiv, astana, almaty, petersburg]) {
      const [x, y] = at(p);
      expect(x).toBeGreaterThanOrEqual(48 - 0.5);
      expect(x).toBeLessThanOrEqual(960 - 48 + 0.5);
      expect(y).toBeGreaterThanOrEqual(48 - 0.5);
      expect(y).toBeLessThanOrEqual(frame.height - 48 + 0.5);
    }
  });
  test('the places span the width: the westernmost and easternmost touch the margins', () => {
    expect(Math.min(at(kyiv)[0], at(petersburg)[0])).toBeCloseTo(48, 0);
    expect(at(almaty)[0]).toBeCloseTo(912, 0);
  });
  test('east is right and north is up', () => {
    expect(at(almaty)[0]).toBeGreaterThan(at(kyiv)[0]);
    expect(at(almaty)[1]).toBeGreaterThan(at(astana)[1]);
    expect(at(petersburg)[1]).toBeLessThan(at(kyiv)[1]);
  });
  test('the height follows the span of latitude', () => {
    const flat = frameProjection(
      [
        [30, 50],
        [80, 52],
      ],
      { width: 960, margin: 48 },
    );
    const tall = frameProjection(
      [
        [30, 40],
        [80, 60],
      ],
      { width: 960, margin: 48 },
    );
    expect(tall.height).toBeGreaterThan(flat.height);
  });
  test('one place alone is framed on its surroundings, not infinitely close', () => {
    const one = frameProjection([almaty], { width: 960, margin: 48 });
    expect(one.box.east - one.box.west).toBe(MIN_SPAN.lon);
    expect(one.box.north - one.box.south).toBe(MIN_SPAN.lat);
    const [x, y] = one.projection([almaty[0], almaty[1]]) as [number, number];
    expect(x).toBeCloseTo(480, 0);
    expect(Number.isFinite(y) && y > 0 && y < one.height).toBe(true);
  });
  test('nothing to frame is an error', () => {
    expect(() => frameProjection([], { width: 960, margin: 48 })).toThrow(/no points/);
  });
});

describe('layoutMap', () => {
  const places = [place('kyiv', kyiv, 3), place('astana', astana, 1), place('almaty', almaty, 12), place('quiet', [50, 47], 0)];
  const layout = layoutMap(places, background);
  test('no places, no map', () => expect(layoutMap([], background)).toBeUndefined());
  test('one mark per place, largest drawn first', () => {
    expect(layout?.marks.map((m) => m.id)).toEqual(['almaty', 'kyiv', 'astana', 'quiet']);
  });
  test('a mark’s area is proportional to its articles above the smallest size', () => {
    const r = (id: string) => layout?.marks.find((m) => m.id === id)?.r ?? NaN;
    expect(r('almaty')).toBe(18);
    expect(r('quiet')).toBe(3);
    expect((r('kyiv') - 3) / (r('almaty') - 3)).toBeCloseTo(Math.sqrt(3 / 12), 1);
  });
  test('the land is drawn and clipped to the frame', () => {
    expect(layout?.land.length).toBeGreaterThan(100);
    const numbers = (layout?.land.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(960, layout?.height ?? 0));
  });
});

describe('writeMapSvg', () => {
  const places = [place('kyiv', kyiv, 3), place('a&b', almaty, 1)];
  test('each mark is a link with an accessible name, and text is escaped', () => {
    const svg = writeMapSvg(layoutMap(places, background)!, 'm');
    expect(svg).toContain('<a href="/places/kyiv/" aria-label="kyiv: named in 3 articles" data-place="kyiv">');
    expect(svg).toContain('aria-label="a&amp;b: named in 1 article"');
    expect(svg).not.toContain('a&b');
    expect(svg.match(/<a /g)).toHaveLength(2);
  });
  test('a region drawn as one point says which point', () => {
    const crimea = { ...place('crimea', [34.4, 45.3], 2), representative: 'the peninsula’s centre' };
    const svg = writeMapSvg(layoutMap([crimea], background)!, 'm');
    expect(svg).toContain('crimea: named in 2 articles (drawn at the peninsula’s centre)');
  });
  test.each([
    ['ru', 'kyiv: упоминается в 3 статьях', 'Карта мест, которые учитывает архив (с координатами — 2)', '° в. д.'],
    ['kk', 'kyiv: 3 мақалада аталады', 'Мұрағат тіркеген орындардың картасы (координаттары барлары — 2)', '° шығыс бойлық'],
  ] as const)('in %s: the marks’ names, the title and the degrees of the description', (lang, mark, title, east) => {
    const svg = writeMapSvg(layoutMap(places, background, { lang })!, 'm', lang);
    expect(svg).toContain(`aria-label="${mark}"`);
    expect(svg).toContain(`<title id="m-title">${title}</title>`);
    expect(svg).toContain(east);
  });
  test('the same input gives the same SVG', () => {
    expect(writeMapSvg(layoutMap(places, background)!, 'm')).toBe(writeMapSvg(layoutMap([...places].reverse(), background)!, 'm'));
  });
});

describe('crowded and shared points', () => {
  test('places at the same point are one circle whose label names and links each', () => {
    const donetsk = [37.80528, 48.00278] as const;
    const layout = layoutMap([place('donbas', donetsk, 5), place('donetsk', donetsk, 2), place('kyiv', kyiv, 9)], background)!;
    expect(layout.marks).toHaveLength(2);
    const svg = writeMapSvg(layout, 'm');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toMatch(/<text [^>]*><a href="\/places\/donbas\/"[^>]*data-place="donbas">donbas<\/a>, <a href="\/places\/donetsk\/"/);
    expect(svg).toContain('aria-label="donetsk: named in 2 articles, drawn at the same point as donbas"');
  });
  test('sixty places in one corner each get a label, those without room on a leader line', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => place(`p${i}`, [30 + (i % 6) * 0.05, 50 + Math.floor(i / 6) * 0.05], 60 - i));
    const layout = layoutMap([...crowd, place('almaty', almaty, 1)], background, { width: 360, margin: 28, fontSize: 11 })!;
    expect(layout.marks.every((m) => m.label !== undefined)).toBe(true);
    expect(layout.marks.some((m) => m.label?.leader !== undefined)).toBe(true);
    const svg = writeMapSvg(layout, 'm');
    expect(svg.match(/<text /g)).toHaveLength(61);
    expect(svg).toContain('class="leader"');
  });
  test('one place is drawn with its surroundings; none, no map', () => {
    expect(layoutMap([place('almaty', almaty, 1)], background)?.marks).toHaveLength(1);
    expect(layoutMap([], background)).toBeUndefined();
  });
});
