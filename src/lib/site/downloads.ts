/**
 * The per-article download files (`cite.bib`, `cite.ris`, `cite.json`, `source.txt`) are written
 * in bulk after `astro build` (src/postbuild/downloads.ts) from one manifest the build writes
 * (src/pages/build-manifest/downloads.json.ts): as Astro routes they cost about a millisecond each
 * in Astro's page pipeline, four per article, for files that are a few hundred bytes of citation-js
 * output or a copy of the capture. `astro dev` still serves them from their routes.
 */
import type { CslItem } from '../citation/csl.ts';

/** Where the build writes the manifest, inside the built site; the step that reads it deletes it. */
export const DOWNLOADS_MANIFEST = 'build-manifest/downloads.json';

/** What the manifest gives for each article. */
export interface DownloadEntry {
  /** The article's slug: its folder under `articles/`. */
  readonly slug: string;
  /** The one CSL item every citation download is made from. */
  readonly item: CslItem;
  /** The capture's file name under the content tree's `sources/`. */
  readonly capture: string;
}

/** The manifest: every article's downloads. */
export interface DownloadsManifest {
  readonly articles: readonly DownloadEntry[];
}
