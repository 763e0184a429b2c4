/**
 * The Atom feed and the sitemap, as XML strings. fast-xml-parser's builder writes the XML (and
 * escapes it), so this module only decides what goes in.
 *
 * Atom needs an `updated` instant for the feed and for every entry. The archive knows when a piece
 * was first published only to a day, a month or a span, so the entries' `updated` is the time the
 * feed was generated (the time the archive's copy was last written), and `published` appears only
 * for a piece dated to an exact day: an instant made from a month would invent a day.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { isExactDay, type DateSpec } from '../dates/dates.ts';

/** One article, as the feed needs it. */
export interface FeedEntry {
  readonly title: string;
  /** Absolute URL of the article page; also the entry's id, which never changes because slugs do not. */
  readonly url: string;
  readonly authors: readonly string[];
  /** Who to name when a piece is unsigned (Atom requires an author): the outlet. */
  readonly outlet: string;
  readonly published: DateSpec;
  /** The date as readers see it, "June–July 2022, approximate". */
  readonly dateText: string;
  readonly summary: string;
}

export interface FeedInfo {
  readonly title: string;
  readonly subtitle: string;
  /** Absolute URL of the home page. */
  readonly home: string;
  /** Absolute URL of the feed itself. */
  readonly self: string;
  /** When the feed was generated, as an ISO instant. */
  readonly updated: string;
  /** Atom's rights statement: on what basis the texts are reproduced, and the licence of the archive's own data. */
  readonly rights?: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

/** Builds the Atom feed of articles. */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const feed = {
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      title: info.title,
      subtitle: info.subtitle,
      ...(info.rights === undefined ? {} : { rights: info.rights }),
      id: info.home,
      updated: info.updated,
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': info.self },
        { '@rel': 'alternate', '@type': 'text/html', '@href': info.home },
      ],
      entry: entries.map((e) => ({
        title: e.title,
        id: e.url,
        link: { '@rel': 'alternate', '@type': 'text/html', '@href': e.url },
        ...(isExactDay(e.published) ? { published: `${e.published.date}T00:00:00Z` } : {}),
        updated: info.updated,
        author: (e.authors.length > 0 ? e.authors : [e.outlet]).map((name) => ({ name })),
        summary: `${e.dateText}. ${e.summary}`,
      })),
    },
  };
  return builder.build(feed);
}

/** Builds a sitemap from absolute page URLs. */
export function sitemapXml(urls: readonly string[]): string {
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url: [...urls].sort().map((loc) => ({ loc })) },
  });
}
