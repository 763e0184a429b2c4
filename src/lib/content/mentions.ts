/**
 * Finding who and what a text names, through the registries' spellings.
 *
 * The sources spell the same person several ways (Tokayev, Tokaev, Kasym-Žomart, Kassym-Jomart),
 * and an actor page must find all of them without a hand list per page. Matching is done on a
 * folded copy of the text (Unicode compatibility decomposition with the marks stripped, curly
 * apostrophes and hyphen look-alikes made plain) so that "Sanchez" finds "Sánchez" and
 * "Tokayev’s" finds "Tokayev", and offsets are mapped back to the original text.
 *
 * Rules, each tested in `mentions.test.ts`:
 * - whole words only: "Putin" does not match "Putinism", "Kazakh" does not match "Kazakhstan";
 *   a possessive ('s or ’s) still matches, and so does a word after a hyphen ("pro-Kiev");
 * - a hyphen or space inside a spelling matches a hyphen or white space in the text;
 * - case is ignored, except for all-capital spellings (US, CSTO, NATO, U.S.), which match only in
 *   capitals so that "us" is never the United States;
 * - leftmost-longest: "Alyaksandr Lukashenka" is one mention, and "Carnegie Moscow Center" is
 *   not also a mention of Moscow.
 */
import { stripAccents } from '../site/format.ts';

/** Anything with a name and other spellings: an actor or a place. */
export interface RegistryEntry {
  /** Unique within one matcher; callers combining registries prefix it (see {@link registryKey}). */
  readonly id: string;
  readonly name: string;
  readonly spellings: readonly string[];
}

