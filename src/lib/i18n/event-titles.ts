/**
 * The titles of the events in a list of timeline entries as a page in `lang` shows them (src/lib/i18n/
 * editorial.ts), so that the page can say once which of them are not yet translated or are drafts.
 */
import type { Translations } from '../content/schema/translations.ts';
import { type Editorial, editorial } from './editorial.ts';
import type { Lang } from './langs.ts';

/** The shown title of each event among `entries`; publications, whose titles are archived text, are left out. */
export function eventTitles(
  entries: ReadonlyArray<{ readonly kind: string; readonly id: string; readonly title: string }>,
  events: ReadonlyMap<string, { readonly data: { readonly translations?: Translations | undefined } }>,
  lang: Lang,
): Editorial[] {
  return entries.flatMap((e) => (e.kind === 'event' ? [editorial(e.title, events.get(e.id)?.data.translations, 'title', lang)] : []));
}
