/**
 * What the article and event pages give the search index: the hidden spelling blocks of the actors
 * and places they are tagged with, and an article's metadata (its date key among them) and filters. The content reader has
 * already refused a spelling claimed by two entries (`src/lib/content/registry.ts`).
 */
import { byline } from '../lib/site/format.ts';
import { formatDateSpec } from '../lib/dates/dates.ts';
import { dateKey, yearsOf } from '../lib/search/chronology.ts';
import { involvementFacets } from '../lib/search/involvement-facets.ts';
import { DATE_KEY } from '../lib/search/dates.ts';
import { nameBlocks, type NameBlock, type NamedEntry } from '../lib/search/variants.ts';
import { kindOf, type TaggedType } from '../lib/site/page-kinds.ts';
import { inlineText } from '../lib/content/body.ts';
import { buildVocabulary, vocabularyFiles } from '../lib/search/vocabulary.ts';
import { loadArchive } from './archive.ts';
import type { Actor, Archive, Article, Place } from './archive.ts';
import { glossaryBlocksFor, glossaryTerms } from './glossary.ts';
import { formatDate } from '../lib/i18n/dates.ts';
import { translatedBlocks, translatedMeta } from '../lib/search/translated.ts';
import { withKeyboardForms } from '../lib/search/kazakh-keyboard.ts';
import { facetLabels, type FacetValues, type LabelRegistry, UNSIGNED } from '../lib/search/facet-labels.ts';
import type { FacetLabels } from '../lib/search/words.ts';
import type { Lang } from '../lib/i18n/langs.ts';
// The reader's schema types each block's fields as unknown; they are validated strings (src/lib/content/schema/translations.ts).

/**
 * An actor or place as search sees it: its texts' spellings and its registered names in every script,
 * a Kazakh one also as a Russian keyboard types it (src/lib/search/kazakh-keyboard.ts).
 */
function named(e: Actor | Place): NamedEntry {
  return { id: e.id, name: e.data.name, spellings: withKeyboardForms(e.searchNames) };
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
 * descriptions and titles of actors, places and events) and every registered name and spelling, and
 * every form of a glossary term.
 */
export function searchableText(archive: Archive): { texts: string[]; names: string[] } {
  const texts: string[] = [];
  for (const a of archive.articles) {
    texts.push(a.data.title, a.data.standfirst ?? '', a.data.dateline?.text ?? '');
    for (const b of a.body.blocks) texts.push(inlineText(b.inlines));
  }
  for (const e of [...archive.actors, ...archive.places]) texts.push(e.data.name, e.data.description, ...e.data.spellings);
  for (const ev of archive.events) texts.push(ev.data.title, ev.data.description);
  const names = [...archive.actors, ...archive.places].flatMap((e) => [e.data.name, ...e.searchNames]);
  names.push(...glossaryTerms().flatMap((t) => t.data.names.map((n) => n.form)));
  return { texts, names };
}

/** The actors and places a page is tagged with: an article's or an event's view. */
export interface Tagged {
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
}

/**
 * The hidden blocks that let a search for any spelling or registered name of a tagged actor or
 * place, or any form of a glossary term connected to it, find this page (an article or an event;
 * rendered by src/components/SearchNames.astro).
 */
export function taggedNameBlocks(tagged: Tagged): NameBlock[] {
  return [
    ...nameBlocks([
      ...tagged.actors.map((actor) => ({ kind: 'actor' as const, entry: named(actor) })),
      ...tagged.places.map((place) => ({ kind: 'place' as const, entry: named(place) })),
    ]),
    ...glossaryBlocksFor(tagged),
  ];
}

/**
 * The result metadata (with the date key the date order is built from: src/lib/search/dates.ts) and
 * facet values of an article, as `data-pagefind-*` pairs.
 */
