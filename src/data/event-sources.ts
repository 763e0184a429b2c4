/**
 * Events in the archive's order, per build: for an article, the events that cite it; for an event,
 * the events before and after it in time. An event's own sources, with their outlets and reporting
 * sentences, are in its view (`entry-views.ts`).
 */
import type { Archive, ArchiveEvent, Article } from './archive.ts';

/**
 * Look-ups built once per archive: the events citing each article, each event's place in time, so
 * that no article or event page costs time in proportion to the whole archive.
 */
interface Indexes {
  readonly citing: ReadonlyMap<string, readonly ArchiveEvent[]>;
  readonly eventIndex: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Archive, Indexes>();

function indexesOf(archive: Archive): Indexes {
  const hit = indexes.get(archive);
  if (hit !== undefined) return hit;
  const citing = new Map<string, ArchiveEvent[]>();
  for (const e of archive.events) {
    for (const id of new Set(e.data.sources.map((s) => s.article.id))) {
      const list = citing.get(id);
      if (list === undefined) citing.set(id, [e]);
      else list.push(e);
    }
  }
  const built = {
    citing,
    eventIndex: new Map(archive.events.map((e, i) => [e.id, i])),
  };
  indexes.set(archive, built);
  return built;
}

/** The events that cite an article, in date order (archive.events is sorted by date). */
export function eventsCiting(archive: Archive, article: Article): ArchiveEvent[] {
  return [...(indexesOf(archive).citing.get(article.id) ?? [])];
}

/** The events just before and after one in time. */
export function neighbours(archive: Archive, event: ArchiveEvent): { prev: ArchiveEvent | undefined; next: ArchiveEvent | undefined } {
  const i = indexesOf(archive).eventIndex.get(event.id) ?? -1;
  return { prev: archive.events[i - 1], next: i < 0 ? undefined : archive.events[i + 1] };
}
