/**
 * Who appears with whom: the pairs of registry entries named in the same paragraph.
 *
 * The counting itself is done once per build by `indexMentions` (`src/lib/content/mentions.ts`),
 * whose `beside` map gives, for each entry, the entries named in the same paragraphs and how many
 * paragraphs they share. This module only reads that map: it turns it into undirected pairs for
 * the network on /actors/, picks the part of the network that is drawn, and lists an entry's
 * companions for its page.
 */
import { parseRegistryKey } from '../content/mentions.ts';

/** The `beside` map of a `MentionIndex`: key → the keys named in the same paragraphs, most often first. */
export type Beside = ReadonlyMap<string, ReadonlyArray<{ readonly id: string; readonly paragraphs: number }>>;

/** Two entries and the number of paragraphs that name both; `a` sorts before `b`. */
export interface Pair {
  readonly a: string;
  readonly b: string;
  readonly paragraphs: number;
}

/** Strongest first, then by the two keys, so the order never depends on the input's. */
export function comparePairs(x: Pair, y: Pair): number {
  return y.paragraphs - x.paragraphs || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
}

/** Every unordered pair of kept entries that share a paragraph, strongest first. */
export function pairsAmong(beside: Beside, keep: (key: string) => boolean): Pair[] {
  const pairs: Pair[] = [];
  for (const [key, row] of beside) {
    if (!keep(key)) continue;
    for (const other of row) {
      // Each pair is in the map twice (a → b and b → a); keep the one with a < b.
      if (other.id > key && keep(other.id)) pairs.push({ a: key, b: other.id, paragraphs: other.paragraphs });
    }
  }
  return pairs.sort(comparePairs);
}

/** An entry's companions in one collection, most shared paragraphs first (ties by id), at most `limit`. */
export function companions(
  beside: Beside,
  key: string,
  collection: 'actors' | 'places',
  limit: number,
): Array<{ id: string; paragraphs: number }> {
  return (beside.get(key) ?? [])
    .map((b) => ({ ...parseRegistryKey(b.id), paragraphs: b.paragraphs }))
    .filter((b) => b.collection === collection)
    .sort((x, y) => y.paragraphs - x.paragraphs || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map(({ id, paragraphs }) => ({ id, paragraphs }));
}

export interface NetworkLimits {
  /** The most nodes drawn: the entries named in most articles. */
  readonly maxNodes: number;
  /** The most links drawn between them: the pairs sharing most paragraphs. */
  readonly maxEdges: number;
}

export interface NetworkChoice {
  /** The drawn entries, named in most articles first. */
  readonly nodes: ReadonlyArray<{ readonly key: string; readonly articles: number }>;
  /** The drawn links, strongest first. */
  readonly edges: readonly Pair[];
  /** How many entries share a paragraph with at least one other, and how many pairs there are. */
  readonly candidates: number;
  readonly pairs: number;
  /** How many pairs join two drawn entries (the drawn links are the strongest of these). */
  readonly among: number;
  /** Whether anything was left out by the limits. */
  readonly trimmed: boolean;
}

/**
 * The part of the network that is drawn: among the entries that share a paragraph with another,
 * the `maxNodes` named in most articles (ties by key), and among the pairs of those, the
 * `maxEdges` sharing most paragraphs. Below both limits, everything is drawn.
 */
export function chooseNetwork(articles: ReadonlyMap<string, number>, pairs: readonly Pair[], limits: NetworkLimits): NetworkChoice {
  const connected = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const ranked = [...connected]
    .map((key) => ({ key, articles: articles.get(key) ?? 0 }))
    .sort((x, y) => y.articles - x.articles || x.key.localeCompare(y.key));
  const nodes = ranked.slice(0, limits.maxNodes);
  const chosen = new Set(nodes.map((n) => n.key));
  const among = [...pairs].filter((p) => chosen.has(p.a) && chosen.has(p.b)).sort(comparePairs);
  const edges = among.slice(0, limits.maxEdges);
  const trimmed = ranked.length > nodes.length || among.length > edges.length;
  return { nodes, edges, candidates: ranked.length, pairs: pairs.length, among: among.length, trimmed };
}
