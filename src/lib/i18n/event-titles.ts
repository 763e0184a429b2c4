/**
 * The titles of the events in a list of timeline entries as a page in `lang` shows them (src/lib/i18n/
 * editorial.ts), so that the page can say once which of them are not yet translated or are drafts.
 */
import type { Translations } from '../content/schema/translations.ts';
import { type Editorial, editorial } from './editorial.ts';
import type { Lang } from './langs.ts';

/**
 * An entry's translations as src/lib/i18n/editorial.ts reads them. The reader types them loosely (one
 * schema serves every collection's fields); the schema has already checked each block's status and fields.
 */
export function translationsOf(entry: { readonly data: { readonly translations?: unknown } } | undefined): Translations | undefined {
  return entry?.data.translations as Translations | undefined;
}

/** The shown title of each event among `entries`; publications, whose titles are archived text, are left out. */
export function eventTitles(
  entries: ReadonlyArray<{ readonly kind: string; readonly id: string; readonly title: string }>,
  events: ReadonlyMap<string, { readonly data: { readonly translations?: unknown } }>,
  lang: Lang,
): Editorial[] {
  return entries.flatMap((e) => (e.kind === 'event' ? [editorial(e.title, translationsOf(events.get(e.id)), 'title', lang)] : []));
}
