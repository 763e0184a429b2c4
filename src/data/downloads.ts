/**
 * An article's entry of the downloads manifest (src/lib/site/downloads.ts): what every download made
 * from an entry (src/lib/site/download-table.ts) is made of, for the build's manifest and for the
 * route that serves the same files in `astro dev`.
 */
import { citationTemplates } from '../lib/citation/citation.ts';
import { toCsl } from '../lib/citation/csl.ts';
import type { DownloadEntry } from '../lib/site/downloads.ts';
import type { Archive, Article } from './archive.ts';
import { citationFor } from './citations.ts';

/** The article's CSL item, original address, capture file and citation templates. */
export function downloadEntry(archive: Archive, article: Article): DownloadEntry {
  const input = citationFor(archive, article);
  const templates = citationTemplates(input);
  return { slug: article.slug, item: toCsl(input), original: input.originalUrl, capture: article.data.source.file, templates };
}
