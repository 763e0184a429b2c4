/**
 * Metadata for machines, from the same input as the citations (`CitationInput`), so that what
 * Zotero, Google Scholar, search engines and link previews read never disagrees with "Cite this":
 *
 * - Highwire Press `citation_*` tags, which Zotero's Embedded Metadata translator and Google
 *   Scholar read;
 * - schema.org JSON-LD: a NewsArticle (an Article for a blog post) describing the text, with
 *   `isBasedOn` pointing at the original (or at the collected copy when the original was not found);
 * - the page's link-preview tags are every page's, made in src/lib/preview/tags.ts.
 *
 * Dates follow the archive's rule: only the precision that is known. A day or a month is written
 * at that precision; a span or an approximate date has no single publication date, so
 * `datePublished` and `article:published_time` are left out rather than guessed, and the Highwire
 * date gives only what the whole span shares.
 */
import type { DateSpec } from '../dates/dates.ts';
import { itemType } from './item-type.ts';
import { oneDate } from './one-date.ts';
import type { CitationInput } from './citation.ts';
import { splitName } from './names.ts';

/** One `<meta>` element: Highwire and Twitter use `name`, Open Graph uses `property`. */
export type MetaTag = { readonly name: string; readonly content: string } | { readonly property: string; readonly content: string };

/** What the page adds to the citation input. */
export interface PageInfo {
  /** The page's one-paragraph description (the standfirst or a summary). */
  readonly description: string;
  readonly siteName: string;
  /** The archive's home page, absolute. */
  readonly siteUrl: string;
}

/**
 * The single date a spec names (`article:published_time`, `datePublished`), or undefined for a span
 * or an approximate date.
 */
export function exactDate(spec: DateSpec): string | undefined {
  return spec.date !== undefined && !spec.approximate ? spec.date : undefined;
}

/** The date Highwire tags carry, "2021/03/06", "2022/06" or "2022": Google Scholar's slash form of {@link oneDate}. */
export function highwireDate(spec: DateSpec): string {
  return oneDate(spec).replaceAll('-', '/');
}

/** The PRISM namespace the `prism.*` tags are in, for `<link rel="schema.prism" href=…>`. */
export const PRISM_SCHEMA = 'http://prismstandard.org/namespaces/basic/2.0/';

/**
 * Highwire `citation_*` tags, the ones Zotero and Google Scholar read, and PRISM's publication name,
 * which gives Zotero the outlet (./item-type.ts). No `citation_journal_title`: none of these is a journal.
 */
export function highwireTags(input: CitationInput): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: input.title }];
  for (const author of input.authors) {
    const { family, given } = splitName(author);
    tags.push({ name: 'citation_author', content: given === undefined ? family : `${family}, ${given}` });
  }
  const date = highwireDate(input.published);
  if (date !== '') tags.push({ name: 'citation_publication_date', content: date });
  tags.push({ name: 'citation_publisher', content: input.publisher ?? input.container });
  tags.push({ name: 'prism.publicationName', content: input.container });
  tags.push({ name: 'citation_language', content: input.language });
  tags.push({ name: 'citation_public_url', content: input.archive.url });
  return tags;
}

/** The schema.org description of an archived article. */
export function jsonLd(input: CitationInput, page: PageInfo): Record<string, unknown> {
  const org = (name: string) => ({ '@type': 'Organization', name });
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': itemType(input.type).schemaOrg.article,
    headline: input.title,
    name: input.title,
    description: page.description,
    url: input.archive.url,
    mainEntityOfPage: input.archive.url,
    inLanguage: input.language,
    isPartOf: { '@type': itemType(input.type).schemaOrg.container, name: input.container },
    publisher: org(input.publisher ?? input.container),
    provider: { '@type': 'Organization', name: page.siteName, url: page.siteUrl },
    isAccessibleForFree: true,
  };
  if (input.authors.length > 0) ld['author'] = input.authors.map((name) => ({ '@type': 'Person', name }));
  if (input.translators.length > 0) ld['translator'] = input.translators.map(org);
  const date = exactDate(input.published);
  if (date !== undefined) ld['datePublished'] = date;
  const basedOn = input.originalUrl ?? input.republished?.url;
  if (basedOn !== undefined) ld['isBasedOn'] = basedOn;
  return ld;
}

/**
 * Serialises JSON-LD for an inline `<script>`: `<` is escaped so that no text in the data can
 * close the script element early.
 */
export function jsonLdScript(ld: Record<string, unknown>): string {
  return JSON.stringify(ld).replace(/</g, '\\u003c');
}
