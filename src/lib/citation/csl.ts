/**
 * The one CSL-JSON item every citation and download is made from, and the input it is built from
 * (an article's frontmatter with outlet ids resolved). Dates are never widened: a month stays a
 * month, a span stays a span (`date-parts` with two ends), and an approximate date carries CSL's
 * `circa`.
 *
 * Every citation cites the original publication (author, title, outlet, date as first published)
 * and names this archive's copy as where the text was accessed, because the archived text is what
 * the reader actually read. A republished or translated copy that the archive collected is named
 * too: it is the text the archive reproduces, and it may differ from the original.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { type DateSpec, mustParse, type PartialDate } from '../dates/dates.ts';
import { type ArticleType, itemType } from './item-type.ts';
import { joinList, splitName } from './names.ts';

/** Everything a citation needs, already resolved from the content (outlet ids turned into names). */
export interface CitationInput {
  /** The article's slug: the CSL id and the download file names. */
  readonly id: string;
  /** The title as first published. */
  readonly title: string;
  /** The kind of item, from which every channel's type is named (./item-type.ts). */
  readonly type: ArticleType;
  /** Personal names as written ("Paul Goble"); empty for an unsigned piece. */
  readonly authors: readonly string[];
  /** The periodical, blog or newsletter the piece appeared in (italicised by every style). */
  readonly container: string;
  /** Chicago's parenthetical genre after the container: "*Window on Eurasia* (blog)". */
  readonly genre?: 'blog' | 'newsletter' | undefined;
  /** The publisher, when the container is not itself the outlet (a newsletter of Meduza). */
  readonly publisher?: string | undefined;
  readonly published: DateSpec;
  /** The original's address, or null when the original was not found. */
  readonly originalUrl: string | null;
  /** ISO 639 code of the archived text. */
  readonly language: string;
  /** Translators whose names are known, in the order they worked. */
  readonly translators: readonly string[];
  /** The copy the archive collected, when it is not the original itself. */
  readonly republished?: { readonly by: string; readonly title?: string | undefined; readonly url: string } | undefined;
  /** This archive's copy: where the reader accessed the text. */
  readonly archive: { readonly name: string; readonly url: string };
  /**
   * The day the reader accessed the archive copy (ISO `yyyy-MM-dd`), when known; or `SLOT`, which
   * writes the placeholders `SLOTS.accessedChicago`, `SLOTS.accessedMla` and `SLOTS.accessedGost` for the browser to fill
   * with the reader's own day (src/lib/citation/fill.ts). APA 7 gives an archived copy no access date.
   */
  readonly accessed?: string | typeof SLOT | undefined;
  /**
   * The paragraph cited (the archive's numbering, `#pN`), or `SLOT` for the placeholder
   * `SLOTS.paragraph`; absent when the whole article is cited.
   */
  readonly paragraph?: number | typeof SLOT | undefined;
}

/** Marks a value the browser fills in; see `SLOTS`. */
export const SLOT = Symbol('slot');

/**
 * Placeholders in a citation template. A page embeds templates with these and a small script
 * fills them in the reader's browser (the paragraph from the address, today's date), so no
 * access date is ever written into the HTML as a fact.
 */
export const SLOTS = {
  paragraph: '{{paragraph}}',
  accessedChicago: '{{accessed-chicago}}',
  accessedMla: '{{accessed-mla}}',
  accessedGost: '{{accessed-gost}}',
} as const;

/** The archive copy's address, pointing at the paragraph when one is cited. */
export function archiveUrl(input: CitationInput): string {
  if (input.paragraph === undefined) return input.archive.url;
  return `${input.archive.url}#p${input.paragraph === SLOT ? SLOTS.paragraph : input.paragraph}`;
}

export function paragraphText(input: CitationInput): string | undefined {
  if (input.paragraph === undefined) return undefined;
  return input.paragraph === SLOT ? SLOTS.paragraph : String(input.paragraph);
}

/** A name as CSL writes it. */
export type CslName = { family: string; given?: string } | { literal: string };

/** The subset of CSL-JSON this archive writes. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'post-weblog';
  title: string;
  author?: CslName[];
  translator?: CslName[];
  'container-title': string;
  publisher?: string;
  issued: { 'date-parts': number[][]; circa?: boolean };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  archive: string;
  language: string;
  note?: string;
}

export function dateParts(d: PartialDate): number[] {
  const [y, m, day] = d.iso.split('-').map(Number);
  return [y, m, day].filter((n): n is number => n !== undefined);
}

/** CSL `date-parts` at exactly the known precision: `[[2022,6],[2022,7]]` for a month span. */
export function cslDate(spec: DateSpec): CslItem['issued'] {
  const parts =
    spec.date !== undefined
      ? [dateParts(mustParse(spec.date))]
      : [dateParts(mustParse(spec.from ?? '')), dateParts(mustParse(spec.to ?? ''))];
  return spec.approximate ? { 'date-parts': parts, circa: true } : { 'date-parts': parts };
}

