/**
 * Hosts the archive has ruled out as sources (`content/ruled-out-hosts.yaml`): fan wikis, unrelated
 * pages, machine translations, and mirrors or proxies of pages whose canonical address is stored.
 * Every web address in an actor, place, outlet or event (a name form's source, coordinates' source,
 * any other) is checked against the list, so a form or a fact cannot rest on one of them again.
 * An article's own addresses (where it was published and collected) are provenance, not evidence,
 * and are not checked: a collected copy is what it is.
 */
import { z } from 'zod';
import type { Problem } from './integrity.ts';
import { expectedOf, formatPath, parseYaml, type Path, schemaProblems } from './located.ts';
import path from 'node:path';
import { readText } from './tree-files.ts';

/** One ruled-out host and why. A host rules out its subdomains too (`wikia.com` rules out `x.wikia.com`). */
export const ruledOutHostSchema = z.strictObject({
  /** A host name in lower case, without scheme, port or path: "wikimili.com". */
  host: z.string({ error: 'a host name such as "wikimili.com", as text' }).regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/, {
    error: 'a host name in lower case, without scheme or path, such as "wikimili.com"',
  }),
  /** Why no fact may rest on it. */
  reason: z.string({ error: 'why the host is ruled out, as text' }).trim().min(1, { error: 'why the host is ruled out' }),
});
export const ruledOutHostsSchema = z.array(ruledOutHostSchema, { error: 'a list of { host, reason } entries' });
export type RuledOutHost = z.infer<typeof ruledOutHostSchema>;

/** The ruled-out entry an address's host falls under, if any. */
export function ruledOutEntry(address: string, hosts: readonly RuledOutHost[]): RuledOutHost | undefined {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined; // Not an address: the schema reports it where an address is expected.
  }
  return hosts.find((h) => host === h.host || host.endsWith(`.${h.host}`));
}

/** Every http(s) address in an entry's data, with its path. */
export function addressesIn(data: unknown, path: Path = []): Array<{ path: Path; address: string }> {
  if (typeof data === 'string') return /^https?:\/\//i.test(data) ? [{ path, address: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => addressesIn(item, [...path, i]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  return Object.entries(data).flatMap(([key, value]) => addressesIn(value, [...path, key]));
}

/** The addresses of one entry that stand on a ruled-out host, as problems (positions are added by the reader). */
export function ruledOutProblems(file: string, data: unknown, hosts: readonly RuledOutHost[], list: string): Problem[] {
  const problems: Problem[] = [];
  for (const { path, address } of addressesIn(data)) {
    const entry = ruledOutEntry(address, hosts);
    if (entry === undefined) continue;
    problems.push({
      file,
      field: formatPath(path),
      found: `${address}, on ${entry.host}, which ${list} rules out (${entry.reason})`,
      expected: 'the address of a credible page that attests it (an official site, a Wikipedia in that language, an encyclopedia)',
    });
  }
  return problems;
}

/** The list of ruled-out hosts, as stored in the content root. */
export const RULED_OUT_FILE = 'ruled-out-hosts.yaml';

/**
 * The hosts a content tree rules out as sources (`<root>/ruled-out-hosts.yaml`), checked; none when
 * there is no such file. A malformed list is a problem, like any other content file; it is read
 * like every file of the tree (no link followed, strict UTF-8).
 */
export function readRuledOut(root: string, display: string): { hosts: RuledOutHost[]; problems: Problem[] } {
  const file = path.join(display, RULED_OUT_FILE);
  const read = readText(root, [RULED_OUT_FILE], file);
  if (read === undefined) return { hosts: [], problems: [] };
  if ('problem' in read) return { hosts: [], problems: [read.problem] };
  const { data, at, problems } = parseYaml(read.text, file, 0);
  if (problems.length > 0) return { hosts: [], problems };
  const result = ruledOutHostsSchema.safeParse(data ?? [], { error: (issue: z.core.$ZodRawIssue) => expectedOf(issue) });
  if (!result.success) return { hosts: [], problems: schemaProblems(result.error, data, file, at) };
  return { hosts: result.data, problems: [] };
}
