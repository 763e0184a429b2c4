/**
 * The network of actors on /actors/, laid out at build time as static SVG.
 *
 * d3-force runs a fixed number of ticks from a fixed start: the nodes enter in the order given
 * (named in most articles first, ties by key) and d3 places them on its phyllotaxis spiral, and
 * the simulation's random source (used only to separate nodes that coincide) is seeded. The same
 * input therefore gives the same drawing, byte for byte, on every build (tested in
 * `network.test.ts`). Links pull harder and sit shorter the more paragraphs a pair shares; their
 * width says the same.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Lang } from '../i18n/langs.ts';
import { translate } from '../i18n/translate.ts';
import { counted, labelWidth, linkedCircle, num, placeLabels, seededRandom, svgOpen, type LabelPlacement } from './svg.ts';

export interface NetworkNode {
  readonly key: string;
  readonly name: string;
  /** Articles that name it; sets the node's size. */
  readonly articles: number;
  readonly href: string;
}

export interface NetworkEdge {
  readonly a: string;
  readonly b: string;
  readonly paragraphs: number;
}

export interface NetworkOptions {
  readonly width?: number;
  readonly maxHeight?: number;
  readonly ticks?: number;
  readonly seed?: number;
  readonly fontSize?: number;
  /** The largest node's radius; the smallest is a quarter of it. */
  readonly maxRadius?: number;
  /**
   * Stretch the layout to fill `maxHeight` as well as the width: a tall, narrow screen (a phone)
   * then spends its height on room between the labels instead of leaving it empty.
   */
  readonly fill?: boolean;
}

export interface PlacedNode extends NetworkNode {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly degree: number;
  readonly label: LabelPlacement | undefined;
}

export interface PlacedEdge extends NetworkEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

/** The number of ticks d3-force runs: its default cooling (alpha decay 0.0228) reaches alphaMin in about 300. */
export const TICKS = 300;

interface SimNode extends SimulationNodeDatum {
  readonly key: string;
  readonly r: number;
}

/** Throws for an edge that names a node not in `nodes`. */
function checkEdges(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): void {
  const keys = new Set(nodes.map((n) => n.key));
  for (const e of edges) {
    for (const k of [e.a, e.b]) {
      if (!keys.has(k)) throw new Error(`layoutNetwork: the link ${e.a}–${e.b} names "${k}", which is not a node`);
    }
  }
}

/**
 * Runs d3-force over the nodes, sized by the articles that name them, and the edges, weighted by
 * the paragraphs they share against the `strongest` edge; gives the nodes where the simulation left them.
 */
function simulate(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  o: { readonly ticks: number; readonly seed: number; readonly maxRadius: number; readonly strongest: number },
): SimNode[] {
  const most = Math.max(1, ...nodes.map((n) => n.articles));
  const radius = (n: NetworkNode) => o.maxRadius / 4 + ((o.maxRadius * 3) / 4) * Math.sqrt(n.articles / most);
  const sim: SimNode[] = nodes.map((n) => ({ key: n.key, r: radius(n) }));
  type Link = SimulationLinkDatum<SimNode> & { readonly weight: number };
  const links: Link[] = edges.map((e) => ({ source: e.a, target: e.b, weight: e.paragraphs / o.strongest }));
  const simulation = forceSimulation(sim)
    .randomSource(seededRandom(o.seed))
    .force(
      'link',
      forceLink<SimNode, Link>(links)
        .id((d) => d.key)
        .distance((l) => 50 + 70 * (1 - l.weight))
        .strength((l) => 0.1 + 0.6 * l.weight),
    )
    .force('charge', forceManyBody<SimNode>().strength(-160).distanceMax(500))
    .force('x', forceX<SimNode>(0).strength(0.07))
    .force('y', forceY<SimNode>(0).strength(0.07))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + 6),
    )
    .stop();
  simulation.tick(o.ticks);
  return sim;
}

