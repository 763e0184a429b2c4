/**
 * Every named download the archive serves, one row each: its file name, its media type and how it
 * is made. The dev server's route (src/pages/articles/[slug]/[download].ts), the finishing step
 * (src/postbuild/downloads.ts) and the server rules (src/lib/deploy/media-types.ts) all read this
 * table, so a download cannot be served in `astro dev` and missing from a build, or typed by its
 * route and not by the server. Which pages have which file beside them is the page kinds' column
 * (page-kinds.ts).
 */
import { bibtexOfItem, cslJsonOfItem, risOfItem } from '../citation/formats.ts';
import type { DownloadEntry } from './downloads.ts';
import { PAGE_KINDS, type PageKind } from './page-kinds.ts';

/** What an entry download is made of: text, or the capture copied byte for byte from the content tree's `sources/`. */
export type Made = { readonly text: string } | { readonly capture: string };

/** How a download is made. */
export type Maker =
  /** An Astro route renders it, in `astro dev` and in a build alike. */
  | { readonly by: 'route' }
  /** Drawn after the build from the manifest's preview cards (src/postbuild/previews.ts). */
  | { readonly by: 'preview' }
  /**
   * Made from an article's entry of the downloads manifest: written in bulk after `astro build`
   * (an Astro route costs about a millisecond per file for a few hundred bytes of output), and
   * served by the generic route in `astro dev`. Undefined when the entry has nothing to write.
   */
  | { readonly by: 'entry'; readonly make: (entry: DownloadEntry) => Made | undefined };

/** One download. */
export interface Download {
  /** Its file name: beside each page of the kinds that list it, or at `path`. */
  readonly name: string;
  /** Its site path, for a file of the whole site rather than one beside each page of a kind. */
  readonly path?: string;
  /** Its media type, without the charset (the server rules add `charset=utf-8` to text). */
  readonly type: string;
  readonly made: Maker;
}

/** The archive's downloads. */
export const DOWNLOADS: readonly Download[] = [
  { name: 'tei.xml', type: 'application/tei+xml', made: { by: 'route' } },
  { name: 'feed.xml', path: '/feed.xml', type: 'application/atom+xml', made: { by: 'route' } },
  {
    name: 'cite.json',
    type: 'application/vnd.citationstyles.csl+json',
    made: { by: 'entry', make: (e) => ({ text: cslJsonOfItem(e.item) }) },
  },
  { name: 'cite.bib', type: 'application/x-bibtex', made: { by: 'entry', make: (e) => ({ text: bibtexOfItem(e.item) }) } },
  {
    name: 'cite.ris',
    type: 'application/x-research-info-systems',
    made: { by: 'entry', make: (e) => ({ text: risOfItem(e.item, e.original) }) },
  },
  {
    name: 'cite-templates.json',
    type: 'application/json',
    made: { by: 'entry', make: (e) => (e.templates ? { text: JSON.stringify(e.templates) } : undefined) },
  },
  { name: 'source.txt', type: 'text/plain', made: { by: 'entry', make: (e) => ({ capture: e.capture }) } },
  { name: 'preview.png', type: 'image/png', made: { by: 'preview' } },
  { name: 'archive.bib', path: '/about/cite/archive.bib', type: 'application/x-bibtex', made: { by: 'route' } },
  { name: 'archive.ris', path: '/about/cite/archive.ris', type: 'application/x-research-info-systems', made: { by: 'route' } },
  { name: 'archive.json', path: '/about/cite/archive.json', type: 'application/vnd.citationstyles.csl+json', made: { by: 'route' } },
];

/** The row of a download by its file name; throws for a name the table does not have. */
export function download(name: string, table: readonly Download[] = DOWNLOADS): Download {
  const row = table.find((d) => d.name === name);
  if (row === undefined) throw new Error(`No download named "${name}" in src/lib/site/download-table.ts`);
  return row;
}

/** An entry download with its maker. */
export type EntryDownload = Download & { readonly made: Extract<Maker, { by: 'entry' }> };

/** The downloads made from the manifest's entries beside each page of `folder`, in the kind's order. */
export function entryDownloads(
  folder: string,
  kinds: readonly PageKind[] = PAGE_KINDS,
  table: readonly Download[] = DOWNLOADS,
): EntryDownload[] {
  const kind = kinds.find((k) => k.folder === folder);
  const rows = (kind?.downloads ?? []).map((name) => download(name, table));
  return rows.filter((d): d is EntryDownload => d.made.by === 'entry');
}

/**
 * Each download's path pattern (`/articles/:id/cite.bib`, `/feed.xml`) and type. Throws when a kind
 * lists a download the table lacks, or two rows share a name: the server rules type a file by its name.
 */
export function downloadPatterns(
  kinds: readonly PageKind[] = PAGE_KINDS,
  table: readonly Download[] = DOWNLOADS,
): Array<{ pattern: string; type: string }> {
  const names = table.map((d) => d.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new Error(`Two downloads named "${twice}" in src/lib/site/download-table.ts`);
  const beside = kinds.flatMap((k) =>
    k.downloads.map((name) => ({ pattern: `/${k.folder}/:id/${name}`, type: download(name, table).type })),
  );
  const site = table.flatMap((d) => (d.path === undefined ? [] : [{ pattern: d.path, type: d.type }]));
  return [...beside, ...site];
}
