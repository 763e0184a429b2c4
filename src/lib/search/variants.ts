/**
 * Spelling variants for search, driven by the actor and place registries.
 *
 * Pagefind has no synonyms (Pagefind issue #777) and no OR between words, so a reader who types
 * "Lukasenko" would miss an article that writes "Lukashenka". Expanding the query in the browser
 * would need one search per spelling and would make the facet counts wrong (an article found by two
 * spellings would be counted twice). Instead every article carries, hidden from readers and inside
 * the indexed body, one short block per actor or place it is tagged with (frontmatter `actors` and
 * `places`): the canonical name and every registered spelling. One Pagefind query then finds the
 * article under any spelling, counts stay exact, and the search UI (see `hits.ts`) shows the
 * spelling the text really uses instead of the hidden block. An article's blocks are in the copy of
 * its page the index reads, not in the page readers get (`extras.ts`); an event's are in its page.
 *
 * The spellings live only in `content/actors/*.yaml` and `content/places/*.yaml`, and how they are
 * folded and validated only in `../content/registry.ts`; nothing here lists a name.
 */
import { NAME_SEPARATOR, nameVariants, type RegistryEntry } from '../content/registry.ts';

/** A registry entry as search needs it. */
export type NamedEntry = Pick<RegistryEntry, 'id' | 'name' | 'spellings'>;

/** The id prefix of the hidden name blocks, so the search UI can tell them from paragraphs. */
export const NAMES_ID_PREFIX = 'names-';

/** One hidden block of an article: the element id and its text. */
export interface NameBlock {
  readonly id: string;
  readonly text: string;
}

/**
 * The hidden name blocks of one article, one per tagged actor or place, in the order given. The
 * `kind` keeps an actor and a place with the same id apart in the page's ids.
 */
export function nameBlocks(tagged: ReadonlyArray<{ kind: 'actor' | 'place'; entry: NamedEntry }>): NameBlock[] {
  return tagged.map(({ kind, entry }) => ({
    id: `${NAMES_ID_PREFIX}${kind}-${entry.id}`,
    text: nameVariants(entry).join(NAME_SEPARATOR),
  }));
}
