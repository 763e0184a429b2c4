/** /feed.xml: an Atom feed of the archive's articles, newest first. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { ARCHIVE_NAME, articleDescription, siteUrl } from '../data/citations.ts';
import { formatDateSpec } from '../lib/dates/dates.ts';
import { atomFeed } from '../lib/site/feeds.ts';
import { paths } from '../lib/site/urls.ts';
import { buildTime } from '../data/exports.ts';
import { publication } from '../data/publication.ts';
import { contentTypeOf } from '../lib/deploy/media-types.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const facts = publication();
  const xml = atomFeed(
    {
      title: ARCHIVE_NAME,
      subtitle: 'Articles on Kazakhstan–Russia relations, 2020–2022',
      home: siteUrl(paths.home()),
      self: siteUrl(paths.feed()),
      updated: buildTime(),
      rights: `${facts.archive.rights} Licence of the archive's own data: ${facts.archive.license}. ${facts.rightsUrl}`,
    },
    archive.articles.map((a) => ({
      title: a.data.title,
      url: siteUrl(paths.article(a.slug)),
      authors: a.data.authors.map((x) => x.name),
      outlet: a.outlet.data.name,
      published: a.data.published,
      dateText: formatDateSpec(a.data.published),
      summary: articleDescription(a),
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': contentTypeOf('feed.xml') } });
};
