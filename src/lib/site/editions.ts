/**
 * What the editions changelog says about one entry, and where a correction's entry is on the site.
 * Pure: pages pass the editions and the article ids' slugs in.
 */
import type { Correction, EditionData } from '../content/schema.ts';
import { paths } from './urls.ts';

/** The page of a corrected entry (`events/<id>` → `/events/<id>/`), or undefined for one without a page (an outlet). */
export function entryPath(entry: string, slugOf: (articleIdOrSlug: string) => string | undefined): string | undefined {
  const [collection, id = ''] = entry.split('/');
  switch (collection) {
    case 'articles': {
      const slug = slugOf(id);
      return slug === undefined ? undefined : paths.article(slug);
    }
    case 'events':
      return paths.event(id);
    case 'actors':
      return paths.actor(id);
    case 'places':
      return paths.place(id);
    default:
      return undefined;
  }
}

/** The editions that corrected any of `entries` (an article by id and by slug), oldest first, each once. */
export function correctedIn(editions: readonly EditionData[], entries: readonly string[]): Array<{ edition: number; fields: string[] }> {
  return editions.flatMap((e) => {
    const fields = e.corrections.filter((c: Correction) => entries.includes(c.entry)).map((c) => c.field);
    return fields.length > 0 ? [{ edition: e.edition, fields: [...new Set(fields)] }] : [];
  });
}

/** A correction's old or new value as an editor wrote it, for the changelog page. */
export function showValue(v: unknown): string {
  if (v === null) return '(none)';
  return typeof v === 'string' ? `“${v}”` : JSON.stringify(v);
}
