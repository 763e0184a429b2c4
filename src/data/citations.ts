/**
 * Glue between the archive's entries and the pure citation and metadata modules: resolves outlet
 * ids to names and makes the archive copy's absolute address with the configured site and base.
 */
import { citationInput, type CitationInput } from '../lib/citation/citation.ts';
import { absolute, paths } from '../lib/site/urls.ts';
import type { Archive, Article } from './archive.ts';
import { publication } from './publication.ts';

/** The archive's name, as citations and feeds give it: its short title in content/archive.yaml. */
export const ARCHIVE_NAME = publication().archive.shortTitle;

/** Absolute URL of a root-relative path, under the configured site and base. */
export function siteUrl(path: string): string {
  return absolute(import.meta.env.SITE, import.meta.env.BASE_URL, path);
}

/**
 * The citation input of an article, its outlets taken from the article's view; an outlet id the view
 * does not hold is reported with the article's file. (The archive parameter stays for the routes that
 * pass it.)
 */
export function citationFor(_archive: Archive, article: Article): CitationInput {
  const outlets = new Map(
    [article.outlet, article.collectedFrom, ...article.translators].flatMap((o) => (o === undefined ? [] : [[o.id, o] as const])),
  );
  const outlet = (id: string) => {
    const o = outlets.get(id);
    if (o === undefined) throw new Error(`${article.file}: unknown outlet "${id}"`);
    return { name: o.data.name };
  };
  return citationInput(article.data, outlet, { name: ARCHIVE_NAME, url: siteUrl(paths.article(article.slug)) });
}

/** The one-paragraph description of an article that pages, feeds and link previews share. */
export function articleDescription(article: Article): string {
  return article.data.standfirst ?? article.body.paragraphs[0]?.text.slice(0, 200) ?? article.data.title;
}
