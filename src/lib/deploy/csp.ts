/**
 * The Content-Security-Policy sent as an HTTP header, derived from the policies Astro writes into
 * each page's `<meta http-equiv="content-security-policy">` (astro.config.mjs, `security.csp`).
 *
 * A browser enforces every policy it is given, header and meta alike, so the header must allow
 * whatever any page's meta allows: its directives are the union of all pages' directives (Astro
 * lists the hashes of every inlined script and stylesheet of the build on every page, so in practice
 * the pages agree). The header adds what a meta tag cannot carry, such as `frame-ancestors`.
 */

/** A policy as an ordered map from directive name to its source list. */
export type Policy = Map<string, string[]>;

/** Directives that browsers ignore in a `<meta>` policy and that therefore only the header carries. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // The archive is never framed by another site (clickjacking); 'none' forbids framing altogether.
  'frame-ancestors': ["'none'"],
};

/** Parses a policy string ("default-src 'self'; script-src 'self' 'sha256-…'"). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name === undefined) continue;
    const key = name.toLowerCase();
    // As in browsers, a repeated directive is ignored after its first occurrence.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** Writes a policy back as a header value, directives in their original order, sources deduplicated. */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...new Set(sources)].join(' ')).join('; ');
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi;

/** The policy of every CSP meta tag in a page (Astro writes one per page; HTML entities are not expected in it). */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(META)].map((m) =>
    detached(
      (m[1] ?? '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ),
  );
}

/**
 * A copy of `text` that holds only itself. A match is a slice of the page's text, and V8 keeps the
 * whole string a slice was cut from: keeping every page's policy would keep every page's HTML in the
 * finishing process, beside Pagefind's own peak (bench/README.md). Decoding the bytes again makes a
 * new string.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * The union of several policies: each directive gets every source any policy gives it. Only sound
 * for policies with the same directives (a directive missing from one page would fall back to that
 * page's default-src), so a missing directive is an error rather than something to paper over.
 */
export function unionPolicies(policies: readonly string[], where: readonly string[] = []): Policy {
  const parsed = policies.map(parsePolicy);
  const first = parsed[0];
  if (first === undefined) throw new Error('No Content-Security-Policy found in the built pages: is security.csp set in astro.config.mjs?');
  const names = [...first.keys()].sort().join(' ');
  // Sets, not arrays: every page repeats the same hashes, and copying an ever longer list per page
  // made this quadratic in the number of pages.
  const union = new Map<string, Set<string>>();
  parsed.forEach((policy, i) => {
    const these = [...policy.keys()].sort().join(' ');
    if (these !== names) {
      throw new Error(`${where[i] ?? `policy ${i + 1}`}: its CSP has the directives "${these}" where the other pages have "${names}"`);
    }
    for (const [name, sources] of policy) {
      const set = union.get(name) ?? union.set(name, new Set()).get(name);
      for (const source of sources) set?.add(source);
    }
  });
  return new Map([...union].map(([name, sources]) => [name, [...sources]]));
}

/** The header value: the pages' union plus the header-only directives. */
export function headerPolicy(policies: readonly string[], where: readonly string[] = []): string {
  const union = unionPolicies(policies, where);
  for (const [name, sources] of Object.entries(HEADER_ONLY_DIRECTIVES)) union.set(name, [...sources]);
  return serializePolicy(union);
}
