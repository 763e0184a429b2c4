/**
 * Running a search in the browser, the same for the search page and the header's live results:
 * Pagefind's results with the filters and order, articles first, and the query repaired by
 * `resolveQuery` (transliteration, typo correction from the archive's words), each result's data
 * fetched once.
 *
 * A small UI of our own on Pagefind's JS API rather than its Default or Component UI: those load
 * more script before the first query (bench/README.md), cannot link a result to a `<p id="pN">`
 * paragraph (their sub-results follow headings only), would show the hidden spelling blocks in
 * excerpts, and keep their state out of the URL.
 */
import { locateHit } from '../lib/search/hits.ts';
import { resolveQuery, type Resolved, type VocabularyPart } from '../lib/search/resolve.ts';
import { type Arrangement, articlesFirst } from '../lib/search/order.ts';
import type { PagefindFilter } from '../lib/search/url.ts';
import { joinVocabularies, parseVocabulary, shardKey, tailKeys, type Vocabulary } from '../lib/search/vocabulary.ts';
import type { Pagefind, PagefindData, Result } from './index-files.ts';

let vocabularyIndex: Promise<ReadonlySet<string>> | undefined;
const vocabularyFiles = new Map<string, Promise<Vocabulary>>();

/**
 * One file of the archive's words, for typo suggestions, fetched at most once (src/pages/search/vocabulary/).
 * The index of files is read first, so a file that does not exist costs no failed request.
 */
function loadVocabularyFile(folder: string, key: string): Promise<Vocabulary> {
  vocabularyIndex ??= fetch(`${folder}index.json`).then(async (r) => {
    if (!r.ok) throw new Error(`The search vocabulary did not load (${r.status} ${folder}index.json)`);
    return new Set(((await r.json()) as { shards: string[] }).shards);
  });
  let file = vocabularyFiles.get(key);
  if (!file) {
    file = vocabularyIndex.then(async (keys) => {
      if (!keys.has(key)) return parseVocabulary('');
      const r = await fetch(`${folder}${key}.txt`);
      if (!r.ok) throw new Error(`The search vocabulary did not load (${r.status} ${folder}${key}.txt)`);
      return parseVocabulary(await r.text());
    });
    vocabularyFiles.set(key, file);
  }
  return file;
}

/**
 * The archive's words near a word, fetched only when a query word finds nothing
 * (src/lib/search/vocabulary.ts): those with its first letter, or the one to three second files
 * where a word with another first letter can be.
 */
async function loadVocabulary(folder: string, word: string, part: VocabularyPart): Promise<Vocabulary> {
  if (part === 'first') return loadVocabularyFile(folder, shardKey(word));
  return joinVocabularies(await Promise.all(tailKeys(word).map((key) => loadVocabularyFile(folder, key))));
}

/** A search as the page shows it: the results (articles first unless a type is chosen) and what was done to the query. */
export interface Outcome extends Resolved<Result> {
  /** Loaded result data, by result id, so showing a result does not fetch it twice. */
  readonly data: Map<string, Promise<PagefindData>>;
}

/**
 * Runs a query the way both search interfaces do: tidy it, search it with the filters and order,
 * list articles before actor, place and event pages (unless a type is chosen), and repair it with
 * `resolveQuery` (transliteration, typo correction, no fallback hits).
 */
export async function searchArchive(
  pf: Pagefind,
  q: string,
  o: {
    exact: boolean;
    filters: Record<string, PagefindFilter>;
    arrange?: Arrangement<Result> | undefined;
    vocabularyUrl: string;
  },
): Promise<Outcome> {
  // Result data belongs to one query (its match locations differ from query to query): one cache per query.
  const dataByQuery = new Map<string, Map<string, Promise<PagefindData>>>();
  const dataOf = (query: string, r: Result) => {
    let cache = dataByQuery.get(query);
    if (!cache) {
      cache = new Map();
      dataByQuery.set(query, cache);
    }
    let d = cache.get(r.id);
    if (!d) {
      d = r.data();
      cache.set(r.id, d);
    }
    return d;
  };
  const run = async (query: string) => {
    const results = await articlesFirst((t, opts) => pf.search(t, opts), query, o.filters, o.arrange);
    const first = results[0];
    const matchedWords = first ? locateHit(await dataOf(query, first)).matchedWords : [];
    return { results, matchedWords };
  };
  const resolved = await resolveQuery(q, o.exact, run, (word, part) => loadVocabulary(o.vocabularyUrl, word, part));
  return { ...resolved, data: dataByQuery.get(resolved.q) ?? new Map() };
}
