/**
 * What the 404 page offers for an address that is not there (src/pages/404.astro): the nearest
 * address that is, from the sitemap's, and words from the address to search for.
 */
import { editDistance } from '../search/vocabulary.ts';

/** The words of an address's last part: `/articles/shot-on-sight` gives "shot on sight". */
export function addressWords(path: string): string {
  const last =
    path
      .split('/')
      .filter((p) => p !== '')
      .at(-1) ?? '';
  let text = last;
  try {
    text = decodeURIComponent(last);
  } catch {}
  return text
    .replace(/\.html?$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim()
    .slice(0, 200);
}

/** Lowercased, with the final slash, without a trailing `index.html`. */
function normal(path: string): string {
  const p = path.toLowerCase().replace(/index\.html?$/, '');
  return p.endsWith('/') ? p : `${p}/`;
}

/**
 * The address among `known` (site paths, `/articles/x/`) nearest to `path`: the same address with
 * its final slash or another case; else, in the same section (`/articles/`), the one sharing most
 * of its words, if it shares at least half of them, or one within three typing errors; else none.
 */
export function nearestAddress(path: string, known: readonly string[]): string | undefined {
  const wanted = normal(path);
  const exact = known.find((k) => normal(k) === wanted);
  if (exact !== undefined) return exact;
  const section = wanted.split('/').filter(Boolean)[0];
  const words = new Set(addressWords(wanted).toLowerCase().split(' ').filter(Boolean));
  let best: { path: string; score: number; distance: number } | undefined;
  for (const k of known) {
    if (section !== undefined && normal(k).split('/').filter(Boolean)[0] !== section) continue;
    const theirs = new Set(addressWords(normal(k)).toLowerCase().split(' ').filter(Boolean));
    const shared = [...words].filter((w) => theirs.has(w)).length;
    const score = words.size === 0 ? 0 : shared / Math.max(words.size, theirs.size);
    const distance = editDistance(wanted, normal(k), 3);
    const good = (words.size > 0 && shared * 2 >= words.size) || distance <= 3;
    if (!good) continue;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { path: k, score, distance };
  }
  return best?.path;
}
