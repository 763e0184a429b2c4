/**
 * An event's neighbours in time, per build. What an event cites and what cites an article are in
 * their views (`entry-views.ts`: an event's sources, an article's `citedBy`).
 */
import type { Archive, ArchiveEvent } from './archive.ts';

/** Each event's place in time, built once per archive, so that no event page costs time in proportion to the whole archive. */
const indexes = new WeakMap<Archive, ReadonlyMap<string, number>>();

function eventIndexOf(archive: Archive): ReadonlyMap<string, number> {
  let index = indexes.get(archive);
  if (index === undefined) {
    index = new Map(archive.events.map((e, i) => [e.id, i]));
    indexes.set(archive, index);
  }
  return index;
}

/** The events just before and after one in time. */
export function neighbours(archive: Archive, event: ArchiveEvent): { prev: ArchiveEvent | undefined; next: ArchiveEvent | undefined } {
  const i = eventIndexOf(archive).get(event.id) ?? -1;
  return { prev: archive.events[i - 1], next: i < 0 ? undefined : archive.events[i + 1] };
}
