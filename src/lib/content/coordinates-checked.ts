/**
 * Issue 26's standard applied to a place's coordinates: the figures a map draws are a fact like any
 * name form, so they rest on a credible stored page that was read, and the record says what that page
 * says. The schema requires the record (`coordinates.checked`); this refuses one whose basis is
 * `knowledge`, which says no page was read, so that the message says what to do rather than only
 * that a value is wrong. Written beside `page-checked.ts` (the same rule for name forms) because
 * coordinates have one record, not a list.
 */
import type { Problem } from './integrity.ts';
import { formatPath } from './located.ts';

/** The coordinates of one place whose check rests on knowledge alone, as a problem (its position is added by the reader). */
export function unreadCoordinatesProblems(file: string, data: unknown): Problem[] {
  const coordinates = data !== null && typeof data === 'object' ? (data as { coordinates?: unknown }).coordinates : undefined;
  if (coordinates === null || typeof coordinates !== 'object') return [];
  const checked = (coordinates as { checked?: unknown }).checked;
  if (checked === null || typeof checked !== 'object' || (checked as { basis?: unknown }).basis !== 'knowledge') return [];
  const { lat, lon } = coordinates as { lat?: unknown; lon?: unknown };
  const figures = typeof lat === 'number' && typeof lon === 'number' ? ` (${lat}, ${lon})` : '';
  return [
    {
      file,
      field: formatPath(['coordinates', 'checked', 'basis']),
      found: `knowledge: the coordinates${figures} were not checked against a page`,
      expected: 'page: a credible stored page that gives the coordinates, its words quoted in the note (or remove the coordinates)',
    },
  ];
}