/** The one CSL-JSON item every citation and download is made from. */
export function toCsl(input: CitationInput): CslItem {
  const notes: string[] = [];
  if (input.translators.length > 0) notes.push(`Translated by ${joinList(input.translators)}`);
  if (input.originalUrl !== null) notes.push(`Original: ${input.originalUrl}`);
  if (input.republished !== undefined) {
    const as = input.republished.title === undefined ? '' : ` as “${input.republished.title}”`;
    notes.push(`Republished by ${input.republished.by}${as}: ${input.republished.url}`);
  }
  const item: CslItem = {
    id: input.id,
    type: itemType(input.type).csl,
    title: input.title,
    'container-title': input.container,
    issued: cslDate(input.published),
    // APA 7 cites an archived copy by the archive's address; the original's goes into the note.
    URL: archiveUrl(input),
    archive: input.archive.name,
    language: input.language,
  };
  if (input.authors.length > 0) item.author = input.authors.map(splitName);
  if (input.translators.length > 0) item.translator = input.translators.map((literal) => ({ literal }));
  if (input.publisher !== undefined) item.publisher = input.publisher;
  if (input.accessed !== undefined && input.accessed !== SLOT) item.accessed = { 'date-parts': [dateParts(mustParse(input.accessed))] };
  if (notes.length > 0) item.note = notes.join('. ');
  return item;
}

/** The parts of an article's frontmatter a citation reads; references are `{ id }` as Astro gives them. */
export interface ArticleCitationSource {
  readonly slug: string;
  readonly title: string;
  readonly type: ArticleType;
  readonly collectedTitle?: string | undefined;
  readonly series?: { readonly name: string } | undefined;
  readonly published: DateSpec;
  readonly authors: readonly { readonly name: string }[];
  readonly outlet: { readonly id: { readonly id: string } | string; readonly url: string | null };
  readonly collected: { readonly outlet: { readonly id: string } | string | null; readonly url: string | null };
  readonly translations: readonly { readonly by: { readonly id: string } | string | null }[];
  readonly language: { readonly archived: string };
}

/** What the input builder needs to know about an outlet. */
export interface OutletInfo {
  readonly name: string;
}

export const refId = (r: { readonly id: string } | string): string => (typeof r === 'string' ? r : r.id);

/**
 * Builds the citation input from an article's frontmatter. Kept here, not in a page, so the rules
 * (a newsletter issue is cited by its newsletter's name, the series, with the outlet as publisher;
 * a collected copy counts as republished only when it is not the original itself) are tested once.
 */
export function citationInput(
  article: ArticleCitationSource,
  outlet: (id: string) => OutletInfo,
  archive: { name: string; url: string },
  accessed?: string | typeof SLOT,
): CitationInput {
  const original = outlet(refId(article.outlet.id));
  const newsletter = article.type === 'newsletter-issue' && article.series !== undefined;
  const translators = article.translations.flatMap((t) => (t.by === null ? [] : [outlet(refId(t.by)).name]));
  const collectedUrl = article.collected.url;
  const republished =
    collectedUrl !== null && collectedUrl !== article.outlet.url
      ? {
          by: article.collected.outlet === null ? 'an unidentified site' : outlet(refId(article.collected.outlet)).name,
          title: article.collectedTitle,
          url: collectedUrl,
        }
      : undefined;
  return {
    id: article.slug,
    title: article.title,
    type: article.type,
    authors: article.authors.map((a) => a.name),
    container: newsletter ? (article.series?.name ?? original.name) : original.name,
    genre: article.type === 'blog-post' ? 'blog' : newsletter ? 'newsletter' : undefined,
    publisher: newsletter ? original.name : undefined,
    published: article.published,
    originalUrl: article.outlet.url,
    language: article.language.archived,
    translators: [...new Set(translators)],
    republished,
    archive,
    accessed,
  };
}

/** citation-js on the one CSL item: APA and the download formats are made from it. */
export function cite(input: CitationInput): InstanceType<typeof Cite> {
  return new Cite([toCsl(input)]);
}
