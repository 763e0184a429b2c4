/**
 * The Content-Security-Policy header, collected from the policies Astro wrote into the pages' meta
 * tags (src/lib/deploy/csp.ts): a step of its own, which reads only the pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headerPolicy, metaPolicies } from '../lib/deploy/csp.ts';
import type { Redirect } from '../lib/site/redirects.ts';
import { eachAtOnce } from './at-once.ts';

/** Each page's path and the policies of its CSP meta tags. */
export type PagePolicies = Array<{ page: string; policies: string[] }>;

/** How many pages are read at once, on libuv's threads, while the search index is built beside them. */
const PAGES_AT_ONCE = 8;

/** The CSP meta policies of the pages among `files` (paths relative to `out`), in the order of `files`. */
export async function pagePolicies(out: string, files: readonly string[], atOnce = PAGES_AT_ONCE): Promise<PagePolicies> {
  const pages = files.filter((f) => f.endsWith('.html'));
  return eachAtOnce(pages, atOnce, async (page) => {
    try {
      return { page, policies: metaPolicies(await readFile(join(out, page), 'utf8')) };
    } catch (error) {
      throw new Error(`Reading the CSP of ${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/**
 * The header policy from every page's meta policy. Redirect pages carry no policy of their own (the
 * header covers them); every other page must have exactly one.
 */
export function sitePolicy(pages: PagePolicies, redirects: readonly Redirect[]): string {
  const redirectPages = new Set(redirects.map((r) => `${r.from.slice(1)}index.html`));
  const without = pages.filter((p) => p.policies.length !== 1 && !redirectPages.has(p.page)).map((p) => p.page);
  if (without.length > 0) throw new Error(`Pages without exactly one CSP meta tag: ${without.slice(0, 5).join(', ')}`);
  return headerPolicy(
    pages.flatMap((p) => p.policies),
    pages.flatMap((p) => p.policies.map(() => p.page)),
  );
}
