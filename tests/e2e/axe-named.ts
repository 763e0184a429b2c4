/**
 * Pages other specs name for axe and leave to the every-page pass of tests/e2e/site.spec.ts, which opens
 * them whatever its sample (src/lib/testing/page-sample.ts) and runs every axe rule on them in light
 * mode, with its other checks: each page's full axe run is done once. The specs that name them check
 * what site.spec.ts does not: dark mode's contrast, a phone's width in dark mode, their own content.
 */
export const AXE_NAMED: readonly string[] = [
  // tests/e2e/drawings.spec.ts: the drawings (it checks them dark).
  '/places/',
  '/actors/',
  // tests/e2e/languages.spec.ts: the Russian and Kazakh timeline, drawings and data index, the longer
  // Cyrillic interface, a page of each entry kind and the removed-texts lists.
  '/ru/timeline/',
  '/kk/timeline/2022/',
  '/ru/actors/',
  '/kk/places/',
  '/kk/data/',
  '/kk/',
  '/ru/search/',
  '/kk/about/method/',
  '/ru/events/2022-01-05-tokayev-asks-csto/',
  '/kk/actors/kassym-jomart-tokayev/',
  '/kk/places/donetsk/',
  '/ru/about/removed/',
  '/kk/about/removed/',
];

/** Fails unless `path` (without the leading slash, as the specs open it) is named above. */
export function namedForAxe(path: string): void {
  if (!AXE_NAMED.includes(`/${path}`)) throw new Error(`${path}: not in tests/e2e/axe-named.ts, so no spec runs every axe rule on it`);
}
