/**
 * Dublin Core `DC.*` meta tags for an article page, as Zotero's Embedded Metadata translator and
 * library harvesters read them (the DC-HTML convention: `<link rel="schema.DC">` names the element
 * set, then one `<meta name="DC.element">` per value). Made from the same `CitationInput` as the
 * Highwire tags (src/lib/citation/meta.ts), so the two never disagree.
 *
 * DC.date follows the archive's rule of no invented precision: a single date as stored (W3CDTF
 * allows "2022", "2022-06" and "2022-06-17"); an approximate date only its year; a span only
 * what both ends share ("2022" for June–July 2022), or nothing when they share nothing.
 */
import type { CitationInput } from './citation.ts';
import type { MetaTag } from './meta.ts';
import { itemType } from './item-type.ts';
import { oneDate } from './one-date.ts';

/** The DCMI element set's namespace, for `<link rel="schema.DC" href=…>`. */
export const DC_SCHEMA = 'http://purl.org/dc/elements/1.1/';

/** The date DC.date carries: {@link oneDate}, which W3CDTF writes as it is. */
export const dcDate = (spec: CitationInput['published']): string => oneDate(spec);

/**
 * DC.title, DC.creator (one per author, as written), DC.date, DC.publisher, DC.language,
 * DC.source (the original, else the collected copy), DC.identifier (this archive's page) and DC.type
 * (./item-type.ts).
 */
export function dublinCoreTags(input: CitationInput): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'DC.title', content: input.title }];
  for (const author of input.authors) tags.push({ name: 'DC.creator', content: author });
  const date = dcDate(input.published);
  if (date !== '') tags.push({ name: 'DC.date', content: date });
  tags.push({ name: 'DC.publisher', content: input.publisher ?? input.container });
  tags.push({ name: 'DC.language', content: input.language });
  const source = input.originalUrl ?? input.republished?.url;
  if (source !== undefined) tags.push({ name: 'DC.source', content: source });
  tags.push({ name: 'DC.identifier', content: input.archive.url });
  tags.push({ name: 'DC.type', content: itemType(input.type).dcType });
  return tags;
}
