/**
 * Metadata for machines, from the same input as the citations (`CitationInput`), so that what
 * Zotero, Google Scholar, search engines and link previews read never disagrees with "Cite this":
 *
 * - Highwire Press `citation_*` tags, which Zotero's Embedded Metadata translator and Google
 *   Scholar read;
 * - schema.org JSON-LD: a NewsArticle (an Article for a blog post) describing the text, with
 *   `isBasedOn` pointing at the original (or at the collected copy when the original was not found);
 * - Open Graph and Twitter card tags for link previews (no image: the archive loads nothing from
 *   elsewhere and has no pictures).
 *
 * Dates follow the archive's rule: only the precision that is known. A day or a month is written
 * at that precision; a span or an approximate date has no single publication date, so
 * `datePublished` and `article:published_time` are left out rather than guessed, and the Highwire
 * date gives only what the whole span shares.
 */
import { mustParse, type DateSpec } from '../dates/dates.ts';
import { splitName, type CitationInput } from './citation.ts';

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

/** The single date a spec names, or undefined for a span or an approximate date. */
function exactDate(spec: DateSpec): string | undefined {
  return spec.date !== undefined && !spec.approximate ? spec.date : undefined;
}

/**
 * The date Highwire tags carry, "2021/03/06", "2022/06" or "2022": Google Scholar's slash form.
 * For a span, the part both ends share (a June–July 2022 span gives "2022"), which is true.
 */
export function highwireDate(spec: DateSpec): string {
  if (spec.date !== undefined && !spec.approximate) return spec.date.replaceAll('-', '/');
  const from = mustParse(spec.from ?? spec.date ?? '');
  const to = mustParse(spec.to ?? spec.date ?? '');
  const a = from.iso.split('-');
  const b = to.iso.split('-');
  const shared: string[] = [];
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) shared.push(a[i] ?? '');
  // An approximate single date keeps only its year: the month or day is the uncertain part.
  return spec.date !== undefined ? (a[0] ?? '') : shared.join('/');
}

/** Highwire `citation_*` tags, the ones Zotero and Google Scholar read. */
export function highwireTags(input: CitationInput): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: input.title }];
  for (const author of input.authors) {
    const { family, given } = splitName(author);
    tags.push({ name: 'citation_author', content: given === undefined ? family : `${family}, ${given}` });
  }
  const date = highwireDate(input.published);
  if (date !== '') tags.push({ name: 'citation_publication_date', content: date });
  tags.push({ name: 'citation_journal_title', content: input.container });
  tags.push({ name: 'citation_publisher', content: input.publisher ?? input.container });
  tags.push({ name: 'citation_language', content: input.language });
  tags.push({ name: 'citation_public_url', content: input.archive.url });
  return tags;
}

/** Open Graph and Twitter card tags for link previews. */
export function socialTags(input: CitationInput, page: PageInfo): MetaTag[] {
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: input.archive.url },
    { property: 'og:site_name', content: page.siteName },
  ];
  const date = exactDate(input.published);
  if (date !== undefined) tags.push({ property: 'article:published_time', content: date });
  for (const author of input.authors) tags.push({ property: 'article:author', content: author });
  tags.push(
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: page.description },
  );
  return tags;
}

/** The schema.org description of an archived article. */
export function jsonLd(input: CitationInput, page: PageInfo): Record<string, unknown> {
  const org = (name: string) => ({ '@type': 'Organization', name });
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': input.genre === 'blog' ? 'Article' : 'NewsArticle',
    headline: input.title,
    name: input.title,
    description: page.description,
    url: input.archive.url,
    mainEntityOfPage: input.archive.url,
    inLanguage: input.language,
    isPartOf: { '@type': input.genre === 'blog' ? 'Blog' : 'Periodical', name: input.container },
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
