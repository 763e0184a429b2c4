/**
 * Links that look up the Wayback Machine's copies of an external address, for when the address rots.
 *
 * `https://web.archive.org/web/<timestamp>/<url>` is the Wayback Machine's own form: given a
 * timestamp it serves the capture nearest to it, and a partial timestamp (`2022`, `202206`) is
 * accepted and read as the start of that period. The link is only constructed: nothing is
 * requested at build time, and a reader's browser asks the Wayback Machine only if followed.
 *
 * The date is the one that matters for the address, at its known precision and never more:
 * - a single date gives its digits as stored: "2021-03-06" → 20210306, "2022-06" → 202206, "2022" → 2022;
 * - a span (`from`/`to`) gives its start, `from`, the earliest the page can have existed in that form;
 * - an approximate single date is used as stored: the Wayback Machine picks the nearest capture anyway.
 * Callers pass the publication date for the original, the collected copy, related links and
 * outlet sites on an article page, since that is when the page read as archived here.
 */
import { type DateSpec, formatDateSpec } from '../dates/dates.ts';

/** The Wayback Machine timestamp for a date spec: its date's digits, or a span's start. */
export function waybackTimestamp(spec: DateSpec | undefined): string {
  const iso = spec?.date ?? spec?.from ?? '';
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso)) return '';
  return iso.replaceAll('-', '');
}

/**
 * The Wayback Machine address for `url` nearest `spec`. Without a date it is the bare
 * `/web/<url>` form, which lists every capture. The URL is appended as it is: the Wayback Machine
 * reads everything after the timestamp as the address, query string included.
 */
export function waybackUrl(url: string, spec?: DateSpec): string {
  const stamp = waybackTimestamp(spec);
  return `https://web.archive.org/web/${stamp === '' ? '' : `${stamp}/`}${url}`;
}

/**
 * The visible label of a Wayback link: a look-up of the captures near the date, since nobody has
 * opened the capture it lands on and checked it against the text ("find archived copies near
 * 28 December 2022"; without a date, "find archived copies"). A checked snapshot is linked as such
 * instead (src/lib/provenance/robust-links.ts).
 */
export function waybackLabel(spec?: DateSpec): string {
  const iso = spec?.date ?? spec?.from;
  return waybackTimestamp(spec) === '' || iso === undefined
    ? 'find archived copies'
    : `find archived copies near ${formatDateSpec({ date: iso })}`;
}
