/**
 * Robust Links attributes (the specification at robustlinks.mementoweb.org/spec/, 2020:
 * `data-originalurl` the original's URI, `data-versionurl` a snapshot's, `data-versiondate` the
 * datetime of taking it) for a link to an external address of which a version is known, so that a
 * reader's tools can reach that version when the address rots or changes. The version is a web
 * archive's snapshot that an editor checked, when there is one; otherwise the archive's own copy
 * of the collected page (its collected-copy page, the text as captured). The date is given only when
 * it is known to the day, as the specification's examples write it (YYYY-MM-DD); a span or a month
 * gives none rather than a day nobody recorded.
 */
import type { DateSpec } from '../dates/dates.ts';

export type RobustLinkAttributes = Readonly<Record<'data-originalurl' | 'data-versionurl', string> & { 'data-versiondate'?: string }>;

/** The attributes for a link to `original`, of which `version` (when it was made, if known) is a copy. */
export function robustLink(
  original: string,
  version: { readonly url: string; readonly date?: DateSpec | string | undefined },
): RobustLinkAttributes {
  const spec = typeof version.date === 'string' ? { date: version.date } : version.date;
  const day = spec?.date !== undefined && spec.approximate !== true && /^\d{4}-\d{2}-\d{2}$/.test(spec.date) ? spec.date : undefined;
  return day === undefined
    ? { 'data-originalurl': original, 'data-versionurl': version.url }
    : { 'data-originalurl': original, 'data-versionurl': version.url, 'data-versiondate': day };
}
