/**
 * Permanent links survive moves: when a page's path changes, its old path goes into
 * `content/redirects.yaml` and keeps working. astro.config.mjs feeds the entries to Astro's
 * `redirects`, which in a static build writes a small page at the old path with a meta refresh
 * and a canonical link to the new one (and a real 301 on hosts whose adapter supports it).
 *
 * Paths are root-relative and written without the base path, like every path in `urls.ts`.
 * Astro puts the redirect page under the base but writes the destination as given, so the base is
 * added to the destination here (a build under /archive/ would otherwise send readers to the host's root).
 */
import { parse } from 'yaml';
import { withBase } from './urls.ts';

export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

const PATH = /^\/(?:[a-z0-9]+(?:[-.][a-z0-9]+)*\/)*$/;

/**
 * Reads and checks the redirects file. A bad entry stops the build with the file, the entry and
 * what was expected; a redirect onto itself, a duplicate source or a chain (a target that is
 * itself redirected) would loop or stack hops, so they are refused too.
 */
export function parseRedirects(text: string, file = 'content/redirects.yaml'): Redirect[] {
  const data: unknown = parse(text) ?? [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of { from, to, reason } entries`);
  const out: Redirect[] = data.map((entry: unknown, i) => {
    const where = `${file}, entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected { from, to, reason }`);
    const { from, to, reason, ...rest } = entry as Record<string, unknown>;
    if (Object.keys(rest).length > 0) throw new Error(`${where}: unexpected field(s) ${Object.keys(rest).join(', ')}`);
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (typeof value !== 'string' || !PATH.test(value))
        throw new Error(
          `${where}, field ${field}: expected a root-relative path ending in "/", ` +
            `such as "/articles/old-slug/", found ${JSON.stringify(value)}`,
        );
    }
    if (typeof reason !== 'string' || reason.trim() === '') throw new Error(`${where}, field reason: expected why the page moved`);
    if (from === to) throw new Error(`${where}: "from" and "to" are the same path`);
    return { from: from as string, to: to as string, reason };
  });
  const sources = new Set<string>();
  for (const r of out) {
    if (sources.has(r.from)) throw new Error(`${file}: "${r.from}" is redirected twice`);
    sources.add(r.from);
  }
  for (const r of out)
    if (sources.has(r.to))
      throw new Error(`${file}: "${r.from}" redirects to "${r.to}", which is itself redirected; point it at the final page`);
  return out;
}

/** The `redirects` object astro.config.mjs passes to Astro, destinations under the base path. */
export function astroRedirects(redirects: readonly Redirect[], base: string): Record<string, string> {
  return Object.fromEntries(redirects.map((r) => [r.from, withBase(base, r.to)]));
}
