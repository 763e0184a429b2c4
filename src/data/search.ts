/**
 * What the article page gives the search index: the hidden spelling blocks of the actors and
 * places an article is tagged with, and its metadata, filters and sort key. The content reader has
 * already refused a spelling claimed by two entries (`src/lib/content/registry.ts`).
 */
import { byline } from '../lib/site/format.ts';
import { formatDateSpec, sortKey, startYear } from '../lib/dates/dates.ts';
import { nameBlocks, type NameBlock, type NamedEntry } from '../lib/search/variants.ts';
import type { Archive, Article } from './archive.ts';

function named(e: { id: string; data: { name: string; spellings: string[] } }): NamedEntry {
  return { id: e.id, name: e.data.name, spellings: e.data.spellings };
}

/** The hidden blocks that let a search for any spelling of a tagged name find this article. */
export function articleNameBlocks(archive: Archive, article: Article): NameBlock[] {
  const tagged: Array<{ kind: 'actor' | 'place'; entry: NamedEntry }> = [];
  for (const ref of article.data.actors) {
    const actor = archive.actorById.get(ref.id);
    if (actor) tagged.push({ kind: 'actor', entry: named(actor) });
  }
  for (const ref of article.data.places) {
    const place = archive.placeById.get(ref.id);
    if (place) tagged.push({ kind: 'place', entry: named(place) });
  }
  return nameBlocks(tagged);
}

/** The result metadata, facet values and sort key of an article, as `data-pagefind-*` pairs. */
export function articleSearchData(archive: Archive, article: Article) {
  const d = article.data;
  const outlet = archive.outletById.get(d.outlet.id.id)?.data.name ?? d.outlet.id.id;
  return {
    meta: { date: formatDateSpec(d.published), outlet, author: byline(d.authors) },
    sort: { date: sortKey(d.published) },
    filters: {
      actor: d.actors.map((r) => archive.actorById.get(r.id)?.data.name ?? r.id),
      place: d.places.map((r) => archive.placeById.get(r.id)?.data.name ?? r.id),
      outlet: [outlet],
      author: d.authors.length > 0 ? d.authors.map((a) => a.name) : ['Unsigned'],
      year: [String(startYear(d.published))],
    },
  };
}
