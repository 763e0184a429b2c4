/**
 * Where the archive names its actors and places: every article's paragraphs run through the
 * registry's matcher (`matching.ts`), indexed both ways round, with who appears beside whom.
 */
import type { Matcher, Mention } from './matching.ts';

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

/** An article as the index needs it: its id and the registry's names in each numbered paragraph. */
export interface IndexableArticle {
  readonly id: string;
  readonly paragraphs: ReadonlyArray<{ readonly n: number; readonly mentions: readonly Mention[] }>;
}

/** Numbered paragraphs with the names the matcher finds in each, for {@link indexMentions}. */
export function matchParagraphs(
  matcher: Matcher,
  paragraphs: ReadonlyArray<{ readonly n: number; readonly text: string }>,
): IndexableArticle['paragraphs'] {
  return paragraphs.map((p) => ({ n: p.n, mentions: matcher(p.text) }));
}

/**
 * Indexes every article's paragraphs in one pass. Paragraphs, not whole texts, are the unit
 * because a reader follows a mention to `#pN`, and because "appears beside" is most meaningful
 * within a paragraph: two actors in one 20-paragraph article are not necessarily related.
 */
export function indexMentions(articles: readonly IndexableArticle[]): MentionIndex {
  const byEntry = new Map<string, ArticleMention[]>();
  const byArticle = new Map<string, Set<string>>();
  const pairs = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const here = new Map<string, { paragraphs: Set<number>; forms: Set<string>; count: number }>();
    for (const p of article.paragraphs) {
      const ids = new Set<string>();
      for (const m of p.mentions) {
        ids.add(m.id);
        let h = here.get(m.id);
        if (h === undefined) {
          h = { paragraphs: new Set(), forms: new Set(), count: 0 };
          here.set(m.id, h);
        }
        h.paragraphs.add(p.n);
        h.forms.add(m.text);
        h.count++;
      }
      for (const a of ids) {
        for (const b of ids) {
          if (a === b) continue;
          let row = pairs.get(a);
          if (row === undefined) {
            row = new Map();
            pairs.set(a, row);
          }
          row.set(b, (row.get(b) ?? 0) + 1);
        }
      }
    }
    byArticle.set(article.id, new Set(here.keys()));
    for (const [id, h] of here) {
      let list = byEntry.get(id);
      if (list === undefined) {
        list = [];
        byEntry.set(id, list);
      }
      list.push({ article: article.id, paragraphs: [...h.paragraphs].sort((x, y) => x - y), forms: [...h.forms], count: h.count });
    }
  }
  const beside = new Map<string, Array<{ id: string; paragraphs: number }>>();
  for (const [id, row] of pairs) {
    beside.set(
      id,
      [...row]
        .map(([other, paragraphs]) => ({ id: other, paragraphs }))
        .sort((x, y) => y.paragraphs - x.paragraphs || x.id.localeCompare(y.id)),
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
  if ((collection !== 'actors' && collection !== 'places') || rest.length === 0)
    throw new Error(`"${key}" is not a registry key; expected "actors/<id>" or "places/<id>"`);
  return { collection, id: rest.join('/') };
}
