/**
 * What an article page gives the search index but not its readers: the hidden name blocks of the
 * actors and places it is tagged with (variants.ts), its result metadata and its facet values. Kept
 * out of the page, which readers download and search does not need whole, the build writes them once
 * into a manifest (src/pages/build-manifest/search.json.ts), and the step that indexes the pages
 * (src/postbuild/search-parts.ts) gives Pagefind each page with them put back, exactly as the page
 * carried them, so the index and what search finds are unchanged.
 */
import { escapeHtml } from './hits.ts';
import type { NameBlock } from './variants.ts';

/** Where the build writes the manifest, inside the built site; the finishing step reads and deletes the folder. */
export const SEARCH_MANIFEST = 'build-manifest/search.json';

/** One page's search-only content. */
export interface PageExtras {
  /** Keys into the manifest's `blocks`, in the order the blocks come. */
  readonly names: readonly string[];
  readonly meta: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

export interface SearchManifest {
  /** Each name block once, by the key of its actor or place (`actor/kazakhstan`). */
  readonly blocks: Readonly<Record<string, NameBlock>>;
  /** By the page's file in the built site, `articles/<slug>/index.html`. */
  readonly pages: Readonly<Record<string, PageExtras>>;
}

/** The HTML Pagefind reads for a page's extras: the name blocks (indexed, after the text), then metadata and filters. */
export function extrasHtml(manifest: SearchManifest, extras: PageExtras): string {
  const blocks = extras.names.map((key) => {
    const b = manifest.blocks[key];
    if (!b) throw new Error(`${SEARCH_MANIFEST}: a page lists the name block "${key}", which the manifest does not have`);
    return `<p id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</p>`;
  });
  const names = blocks.length > 0 ? `<div hidden data-pagefind-body data-pagefind-weight="0.5">${blocks.join('')}</div>` : '';
  const meta = Object.entries(extras.meta).map(([k, v]) => `<span data-pagefind-meta="${escapeHtml(k)}">${escapeHtml(v)}</span>`);
  const filters = Object.entries(extras.filters).flatMap(([k, vs]) =>
    vs.map((v) => `<span data-pagefind-filter="${escapeHtml(k)}">${escapeHtml(v)}</span>`),
  );
  return `${names}<div hidden>${meta.join('')}${filters.join('')}</div>`;
}

/** The page with its extras put at the end of its <main>, where only the index ever reads them. */
export function withExtras(html: string, extra: string, page: string): string {
  const end = html.lastIndexOf('</main>');
  if (end < 0) throw new Error(`${page}: no </main> to put its search names and metadata in`);
  return `${html.slice(0, end)}${extra}${html.slice(end)}`;
}