export function articleSearchData(archive: Archive, article: Article) {
  const d = article.data;
  const outlet = article.outlet.data.name;
  const involved = involvementFacets(archive.actors, article.involvement);
  return {
    meta: {
      date: formatDateSpec(d.published),
      outlet,
      author: byline(d.authors),
      [DATE_KEY]: dateKey(d.published),
      ...involved.meta,
      // The date in the other languages; the title stays as collected (src/lib/search/result-lang.ts).
      ...translatedMeta({ title: d.title, titleFrom: 'name' }, (lang) => formatDate(d.published, lang)),
    },
    filters: {
      ...involved.filters,
      actor: article.actors.map((a) => a.data.name),
      place: article.places.map((p) => p.data.name),
      outlet: [outlet],
      author: d.authors.length > 0 ? d.authors.map((a) => a.name) : [UNSIGNED],
      year: yearsOf(d.published),
    },
  };
}

/**
 * What the event, actor and place pages give the index in Russian and Kazakh (src/lib/search/translated.ts),
 * by the page's file in the built site: the result fields and the hidden blocks of their own text.
 */
export function translatedExtras(archive: Archive): Map<string, { meta: Record<string, string>; blocks: NameBlock[] }> {
  const out = new Map<string, { meta: Record<string, string>; blocks: NameBlock[] }>();
  for (const ev of archive.events) {
    const entry = {
      title: ev.data.title,
      description: ev.data.description,
      translations: ev.data.translations,
      titleFrom: 'translation' as const,
    };
    const meta = translatedMeta(entry, (lang) => formatDate(ev.data.when, lang));
    out.set(`events/${ev.id}/index.html`, { meta, blocks: translatedBlocks(entry) });
  }
  for (const [folder, entries] of [
    ['actors', archive.actors],
    ['places', archive.places],
  ] as const) {
    for (const e of entries) {
      const entry = {
        title: e.data.name,
        description: e.data.description,
        translations: e.data.translations,
        names: e.data.names,
      };
      const named = { ...entry, titleFrom: 'name' as const };
      out.set(`${folder}/${e.id}/index.html`, { meta: translatedMeta(named), blocks: translatedBlocks(named) });
    }
  }
  return out;
}

/**
 * The filter values the index holds for the facets that have labels: the articles' (as
 * `articleSearchData` gives them) and the events' (as src/components/pages/Event.astro gives them).
 */
function labelledValues(archive: Archive): FacetValues {
  const values = {
    actor: new Set<string>(),
    place: new Set<string>(),
    state: new Set<string>(),
    kind: new Set<string>(),
    acting: new Set<string>(),
  };
  for (const tagged of [...archive.articles, ...archive.events]) {
    for (const a of tagged.actors) values.actor.add(a.data.name);
    for (const p of tagged.places) values.place.add(p.data.name);
    const { filters } = involvementFacets(archive.actors, tagged.involvement);
    for (const key of ['state', 'kind', 'acting'] as const) for (const v of filters[key]) values[key].add(v);
  }
  const unsigned = archive.articles.some((a) => a.data.authors.length === 0);
  return { ...values, author: unsigned ? [UNSIGNED] : [] };
}

/** What every language's labels are made from: the registry's names and the values the index holds, read once. */
let labelSources: Promise<{ registry: LabelRegistry; values: FacetValues }> | undefined;
const labels = new Map<Lang, Promise<FacetLabels>>();

/** The search page's labels of facet values in `lang` (src/lib/search/facet-labels.ts), made once per language. */
export function searchFacetLabels(lang: Lang): Promise<FacetLabels> {
  labelSources ??= loadArchive().then((archive) => ({
    registry: {
      actors: archive.actors.map((a) => ({ name: a.data.name, names: a.data.names, kind: a.data.kind })),
      places: archive.places.map((p) => ({ name: p.data.name, names: p.data.names })),
    },
    values: labelledValues(archive),
  }));
  let made = labels.get(lang);
  if (made === undefined) {
    made = labelSources.then(({ registry, values }) => facetLabels(lang, registry, values));
    labels.set(lang, made);
  }
  return made;
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
