/**
 * One article type (the frontmatter's `type`), named as each channel names it, so that the page's
 * tags, the RIS, the BibTeX and the CSL item all say the same kind of item.
 *
 * The embedded tags are chosen for what Zotero's Embedded Metadata translator reads
 * (zotero/translators, "Embedded Metadata.js", `init`, and "RDF.js", `detectType`):
 * - `citation_journal_title` alone makes it save a journal article (`hwType`), whatever else the
 *   page says, so it is never written; `citation_title` only makes a journal article its fallback
 *   (`hwTypeGuess`), which any type the RDF reader finds overrides;
 * - DC.type "News Item" (the eprints vocabulary's term, `newsitem` once lower-cased without spaces)
 *   makes `detectType` choose a newspaper article; no vocabulary it reads has a blog post, so a blog
 *   post's DC.type is Zotero's own type name, "blogPost", which it takes as it is (`itemTypeExists`).
 *   PRISM's genre "blogentry" would be the standard term, but `detectType` compares the list of
 *   values it reads for `prism:genre` with a string, so it never matches (tried: a journal article);
 * - PRISM's `publicationName` gives the outlet as the publication's title, ahead of DC.source (the
 *   original's address, which it would otherwise take as the title) and og:site_name (this archive).
 * Zotero has no type for a news site or a newsletter: both are its newspaper article, the closest.
 */
import type { ArticleType } from '../content/schema/article.ts';

export type { ArticleType };

/** What each channel calls a type. */
export interface ItemTypeNames {
  /** Zotero's item type, which the embedded tags and the RIS type make Zotero save. */
  readonly zotero: 'newspaperArticle' | 'blogPost';
  /** CSL 1.0.2's `type`. */
  readonly csl: 'article-newspaper' | 'post-weblog';
  /** RIS's `TY` (RIS 2011 reference types). */
  readonly ris: 'NEWS' | 'BLOG';
  /** BibLaTeX's entry type, and its `entrysubtype` where biblatex defines one. */
  readonly biblatex: 'article' | 'online';
  readonly entrysubtype?: 'newspaper';
  /** DC.type, the value Zotero reads the type from (see the module's comment). */
  readonly dcType: 'News Item' | 'blogPost';
  /** schema.org's type of the article and of what it is part of. */
  readonly schemaOrg: { readonly article: 'NewsArticle' | 'BlogPosting'; readonly container: 'Periodical' | 'Blog' };
}

const TYPES: Record<ArticleType, ItemTypeNames> = {
  'newspaper-article': {
    zotero: 'newspaperArticle',
    csl: 'article-newspaper',
    ris: 'NEWS',
    biblatex: 'article',
    entrysubtype: 'newspaper',
    dcType: 'News Item',
    schemaOrg: { article: 'NewsArticle', container: 'Periodical' },
  },
  'news-site-article': {
    zotero: 'newspaperArticle',
    csl: 'article-newspaper',
    ris: 'NEWS',
    biblatex: 'article',
    entrysubtype: 'newspaper',
    dcType: 'News Item',
    schemaOrg: { article: 'NewsArticle', container: 'Periodical' },
  },
  'newsletter-issue': {
    zotero: 'newspaperArticle',
    csl: 'article-newspaper',
    ris: 'NEWS',
    biblatex: 'article',
    entrysubtype: 'newspaper',
    dcType: 'News Item',
    schemaOrg: { article: 'NewsArticle', container: 'Periodical' },
  },
  'blog-post': {
    zotero: 'blogPost',
    csl: 'post-weblog',
    ris: 'BLOG',
    biblatex: 'online',
    dcType: 'blogPost',
    schemaOrg: { article: 'BlogPosting', container: 'Blog' },
  },
};

/** The names of `type` in every channel. */
export function itemType(type: ArticleType): ItemTypeNames {
  return TYPES[type];
}
