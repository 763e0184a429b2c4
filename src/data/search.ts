/**
 * What the article and event pages give the search index: the hidden spelling blocks of the actors
 * and places they are tagged with, and an article's metadata (its date key among them) and filters. The content reader has
 * already refused a spelling claimed by two entries (`src/lib/content/registry.ts`).
 */
import { byline } from '../lib/site/format.ts';
import { formatDateSpec } from '../lib/dates/dates.ts';
import { dateKey, yearsOf } from '../lib/search/chronology.ts';
import { involvementSearchData } from '../lib/search/involvement-facets.ts';
import { articleInvolving } from '../lib/involvement/involvement.ts';
import { DATE_KEY } from '../lib/search/dates.ts';
import { nameBlocks, type NameBlock, type NamedEntry } from '../lib/search/variants.ts';
import { kindOf, type TaggedType } from '../lib/site/page-kinds.ts';
import { inlineText } from '../lib/content/body.ts';
import { searchForms } from '../lib/content/registry.ts';
import { buildVocabulary, vocabularyFiles } from '../lib/search/vocabulary.ts';
import { loadArchive } from './archive.ts';
import type { Archive, Article } from './archive.ts';

interface Registered {
  id: string;
  data: { name: string; spellings: string[]; names: Array<{ form: string }> };
}

/** An actor or place as search sees it: its texts' spellings and its registered names in every script. */
function named(e: Registered): NamedEntry {
  return { id: e.id, name: e.data.name, spellings: searchForms(e.data) };
}

/**
 * The `type` filter values of the actor, place and event pages; article pages carry none, and the search
 * page names them "Article" (src/lib/search/url.ts, `TAGGED_TYPES`).
 */
export const SEARCH_TYPES = {
  actor: kindOf('actors').searchType,
  place: kindOf('places').searchType,
  event: kindOf('events').searchType,
} as Record<'actor' | 'place' | 'event', TaggedType>;

/**
 * The words search can find, for the typo vocabulary (src/lib/search/vocabulary.ts): the text the
 * pages give the index (titles, standfirsts, datelines, paragraphs and headings; the names,
 * descriptions and titles of actors, places and events) and every registered name and spelling.
 */
export function searchableText(archive: Archive): { texts: string[]; names: string[] } {
  const texts: string[] = [];
  for (const a of archive.articles) {
    texts.push(a.data.title, a.data.standfirst ?? '', a.data.dateline?.text ?? '');
    for (const b of a.body.blocks) texts.push(inlineText(b.inlines));
  }
  for (const e of [...archive.actors, ...archive.places]) texts.push(e.data.name, e.data.description, ...e.data.spellings);
  for (const ev of archive.events) texts.push(ev.data.title, ev.data.description);
  const names = [...archive.actors, ...archive.places].flatMap((e) => [e.data.name, ...searchForms(e.data)]);
  return { texts, names };
}

/** The actors and places a page is tagged with: an article's or an event's `actors` and `places`. */
export interface Tagged {
  readonly actors: ReadonlyArray<{ readonly id: string }>;
  readonly places: ReadonlyArray<{ readonly id: string }>;
}

/**
 * The hidden blocks that let a search for any spelling or registered name of a tagged actor or
 * place find this page (an article or an event; rendered by src/components/SearchNames.astro).
 */
export function taggedNameBlocks(archive: Archive, tagged: Tagged): NameBlock[] {
  const entries: Array<{ kind: 'actor' | 'place'; entry: NamedEntry }> = [];
  for (const ref of tagged.actors) {
    const actor = archive.actorById.get(ref.id);
    if (actor) entries.push({ kind: 'actor', entry: named(actor) });
  }
  for (const ref of tagged.places) {
    const place = archive.placeById.get(ref.id);
    if (place) entries.push({ kind: 'place', entry: named(place) });
  }
  return nameBlocks(entries);
}

/**
 * The result metadata (with the date key the date order is built from: src/lib/search/dates.ts) and
 * facet values of an article, as `data-pagefind-*` pairs.
 */
export function articleSearchData(archive: Archive, article: Article) {
  const d = article.data;
  const outlet = article.outlet.data.name;
  const involved = involvementSearchData(archive.actors, articleInvolving(article));
  return {
    meta: { date: formatDateSpec(d.published), outlet, author: byline(d.authors), [DATE_KEY]: dateKey(d.published), ...involved.meta },
    filters: {
      ...involved.filters,
      actor: d.actors.map((r) => archive.actorById.get(r.id)?.data.name ?? r.id),
      place: d.places.map((r) => archive.placeById.get(r.id)?.data.name ?? r.id),
      outlet: [outlet],
      author: d.authors.length > 0 ? d.authors.map((a) => a.name) : ['Unsigned'],
      year: yearsOf(d.published),
    },
  };
}

let vocabulary: Promise<{ words: number; files: Map<string, string[]> }> | undefined;

/**
 * The typo vocabulary, built once per build: its size in words and its files by name (first-letter
 * and second files, src/lib/search/vocabulary.ts), written by src/pages/search/vocabulary/.
 */
export function searchVocabulary(): Promise<{ words: number; files: Map<string, string[]> }> {
  vocabulary ??= loadArchive().then((archive) => {
    const { texts, names } = searchableText(archive);
    const words = buildVocabulary(texts, names);
    return { words: words.length, files: vocabularyFiles(words) };
  });
  return vocabulary;
}