/** One place where a text names a registry entry. */
export interface Mention {
  readonly id: string;
  /** The registry spelling (or the canonical name) that matched. */
  readonly spelling: string;
  /** The words as they stand in the text. */
  readonly text: string;
  /** Offsets in the original text, `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
}

/** A compiled matcher: build once per registry, run on every text. */
export type Matcher = (text: string) => Mention[];

interface Folded {
  readonly folded: string;
  /** For each UTF-16 unit of `folded`, the offsets of the original character it came from. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/u;
const HYPHENS = /[\u2010\u2011\u2012\u2013]/u;

/**
 * Folds a text for matching while remembering where each folded unit came from. NFKD plus
 * stripping `\p{M}` is Unicode's own table of "the same letter without accents"; a hand-written
 * table would miss letters the sources have not used yet.
 */
export function foldText(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    let f: string;
    if (APOSTROPHES.test(char)) f = "'";
    else if (HYPHENS.test(char)) f = '-';
    else f = stripAccents(char);
    const end = offset + char.length;
    // A lone combining mark folds to nothing; it belongs to the letter before it.
    if (f === '' && ends.length > 0) {
      for (let i = ends.length - 1; i >= 0 && ends[i] === offset; i--) ends[i] = end;
    }
    for (let i = 0; i < f.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    folded += f;
    offset = end;
  }
  return { folded, starts, ends };
}

/** An all-capital spelling (US, U.S., CSTO) is an acronym: matching it without case would find "us". */
export function isAcronym(spelling: string): boolean {
  const letters = spelling.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(spelling);
}

/** The key two spellings share when they may match the same words. */
function keyOf(folded: string, acronym: boolean): string {
  const k = folded.replace(/[-\s]+/g, ' ').trim();
  return acronym ? k : k.toLowerCase();
}

function patternOf(folded: string): string {
  return folded
    .trim()
    .split(/[-\s]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[-\\s]+');
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Compiles the registry into two regular expressions (case-insensitive words, case-sensitive
 * acronyms), alternatives longest first. Compiling once matters at scale: thousands of articles
 * run through the same matcher. Two entries claiming the same spelling is an editorial error that
 * would silently credit one of them, so it throws, naming both.
 */
export function compileMatcher(entries: readonly RegistryEntry[]): Matcher {
  const owners = new Map<string, { id: string; spelling: string }>();
  const words: string[] = [];
  const acronyms: string[] = [];
  for (const entry of entries) {
    for (const spelling of new Set([entry.name, ...entry.spellings])) {
      const folded = foldText(spelling).folded;
      const acronym = isAcronym(folded);
      const key = keyOf(folded, acronym);
      if (key === '') throw new Error(`registry entry "${entry.id}": the spelling "${spelling}" has no letters to match`);
      const owner = owners.get((acronym ? 'A:' : 'w:') + key);
      if (owner !== undefined) {
        if (owner.id === entry.id) continue;
        throw new Error(`registry entries "${owner.id}" and "${entry.id}" both claim the spelling "${spelling}"; expected each spelling to name one entry`);
      }
      owners.set((acronym ? 'A:' : 'w:') + key, { id: entry.id, spelling });
      (acronym ? acronyms : words).push(folded);
    }
  }
  const build = (list: string[], flags: string) => {
    if (list.length === 0) return undefined;
    const alternatives = [...list].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(patternOf);
    return new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, flags);
  };
  const wordRe = build(words, 'giu');
  const acronymRe = build(acronyms, 'gu');

  return (text: string): Mention[] => {
    const { folded, starts, ends } = foldText(text);
    const found: Array<{ start: number; end: number; owner: { id: string; spelling: string } }> = [];
    for (const [re, acronym] of [[wordRe, false], [acronymRe, true]] as const) {
      if (re === undefined) continue;
      for (const m of folded.matchAll(re)) {
        const owner = owners.get((acronym ? 'A:' : 'w:') + keyOf(m[0], acronym));
        if (owner === undefined) continue;
        found.push({ start: m.index, end: m.index + m[0].length, owner });
      }
    }
    // Leftmost-longest across both expressions, so no words are counted twice.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let reached = 0;
    for (const f of found) {
      if (f.start < reached) continue;
      reached = f.end;
      const start = starts[f.start] ?? 0;
      const end = ends[f.end - 1] ?? start;
      mentions.push({ id: f.owner.id, spelling: f.owner.spelling, text: text.slice(start, end), start, end });
    }
    return mentions;
  };
}

/** One-off convenience for tests and small scripts; pages should compile once and reuse. */
export function findMentions(entries: readonly RegistryEntry[], text: string): Mention[] {
  return compileMatcher(entries)(text);
}

/** Where one entry is named in one article. */
export interface ArticleMention {
  readonly article: string;
  /** Paragraph numbers (as in `#pN`), ascending, each once. */
  readonly paragraphs: readonly number[];
  /** The words the article uses for the entry, as written, each once. */
  readonly forms: readonly string[];
  readonly count: number;
}

/** The mentions of a whole archive, both ways round. */
export interface MentionIndex {
  /** Entry id → the articles naming it, in the order the articles were given. */
  readonly byEntry: ReadonlyMap<string, readonly ArticleMention[]>;
  /** Article id → the entries it names. */
  readonly byArticle: ReadonlyMap<string, ReadonlySet<string>>;
  /** Entry id → the entries named in the same paragraphs, most often first. */
  readonly beside: ReadonlyMap<string, ReadonlyArray<{ id: string; paragraphs: number }>>;
}

/** An article as the index needs it: its id and numbered paragraphs (from `parseBody`). */
export interface IndexableArticle {
  readonly id: string;
  readonly paragraphs: ReadonlyArray<{ readonly n: number; readonly text: string }>;
}

/**
 * Indexes every article's paragraphs in one pass. Paragraphs, not whole texts, are the unit
 * because a reader follows a mention to `#pN`, and because "appears beside" is most meaningful
 * within a paragraph: two actors in one 20-paragraph article are not necessarily related.
 */
export function indexMentions(matcher: Matcher, articles: readonly IndexableArticle[]): MentionIndex {
  const byEntry = new Map<string, ArticleMention[]>();
  const byArticle = new Map<string, Set<string>>();
  const pairs = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const here = new Map<string, { paragraphs: Set<number>; forms: Set<string>; count: number }>();
    for (const p of article.paragraphs) {
      const ids = new Set<string>();
      for (const m of matcher(p.text)) {
        ids.add(m.id);
        let h = here.get(m.id);
        if (h === undefined) here.set(m.id, (h = { paragraphs: new Set(), forms: new Set(), count: 0 }));
        h.paragraphs.add(p.n);
        h.forms.add(m.text);
        h.count++;
      }
      for (const a of ids) {
        for (const b of ids) {
          if (a === b) continue;
          let row = pairs.get(a);
          if (row === undefined) pairs.set(a, (row = new Map()));
          row.set(b, (row.get(b) ?? 0) + 1);
        }
      }
    }
    byArticle.set(article.id, new Set(here.keys()));
    for (const [id, h] of here) {
      let list = byEntry.get(id);
      if (list === undefined) byEntry.set(id, (list = []));
      list.push({ article: article.id, paragraphs: [...h.paragraphs].sort((x, y) => x - y), forms: [...h.forms], count: h.count });
    }
  }
  const beside = new Map<string, Array<{ id: string; paragraphs: number }>>();
  for (const [id, row] of pairs) {
    beside.set(
      id,
      [...row].map(([other, paragraphs]) => ({ id: other, paragraphs })).sort((x, y) => y.paragraphs - x.paragraphs || x.id.localeCompare(y.id)),
    );
  }
  return { byEntry, byArticle, beside };
}

/** Prefixes an id with its collection so actors and places can share one matcher without clashing. */
export function registryKey(collection: 'actors' | 'places', id: string): string {
  return `${collection}/${id}`;
}

/** Splits a {@link registryKey} back into its collection and id. */
export function parseRegistryKey(key: string): { collection: 'actors' | 'places'; id: string } {
  const [collection, ...rest] = key.split('/');
  if ((collection !== 'actors' && collection !== 'places') || rest.length === 0) throw new Error(`"${key}" is not a registry key; expected "actors/<id>" or "places/<id>"`);
  return { collection, id: rest.join('/') };
}
