/**
 * Spelling variants for search, driven by the actor and place registries.
 *
 * Pagefind has no synonyms (Pagefind issue #777) and no OR between words, so a reader who types
 * "Lukasenko" would miss an article that writes "Lukashenka". Expanding the query in the browser
 * would need one search per spelling and would make the facet counts wrong (an article found by two
 * spellings would be counted twice). Instead every article carries, hidden from readers and inside
 * the indexed body, one short block per actor or place it is tagged with (frontmatter `actors` and
 * `places`): the canonical name and every registered spelling. One Pagefind query then finds the
 * article under any spelling, counts stay exact, and the search UI (see `search-hits.ts`) shows the
 * spelling the text really uses instead of the hidden block.
 *
 * The spellings live only in `content/actors/*.yaml` and `content/places/*.yaml`; nothing here
 * lists a name.
 */
import { stripAccents } from '../site/format.ts';

/** A registry entry as search needs it. `file` is for error messages. */
export interface NamedEntry {
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly spellings: readonly string[];
}

/** Separates the names inside one hidden block; a spelling may not contain it. */
export const NAME_SEPARATOR = '; ';

/** The id prefix of the hidden name blocks, so the search UI can tell them from paragraphs. */
export const NAMES_ID_PREFIX = 'names-';

/**
 * Folds a name or a word for comparison: case, diacritics (Kasym-Žomart = Kasym-Zomart), typographic
 * apostrophes and the punctuation that clings to words in running text. Hyphens stay, because
 * "Alma-Ata" is one word in the text as in the registry.
 */
export function foldWord(word: string): string {
  return stripAccents(word)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/'s$/, '');
}

/** A name as the list of folded words it is written with in running text. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).map(foldWord).filter((w) => w !== '');
}

/**
 * Every way an entry is written, canonical name first, without repeats that differ only in case
 * or diacritics: the set a search for any one of them must reach.
 */
export function nameVariants(entry: NamedEntry): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of [entry.name, ...entry.spellings]) {
    const key = nameWords(n).join(' ');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(n.trim());
  }
  return out;
}

/**
 * Problems that would make the hidden blocks mislead: a spelling containing the separator, or one
 * spelling registered for two entries (a search for it could not say which is meant). Each message
 * names the files and the field.
 */
export function variantProblems(entries: readonly NamedEntry[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, NamedEntry>();
  for (const entry of entries) {
    for (const spelling of [entry.name, ...entry.spellings]) {
      if (spelling.includes(NAME_SEPARATOR.trim())) {
        problems.push(`${entry.file}: spellings: "${spelling}" contains "${NAME_SEPARATOR.trim()}"; expected a name without it`);
      }
      const key = nameWords(spelling).join(' ');
      const other = owner.get(key);
      if (other !== undefined && other.id !== entry.id) {
        problems.push(`${entry.file}: spellings: "${spelling}" is also a name of ${other.id} (${other.file}); expected each spelling to belong to one entry`);
      } else {
        owner.set(key, entry);
      }
    }
  }
  return problems;
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
