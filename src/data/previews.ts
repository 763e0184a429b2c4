/**
 * The link-preview cards (src/lib/site/downloads.ts, PreviewEntry): where each is and what it says,
 * once, for the build's manifest (src/pages/build-manifest/downloads.json.ts) and for the routes
 * that draw them in `astro dev` (previewRoute). A build draws them after `astro build`
 * (src/postbuild/previews.ts), so in a build these routes have no pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatDateSpec } from '../lib/dates/dates.ts';
import { contentTypeOf } from '../lib/deploy/media-types.ts';
import type { PreviewEntry } from '../lib/site/downloads.ts';
import { paths } from '../lib/site/urls.ts';
import { type Archive, loadArchive } from './archive.ts';
import { ARCHIVE_NAME, citationFor } from './citations.ts';

/** Every preview card: the archive's, then each article's and each event's. */
export function previewEntries(archive: Archive): PreviewEntry[] {
  return [
    // Every page without a card of its own shows the archive's.
    { path: paths.defaultPreview(), title: `${ARCHIVE_NAME}, 2020–2022`, line: 'A research archive of Kazakhstan–Russia relations' },
    ...archive.articles.map((a) => ({
      path: paths.articlePreview(a.slug),
      title: a.data.title,
      line: `${citationFor(archive, a).container} · ${formatDateSpec(a.data.published)}`,
    })),
    ...archive.events.map((e) => ({ path: paths.eventPreview(e.id), title: e.data.title, line: formatDateSpec(e.data.when) })),
  ];
}

/**
 * The `astro dev` route of the cards in `folder` (the site's root when undefined), at
 * `src/pages/<folder>/[<param>]/[name].png.ts`: each card drawn when asked for, as a build draws it.
 */
export function previewRoute(
  folder: 'articles' | 'events' | undefined,
  param: string | undefined,
): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ entry: PreviewEntry }> } {
  return {
    getStaticPaths: async () => {
      if (!import.meta.env.DEV) return [];
      return previewEntries(await loadArchive()).flatMap((entry) => {
        const parts = entry.path.split('/').filter(Boolean);
        const name = (parts.at(-1) ?? '').replace(/\.png$/, '');
        if (folder === undefined) return parts.length === 1 ? [{ params: { name }, props: { entry } }] : [];
        if (parts.length !== 3 || parts[0] !== folder || param === undefined) return [];
        return [{ params: { [param]: parts[1], name }, props: { entry } }];
      });
    },
    GET: async ({ props: { entry } }) => {
      // Loaded only when a card is asked for: the renderer reads the fonts and brings in resvg.
      const { renderCard } = await import('../postbuild/card-render.ts');
      const png = renderCard({ title: entry.title, line: entry.line, site: ARCHIVE_NAME });
      return new Response(new Uint8Array(png), { headers: { 'Content-Type': contentTypeOf(entry.path) } });
    },
  };
}
