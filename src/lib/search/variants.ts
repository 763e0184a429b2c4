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

/** The id prefix, after NAMES_ID_PREFIX, of a glossary term's block (src/lib/i18n/glossary.ts): `names-term-<id>`. */
export const TERM_BLOCK = 'term-';

/** The id prefix, after NAMES_ID_PREFIX, of a page's own editorial text in another language: `names-tr-ru`. */
export const TRANSLATION_BLOCK = 'tr-';

/**
 * What a result was found through when its words matched only a hidden block: another spelling of a
 * tagged name, a glossary term (by its id), or neither — the page's own title or description in
 * another language, which is its own text and needs no word.
 */
export function foundThrough(blockId: string | undefined, via: string | undefined): { name: string } | { term: string } | undefined {
  if (blockId === undefined || via === undefined || !blockId.startsWith(NAMES_ID_PREFIX)) return undefined;
  const rest = blockId.slice(NAMES_ID_PREFIX.length);
  if (rest.startsWith(TERM_BLOCK)) return { term: rest.slice(TERM_BLOCK.length) };
  if (rest.startsWith(TRANSLATION_BLOCK)) return undefined;
  return { name: via };
}

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
