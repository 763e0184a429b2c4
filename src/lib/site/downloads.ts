/**
 * The per-article download files (`cite.bib`, `cite.ris`, `cite.json`, `source.txt`), and the preview
 * images for the same reason, are written in bulk after `astro build` (src/postbuild/downloads.ts) from one manifest the build writes
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
  /** The original's address, which the RIS gives in a field of its own; null when not found. */
  readonly original: string | null;
  /** The capture's file name under the content tree's `sources/`. */
  readonly capture: string;
  /**
   * The citation templates "Cite this" and the ¶ menu fill in the browser (citationTemplates in
   * src/lib/citation/citation.ts), by style: written as `cite-templates.json` beside the page
   * rather than into it, which keeps the article page within its gzipped budget.
   */
  readonly templates?: Readonly<Record<string, string>> | undefined;
}

/** A link-preview image to render (src/postbuild/previews.ts): where, and what its card says. */
export interface PreviewEntry {
  /** The image's site path, such as `/articles/<slug>/preview.png`. */
  readonly path: string;
  readonly title: string;
  /** The outlet and date of an article, the date of an event, or the archive's description. */
  readonly line: string;
}

/** The manifest: every article's downloads, and every preview image. */
export interface DownloadsManifest {
  readonly articles: readonly DownloadEntry[];
  readonly previews: readonly PreviewEntry[];
  /** The archive's name, which every card shows. */
  readonly archiveName: string;
}
