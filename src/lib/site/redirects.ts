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
import { formatProblem, type Problem } from '../content/integrity.ts';
import { describe, formatPath, locate, parseYaml, type Path } from '../content/located.ts';
import { withBase } from './urls.ts';

export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

const PATH = /^\/(?:[a-z0-9]+(?:[-.][a-z0-9]+)*\/)*$/;
const PATH_EXPECTED = 'a root-relative path ending in "/", such as "/articles/old-slug/"';

/**
 * Reads and checks the redirects file into problems, each with its entry's line (the content
 * checker and the build print them alike). A redirect onto itself, a duplicate source or a chain (a
 * target that is itself redirected) would loop or stack hops, so they are refused too.
 */
export function checkRedirects(text: string, file = 'content/redirects.yaml'): { redirects: Redirect[]; problems: Problem[] } {
  const { data, at, problems } = parseYaml(text, file, 0);
  if (problems.length > 0) return { redirects: [], problems };
  const where = (p: Path, key = false) => ({ file, ...locate(at, p, key), field: formatPath(p) || '(whole file)' });
  const list = data ?? [];
  if (!Array.isArray(list)) {
    return { redirects: [], problems: [{ ...where([]), found: describe(list), expected: 'a list of { from, to, reason } entries' }] };
  }
  const out: Array<Redirect & { i: number }> = [];
  list.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ ...where([i]), found: describe(entry), expected: 'an entry { from, to, reason }' });
      return;
    }
    const { from, to, reason, ...rest } = entry as Record<string, unknown>;
    for (const key of Object.keys(rest)) {
      problems.push({ ...where([i, key], true), found: `an unknown field "${key}"`, expected: 'only from, to and reason' });
    }
    let ok = Object.keys(rest).length === 0;
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (typeof value === 'string' && PATH.test(value)) continue;
      problems.push({ ...where([i, field]), found: describe(value), expected: PATH_EXPECTED });
      ok = false;
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      problems.push({ ...where([i, 'reason']), found: describe(reason), expected: 'why the page moved, as text' });
      ok = false;
    }
    if (ok && from === to) {
      problems.push({ ...where([i, 'to']), found: `${JSON.stringify(to)}, the same path as "from"`, expected: 'the page it moved to' });
      ok = false;
    }
    if (ok) out.push({ from: from as string, to: to as string, reason: reason as string, i });
  });
  const sources = new Map<string, number>();
  for (const { i, ...r } of out) {
    if (sources.has(r.from)) {
      problems.push({ ...where([i, 'from']), found: `"${r.from}", redirected twice`, expected: 'one entry per old path' });
    }
    sources.set(r.from, i);
  }
  for (const { i, ...r } of out) {
    if (sources.has(r.to)) {
      const found = `"${r.to}", which is itself redirected`;
      problems.push({ ...where([i, 'to']), found, expected: 'the final page (a redirect never points at another)' });
    }
  }
  return { redirects: problems.length === 0 ? out.map(({ i: _, ...r }) => r) : [], problems };
}

/** {@link checkRedirects} for callers that stop on the first bad file: throws the problems, one per line. */
export function parseRedirects(text: string, file = 'content/redirects.yaml'): Redirect[] {
  const { redirects, problems } = checkRedirects(text, file);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return redirects;
}

/** The `redirects` object astro.config.mjs passes to Astro, destinations under the base path. */
export function astroRedirects(redirects: readonly Redirect[], base: string): Record<string, string> {
  return Object.fromEntries(redirects.map((r) => [r.from, withBase(base, r.to)]));
}
