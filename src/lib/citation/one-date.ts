/**
 * The one publication date that formats without spans carry (Highwire and DC tags, RIS, BibTeX's
 * `year`/`month`/`date`), so that a reference manager reads the same date from each: a single date
 * as stored; an approximate single date only its year, the month or day being the uncertain part;
 * a span only what both its ends share ("2022" for June–July 2022), or nothing when they share
 * nothing. A span's start is never given alone: it would claim a month the archive does not know.
 * CSL keeps the span itself (`date-parts` with two ends), which its processors can write.
 */
import { type DateSpec, mustParse } from '../dates/dates.ts';

/** The date as ISO parts ("2022", "2022-06", "2022-06-17"), or '' when a span's ends share no year. */
export function oneDate(spec: DateSpec): string {
  if (spec.date !== undefined) return spec.approximate === true ? spec.date.slice(0, 4) : spec.date;
  const a = mustParse(spec.from ?? '').iso.split('-');
  const b = mustParse(spec.to ?? '').iso.split('-');
  const shared: string[] = [];
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) shared.push(a[i] ?? '');
  return shared.join('-');
}

/** True when {@link oneDate} is less than the archive knows or is itself uncertain: a span or "ca.". */
export function isWidened(spec: DateSpec): boolean {
  return spec.date === undefined || spec.approximate === true;
}
