/**
 * Taking a result set away: the search page's current results, whatever words, filters and range
 * produced them, as a file. The CSV has a row for every result (articles, events, actors, places),
 * from what the search index already holds for each (its fragment: title, date, outlet, authors,
 * actors, places); RIS, BibTeX and CSL-JSON cite the articles, each by the citation file the site
 * serves beside it (`cite.ris`, `cite.bib`, `cite.json`, written by citation-js at build time), so a
 * set's citations are the very ones its articles' pages give. Events, actors and places are not
 * works to cite: those formats leave them out and the page says how many (`TakenAway.rowsOnly`).
 */
import { csvParts } from '../site/table-files.ts';
import type { Row, Table } from '../site/tables.ts';
import { dayBoundsOfKey } from './chronology.ts';
import { DATE_KEY } from './dates.ts';
import { listIn, type SearchKey, type Speaker } from './words.ts';

/** The formats a result set downloads in, with the citation file each reads beside an article (none for CSV). */
export const TAKEAWAY_FORMATS = {
  csv: { label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8', cite: undefined },
  ris: { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8', cite: 'cite.ris' },
  bib: { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex;charset=utf-8', cite: 'cite.bib' },
  json: { label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json;charset=utf-8', cite: 'cite.json' },
} as const;
export type TakeawayFormat = keyof typeof TAKEAWAY_FORMATS;

/** What a result's fragment gives (Pagefind's `data()`): its address, result fields and filter values. */
export interface FragmentData {
  readonly url: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** A result as a row of the CSV. */
export interface TakenPage {
  readonly kind: string;
  readonly url: string;
  readonly title: string;
  readonly dateText: string | undefined;
  readonly start: string | undefined;
  readonly end: string | undefined;
  readonly authors: readonly string[];
  readonly outlet: string | undefined;
  readonly actors: readonly string[];
  readonly places: readonly string[];
}

/** The `kind` of an article: its fragment has none (only actor, place and event pages are typed). */
export const ARTICLE_KIND = 'Article';

/** A result's row, from its fragment; `origin` makes its address absolute, as the data downloads write theirs. */
export function takenPage(data: FragmentData, origin: string): TakenPage {
  const key = data.meta[DATE_KEY];
  const bounds = key ? dayBoundsOfKey(key) : undefined;
  const authors = data.filters?.['author'] ?? [];
  return {
    kind: data.meta['kind'] ?? ARTICLE_KIND,
    url: new URL(data.url, origin).href,
    title: data.meta['title'] ?? data.url,
    dateText: data.meta['date'],
    start: bounds?.start,
    end: bounds?.end,
    authors: authors.filter((a) => a !== 'Unsigned'),
    outlet: data.meta['outlet'],
    actors: data.filters?.['actor'] ?? [],
    places: data.filters?.['place'] ?? [],
  };
}

/** The CSV's columns, described as the data downloads describe theirs (src/lib/site/table-files.ts writes both). */
export const RESULTS_TABLE: Table = {
  name: 'search-results',
  title: 'Search results',
  description: 'The results of one search of the archive, in the order the search page listed them.',
  primaryKey: 'position',
  fields: [
    { name: 'position', type: 'integer', required: true, description: 'Place in the list, from 1.' },
    { name: 'kind', type: 'string', required: true, description: 'Article, Event, Actor or Place.' },
    { name: 'title', type: 'string', required: true, description: 'Title, or the name of an actor or place.' },
    { name: 'date_text', type: 'string', description: 'The date as readers see it; empty for actors and places.' },
    { name: 'start', type: 'date', description: 'Earliest day the date may fall on (YYYY-MM-DD).' },
    { name: 'end', type: 'date', description: 'Latest day the date may fall on (YYYY-MM-DD).' },
    { name: 'authors', type: 'string', list: true, description: 'Authors of an article; empty when unsigned.' },
    { name: 'outlet', type: 'string', description: 'Outlet that first published an article.' },
    { name: 'actors', type: 'string', list: true, description: 'Actors an article or event is tagged with.' },
    { name: 'places', type: 'string', list: true, description: 'Places an article or event is tagged with.' },
    { name: 'url', type: 'string', format: 'uri', required: true, description: 'The page in this archive.' },
  ],
};

/** The CSV of a result set, one row per result in the order given. */
export function resultsCsv(pages: readonly TakenPage[]): string {
  const rows = pages.map(
    (p, i): Row => ({
      position: i + 1,
      kind: p.kind,
      title: p.title,
      date_text: p.dateText ?? null,
      start: p.start ?? null,
      end: p.end ?? null,
      authors: p.authors,
      outlet: p.outlet ?? null,
      actors: p.actors,
      places: p.places,
      url: p.url,
    }),
  );
  return [...csvParts(RESULTS_TABLE, rows)].join('');
}

/**
 * The citation files of a set's articles as one file: RIS records and BibTeX entries one after
 * another, CSL-JSON as one array of every file's items. A file that is not what its format says
 * stops the download, naming its address.
 */
export function joinCitations(format: Exclude<TakeawayFormat, 'csv'>, files: ReadonlyArray<{ url: string; text: string }>): string {
  if (format === 'json') {
    const items = files.flatMap(({ url, text }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Error(`${url} is not JSON`);
      }
      if (!Array.isArray(parsed)) throw new Error(`${url}: expected a CSL-JSON array of items`);
      return parsed as unknown[];
    });
    return `${JSON.stringify(items, null, 2)}\n`;
  }
  const shape = format === 'ris' ? /^TY {2}- [\s\S]*\nER {2}-\s*$/ : /^@\w+\{[\s\S]*\}\s*$/;
  for (const { url, text } of files) {
    if (!shape.test(text.trim())) throw new Error(`${url}: expected ${format === 'ris' ? 'a RIS record' : 'a BibTeX entry'}`);
  }
  // Only line ends are trimmed: a RIS record ends `ER  - `, its space included.
  return files.map((f) => `${f.text.replace(/^[\r\n]+|[\r\n]+$/g, '')}\n`).join('\n');
}

/** What a download holds, for the reader. */
export interface TakenAway {
  readonly text: string;
  /** Results in the file. */
  readonly count: number;
  /** Results the format leaves out (events, actors, places: not works to cite), by kind. */
  readonly rowsOnly: Readonly<Record<string, number>>;
}

/**
 * The file of a result set in a format. `fetchText` reads a file the site serves (the citation
 * files beside the articles), at most `parallel` at a time; `progress` hears how many are read.
 */
export async function takeAway(
  pages: readonly TakenPage[],
  format: TakeawayFormat,
  fetchText: (url: string) => Promise<string>,
  progress: (done: number, of: number) => void = () => undefined,
  parallel = 6,
): Promise<TakenAway> {
  const cite = TAKEAWAY_FORMATS[format].cite;
  if (format === 'csv' || cite === undefined) return { text: resultsCsv(pages), count: pages.length, rowsOnly: {} };
  const articles = pages.filter((p) => p.kind === ARTICLE_KIND);
  const rowsOnly: Record<string, number> = {};
  for (const p of pages) if (p.kind !== ARTICLE_KIND) rowsOnly[p.kind] = (rowsOnly[p.kind] ?? 0) + 1;
  const files: Array<{ url: string; text: string }> = new Array(articles.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < articles.length) {
      const i = next++;
      const url = new URL(cite, articles[i]?.url).href;
      files[i] = { url, text: await fetchText(url) };
      progress(++done, articles.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, articles.length) }, worker));
  return { text: joinCitations(format, files), count: articles.length, rowsOnly };
}

/** "12 events and 3 actors are rows of the CSV only": what a citation format leaves out, in words. */
export function rowsOnlyText(sp: Speaker, rowsOnly: Readonly<Record<string, number>>): string | undefined {
  const keys: Readonly<Record<string, SearchKey>> = {
    Event: 'searchJs.rowsEvent',
    Actor: 'searchJs.rowsActor',
    Place: 'searchJs.rowsPlace',
  };
  const parts = Object.entries(rowsOnly)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => (keys[kind] === undefined ? `${n} ${kind}` : sp.say(keys[kind], { count: n })));
  if (parts.length === 0) return undefined;
  const total = Object.values(rowsOnly).reduce((a, b) => a + b, 0);
  return sp.say('searchJs.rowsOnly', { count: total, list: listIn(sp, parts) });
}
