/**
 * The sitemap with each page's language copies: a `<url>` per page in every language, and for a page
 * that exists in more than one, an `xhtml:link rel="alternate"` per language and `x-default` (Google's
 * form of hreflang in a sitemap), so that a search engine pairs /actors/x/ with /ru/actors/x/.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { LANGS, type Lang } from './langs.ts';
import { languagesOf } from './page-languages.ts';
import { alternates, unlocalized } from './paths.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

/** Whether a site path is a language's 404 page (/404/, /ru/404/), which no sitemap lists. */
export function isNotFoundPage(path: string): boolean {
  return unlocalized(path).path.startsWith('/404');
}

/**
 * The sitemap of these site paths (without the base), each made absolute by `absolute`, with alternates in
 * the languages `built` (a build of fewer languages than all, ARCHIVE_LANGUAGES, has no copies in the others).
 */
export function languageSitemapXml(paths: readonly string[], absolute: (path: string) => string, built: readonly Lang[] = LANGS): string {
  const url = [...paths]
    .map((path) => ({ loc: absolute(path), path }))
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map(({ loc, path }) => {
      const links = alternates(
        path,
        languagesOf(path).filter((l) => built.includes(l)),
      ).map((a) => ({
        '@rel': 'alternate',
        '@hreflang': a.hreflang,
        '@href': absolute(a.path),
      }));
      return links.length === 0 ? { loc } : { loc, 'xhtml:link': links };
    });
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', '@xmlns:xhtml': 'http://www.w3.org/1999/xhtml', url },
  });
}
