/**
 * Events across outlets, per build: for an event, each source article with its outlet, date and
 * the sentence(s) of each cited passage that report the event (chosen by
 * src/lib/content/reporting.ts); for an article, the events that cite it; for an event, the
 * events before and after it in time. Pages render what these return.
 */
import type { DateSpec } from '../lib/dates/dates.ts';
import { reportingSentences, type EventTerms } from '../lib/content/reporting.ts';
import type { Archive, ArchiveEvent, Article } from './archive.ts';

/** One cited passage: a numbered paragraph or a part outside them (standfirst, dateline). */
export interface CitedPassage {
  /** The anchor in the article page: `p4`, `standfirst`, `dateline`. */
  readonly anchor: string;
  /** How readers name it: "Paragraph 4", "Standfirst", "Dateline". */
  readonly label: string;
  readonly sentences: readonly string[];
}

export interface EventSource {
  readonly article: Article;
  readonly outlet: string;
  readonly published: DateSpec;
  readonly passages: readonly CitedPassage[];
  /** True when the passages do not report the event but refer to it, anticipate it or let it be inferred. */
  readonly inferred: boolean;
  /** What the passages say of the event, for an inferred link. */
  readonly note: string | undefined;
}

function termsOf(archive: Archive, event: ArchiveEvent): EventTerms {
  const entity = (id: string, d: { name: string; spellings: readonly string[] } | undefined) =>
    d === undefined ? [] : [{ id, name: d.name, spellings: d.spellings }];
  return {
    title: event.data.title,
    entities: [
      ...event.data.actors.flatMap((r) => entity(`actors:${r.id}`, archive.actorById.get(r.id)?.data)),
      ...event.data.places.flatMap((r) => entity(`places:${r.id}`, archive.placeById.get(r.id)?.data)),
    ],
  };
}

/** The event's sources, in order of publication, each with the reporting sentence(s) of every passage it cites. */
export function eventSources(archive: Archive, event: ArchiveEvent): EventSource[] {
  const terms = termsOf(archive, event);
  const out: EventSource[] = [];
  for (const s of event.data.sources) {
    const article = archive.articleById.get(s.article.id);
    if (article === undefined) continue;
    const d = article.data;
    const parts: CitedPassage[] = s.parts.map((part) => {
      // The standfirst keeps its line breaks: each line is a sentence of its own to the segmenter.
      const text = part === 'standfirst' ? (d.standfirst ?? '') : (d.dateline?.text ?? '');
      return { anchor: part, label: part === 'standfirst' ? 'Standfirst' : 'Dateline', sentences: reportingSentences(text, terms) };
    });
    const paragraphs: CitedPassage[] = s.paragraphs.map((n) => ({
      anchor: `p${n}`,
      label: `Paragraph ${n}`,
      sentences: reportingSentences(article.body.paragraphs[n - 1]?.text ?? '', terms),
    }));
    out.push({
      article,
      outlet: article.outlet.data.name,
      published: d.published,
      passages: [...parts, ...paragraphs],
      inferred: s.inferred,
      note: s.note,
    });
  }
  const { order } = indexesOf(archive);
  // archive.articles is newest first; an event's sources read oldest first.
  return out.sort((a, b) => (order.get(b.article.id) ?? 0) - (order.get(a.article.id) ?? 0));
}

/**
 * Look-ups built once per archive: each article's place in the archive's order, the events citing
 * each article, each event's place in time. Built per page, they would make every article and event
 * page cost time in proportion to the whole archive (bench/README.md).
 */
interface Indexes {
  readonly order: ReadonlyMap<string, number>;
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
    order: new Map(archive.articles.map((a, i) => [a.id, i])),
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
