import { describe, expect, test } from 'vitest';
import { layoutNetwork, writeNetworkSvg, type NetworkEdge, type NetworkNode } from './network.ts';

const node = (key: string, articles: number): NetworkNode => ({ key, name: `Actor ${key}`, articles, href: `/actors/${key}/` });
const nodes = [node('putin', 40), node('tokayev', 30), node('lukashenko', 12), node('csto', 9), node('nato', 3), node('alone', 2)];
const edges: NetworkEdge[] = [
  { a: 'putin', b: 'tokayev', paragraphs: 25 },
  { a: 'putin', b: 'lukashenko', paragraphs: 10 },
  { a: 'csto', b: 'tokayev', paragraphs: 8 },
  { a: 'nato', b: 'putin', paragraphs: 1 },
];
const text = { title: 'Network', description: 'Who appears with whom' };
const svg = () => writeNetworkSvg(layoutNetwork(nodes, edges), 'n', text);

describe('layoutNetwork', () => {
  test('the same input gives the same SVG, byte for byte', () => {
    expect(svg()).toBe(svg());
  });
  test('every node is inside the drawing', () => {
    const l = layoutNetwork(nodes, edges);
    for (const n of l.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(l.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(l.height);
    }
  });
  test('the strongest pair sits closer than a weak one', () => {
    const l = layoutNetwork(nodes, edges);
    const at = (k: string) => l.nodes.find((n) => n.key === k)!;
    const dist = (p: string, q: string) => Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
    expect(dist('putin', 'tokayev')).toBeLessThan(dist('putin', 'nato'));
  });
  test('more articles, a larger node; more shared paragraphs, a wider link', () => {
    const l = layoutNetwork(nodes, edges);
    expect(l.nodes[0]!.r).toBeGreaterThan(l.nodes[4]!.r);
    expect(l.edges[0]!.width).toBeGreaterThan(l.edges[3]!.width);
  });
  test('a link to an unknown node is an error', () => {
    expect(() => layoutNetwork(nodes, [{ a: 'putin', b: 'ghost', paragraphs: 1 }])).toThrow(/"ghost", which is not a node/);
  });
  test('no nodes, an empty drawing', () => {
    expect(layoutNetwork([], []).nodes).toEqual([]);
  });
});

describe('writeNetworkSvg', () => {
  test('each node is a link to the actor page with an accessible name', () => {
    const s = svg();
    expect(s.match(/<a /g)).toHaveLength(nodes.length);
    const putin = 'Actor putin: named in 40 articles, in the same paragraph as 3 other actors drawn here';
    expect(s).toContain(`<a href="/actors/putin/" aria-label="${putin}" data-actor="putin"><title>${putin}</title>`);
    expect(s).toContain('aria-label="Actor alone: named in 2 articles, in the same paragraph as 0 other actors drawn here"');
  });
  test.each([
    ['ru', 'Actor putin: упоминается в 40 статьях; в одном абзаце с 3 другими участниками на схеме'],
    ['kk', 'Actor putin: 40 мақалада аталады, сызбадағы басқа 3 қатысушымен бір абзацта'],
  ] as const)('in %s, each node’s accessible name', (lang, putin) => {
    expect(writeNetworkSvg(layoutNetwork(nodes, edges), 'n', text, lang)).toContain(`aria-label="${putin}"`);
  });
  test('one line per link', () => {
    expect(svg().match(/<line /g)).toHaveLength(edges.length);
  });
});

describe('labels', () => {
  test('every node has a label inside the drawing, on a phone’s width too', () => {
    const many = Array.from({ length: 41 }, (_, i) => node(`n${i}`, 41 - i));
    const links = many.slice(1).map((n, i) => ({ a: many[0]!.key, b: n.key, paragraphs: 1 + (i % 5) }));
    for (const width of [960, 360]) {
      const l = layoutNetwork(many, links, { width, fontSize: width < 500 ? 10 : 12 });
      expect(l.width).toBe(width);
      for (const n of l.nodes) {
        expect(n.label, n.key).toBeDefined();
        expect(n.label!.x).toBeGreaterThanOrEqual(0);
        expect(n.label!.x).toBeLessThanOrEqual(width);
      }
      expect(writeNetworkSvg(l, 'n', text).match(/<text /g)).toHaveLength(many.length);
    }
  });
});
