/**
 * The addresses a built page makes a browser fetch by itself, read from its HTML (and a stylesheet's
 * from its CSS), so that "requests nothing from another host" is checked on every page without a
 * browser (tests/build/requests.build.ts); the browser spec checks it on a sample of pages as they run.
 *
 * Read with regular expressions rather than an HTML parser: the pages are Astro's output, which writes
 * every attribute as name="value", and what is read is one flat list of attributes per start tag —
 * no tree, no text. A link a reader follows (`<a href>`, a canonical or alternate link) is not a request.
 */

/** `<link rel>` values that make the browser fetch the link's target. */
const FETCHING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch']);
/** Attributes whose value is an address the element loads, whatever the element. */
const LOADING_ATTRS = new Set(['src', 'poster', 'data']);

const decode = (s: string) =>
  s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Every url(…) and @import "…" of a stylesheet or a style attribute. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const imports = [...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
  return [...urls, ...imports].filter((u) => u !== '');
}

/** The addresses of a srcset: each candidate's URL, without its width or density. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');

/** Every address the page loads by itself: its elements' src, srcset, poster and data, fetching links, and the CSS in it. */
export function loadedUrls(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attrs = new Map(
      [...(tag[2] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [(a[1] ?? '').toLowerCase(), decode(a[2] ?? '')]),
    );
    for (const [attr, value] of attrs) {
      if (LOADING_ATTRS.has(attr) && !(attr === 'data' && name !== 'object')) found.push(value);
      if (attr === 'srcset' || attr === 'imagesrcset') found.push(...srcsetUrls(value));
      if (attr === 'style') found.push(...cssUrls(value));
    }
    const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (name === 'link' && rels.some((r) => FETCHING_RELS.has(r))) found.push(attrs.get('href') ?? '');
    if (['image', 'use', 'feimage'].includes(name)) found.push(attrs.get('href') ?? attrs.get('xlink:href') ?? '');
  }
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) found.push(...cssUrls(style[1] ?? ''));
  return found.filter((u) => u !== '');
}

/** The addresses among `urls` that lie on another host than `origin` (data: and blob: addresses lie on none). */
export function foreign(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => {
    if (/^(data|blob):/i.test(u)) return false;
    return new URL(u, origin).origin !== new URL(origin).origin;
  });
}
