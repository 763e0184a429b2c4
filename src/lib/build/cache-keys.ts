import { createHash } from 'node:crypto';

/**
 * The cache keys of the pages of the dynamic routes, for Astro's incremental build
 * (`experimental.incrementalBuild`: a page whose `getStaticPaths` entry returns the same `cacheKey`
 * as last build, with an unchanged module graph, is copied from the cache instead of rendered).
 *
 * A key must change whenever anything its page shows changes, so it digests the page's whole
 * neighbourhood in the archive's graph of references, never what one template happens to print today:
 * - the entry itself and what it references, and what those reference (an article's outlets, actors,
 *   places, tagged or named in its text, and the states those actors act for);
 * - what references it, what those reference, and what references those (an actor's articles and
 *   events, the actors and places named beside it, the outlets of its articles; for a state, the
 *   articles and events of the people who act for it);
 * - its neighbours in a sequence a page walks (an article's newer and older article, an event's
 *   earlier and later event);
 * - the shared part every page shows (settings, the archive's publication facts and edition).
 * Over-inclusion costs a page rendered again; under-inclusion would be a wrong site, so the
 * neighbourhood is wider than any template needs today.
 *
 * The digests are reusable by the search index's parts and the finishing step: `entryDigest` is a
 * digest of what the content core read, `whole` of the entire archive.
 */

/** One entry of the archive as a node of the reference graph: `collection/id`, its digest and what it references. */
export interface KeyNode {
  readonly key: string;
  readonly digest: string;
  readonly refs: readonly string[];
}

export interface KeyInput {
  readonly nodes: readonly KeyNode[];
  /** The digest of what every page shows (settings, publication facts): folded into every key. */
  readonly shared: string;
  /** Ordered lists of node keys (articles newest first) whose pages show their neighbours. */
  readonly sequences?: ReadonlyArray<readonly string[]>;
}

export interface PageKeys {
  /** The key of every page of one entry (`articles/<id>`, `actors/<id>`, …). */
  entry(key: string): string;
  /** The key of a page that shows the whole archive (lists, the timeline, the data files). */
  readonly whole: string;
  /** The digest of one entry alone, for parts keyed by their pages (the search index's). */
  entryDigest(key: string): string;
}

/** SHA-256 of the JSON of a value, in hex: the digest of what the content core read. */
export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex');
}

function hashLines(lines: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/**
 * Every reference in an entry's data, as `collection/id`: Astro's collections hold each one as
 * `{ collection, id }`, so a reference added to any schema later is found without naming its field.
 */
export function referencesIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, into);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
      into.add(`${record['collection']}/${record['id']}`);
    } else {
      for (const k of keys) referencesIn(record[k], into);
    }
  }
  return into;
}

function graphOf(nodes: readonly KeyNode[]) {
  const out = new Map<string, readonly string[]>();
  const incoming = new Map<string, string[]>();
  for (const n of nodes) {
    if (out.has(n.key)) throw new Error(`cache keys: the entry ${n.key} is given twice`);
    out.set(n.key, n.refs);
  }
  for (const n of nodes) {
    for (const r of n.refs) {
      const list = incoming.get(r) ?? [];
      list.push(n.key);
      incoming.set(r, list);
    }
  }
  return { out: (k: string) => out.get(k) ?? [], into: (k: string) => incoming.get(k) ?? [] };
}

/** The keys of every entry's pages, computed once per build. */
export function pageKeys(input: KeyInput): PageKeys {
  const digests = new Map(input.nodes.map((n) => [n.key, n.digest]));
  const { out, into } = graphOf(input.nodes);
  const neighbours = new Map<string, string[]>();
  for (const sequence of input.sequences ?? []) {
    sequence.forEach((k, i) => {
      neighbours.set(k, [...(neighbours.get(k) ?? []), ...[sequence[i - 1], sequence[i + 1]].filter((x) => x !== undefined)]);
    });
  }
  const sorted = [...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const whole = hashLines([`shared ${input.shared}`, ...sorted.map(([k, d]) => `${k} ${d}`)]);
  const memo = new Map<string, string>();

  function neighbourhood(key: string): Set<string> {
    const set = new Set<string>([key, ...(neighbours.get(key) ?? [])]);
    for (const a of out(key)) {
      set.add(a);
      for (const b of out(a)) set.add(b);
    }
    for (const a of into(key)) {
      set.add(a);
      for (const b of out(a)) set.add(b);
      for (const b of into(a)) set.add(b);
    }
    return set;
  }

  return {
    whole,
    entryDigest(key) {
      const d = digests.get(key);
      if (d === undefined) throw new Error(`cache keys: no entry ${key} in the archive the content core read`);
      return d;
    },
    entry(key) {
      const known = memo.get(key);
      if (known !== undefined) return known;
      if (!digests.has(key)) throw new Error(`cache keys: no entry ${key} in the archive the content core read`);
      // A reference to an entry that is not there cannot pass the content checks; it is keyed as missing all the same.
      const lines = [...neighbourhood(key)].sort().map((k) => `${k} ${digests.get(k) ?? 'missing'}`);
      const value = hashLines([`shared ${input.shared}`, `page ${key}`, ...lines]);
      memo.set(key, value);
      return value;
    },
  };
}