/** A node's place in the drawing. */
interface Spot {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/**
 * Fits the simulated layout into the width (and at most `maxHeight`), leaving room for the widest
 * label: the drawing's height and each node's place, by key.
 */
function fit(
  sim: readonly SimNode[],
  nodes: readonly NetworkNode[],
  o: { readonly width: number; readonly maxHeight: number; readonly fontSize: number; readonly fill: boolean },
): { height: number; at: Map<string, Spot> } {
  const { width, maxHeight, fontSize } = o;
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 4 + Math.max(...sim.map((n) => n.r));
  // Room at the sides for labels, at most a sixth of the width each, so a narrow drawing keeps room for the nodes.
  const side = Math.min(160, width / 6, Math.max(...nodes.map((n) => labelWidth(n.name, fontSize))) / 2 + 8);
  const scaleX = Math.min((width - 2 * (pad + side)) / Math.max(1, maxX - minX), 3);
  const scaleY = Math.min((maxHeight - 2 * pad - 2 * fontSize) / Math.max(1, maxY - minY), 3);
  const [sx, sy] = o.fill ? [scaleX, scaleY] : [Math.min(scaleX, scaleY), Math.min(scaleX, scaleY)];
  const offsetX = (width - (maxX - minX) * sx) / 2;
  const height = Math.ceil((maxY - minY) * sy + 2 * pad + 2 * fontSize);
  const at = new Map(
    sim.map((n) => {
      const x = round(offsetX + ((n.x ?? 0) - minX) * sx);
      const y = round(pad + fontSize + ((n.y ?? 0) - minY) * sy);
      return [n.key, { x, y, r: round(n.r) }];
    }),
  );
  return { height, at };
}

/** Lays out the network; see the module comment. Edges naming a node not in `nodes` are an error. */
export function layoutNetwork(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], options: NetworkOptions = {}): NetworkLayout {
  const { width = 960, maxHeight = 720, ticks = TICKS, seed = 20200101, fontSize = 12, maxRadius = 16, fill = false } = options;
  if (nodes.length === 0) return { width, height: 0, nodes: [], edges: [] };
  checkEdges(nodes, edges);
  const strongest = Math.max(1, ...edges.map((e) => e.paragraphs));
  const sim = simulate(nodes, edges, { ticks, seed, maxRadius, strongest });
  const { height, at } = fit(sim, nodes, { width, maxHeight, fontSize, fill });
  const degree = new Map<string, number>();
  for (const e of edges) for (const k of [e.a, e.b]) degree.set(k, (degree.get(k) ?? 0) + 1);
  const placed = nodes.map((n) => ({ ...n, ...(at.get(n.key) as Spot), degree: degree.get(n.key) ?? 0 }));
  const labels = placeLabels(
    placed.map((n) => ({ x: n.x, y: n.y, r: n.r, text: n.name })),
    { width, height },
    fontSize,
  );
  return {
    width,
    height,
    nodes: placed.map((n, i) => ({ ...n, label: labels[i] })),
    edges: edges.map((e) => {
      const p = at.get(e.a) as Spot;
      const q = at.get(e.b) as Spot;
      return { ...e, x1: p.x, y1: p.y, x2: q.x, y2: q.y, width: round(0.6 + 4.4 * (e.paragraphs / strongest)) };
    }),
  };
}

/** Writes the network as an SVG element; `id` prefixes the ids of its title and description. */
export function writeNetworkSvg(
  layout: NetworkLayout,
  id: string,
  text: { title: string; description: string },
  lang: Lang = 'en',
): string {
  // Weakest links first, so the strong ones are drawn over them.
  const edges = [...layout.edges]
    .reverse()
    .map((e) => `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}" stroke-width="${num(e.width)}"/>`);
  const nodes = layout.nodes.map((n) =>
    linkedCircle({
      ...n,
      name: translate(lang, 'network.node', {
        name: n.name,
        articles: counted(lang, 'drawings.inArticles', n.articles),
        others: counted(lang, 'network.others', n.degree),
      }),
      data: ['actor', n.key],
      text: n.name,
    }),
  );
  return [
    svgOpen('network', layout, id, text),
    `<g class="net-edges">${edges.join('')}</g>`,
    `<g class="net-nodes">${nodes.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
