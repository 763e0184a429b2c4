/**
 * Search results in date order, and in a range of months, without Pagefind's `data-pagefind-sort`.
 *
 * Pagefind keeps each sort key's page order in its metadata file, which every first query loads,
 * date order or not (bench/README.md). So pages carry their date key as a result field instead
 * (`data-pagefind-meta="datekey"`: the date as stored, a span as an ISO interval, `dateKey` in
 * chronology.ts), the build lists the dated results in date order with the months each may fall in,
 * in a file of its own (`date-order.txt`, written by src/postbuild/search-index.ts from Pagefind's
 * fragments), and the search page loads that file only when a reader asks for a date order or a range.
 *
 * The order is one chronology of articles and events by start (then end, then id, so a rebuild
 * writes the same file); newest first is oldest first reversed; pages without a date (actor and
 * place pages) are kept, after the dated ones, in the order they came. A map places each result in
 * constant time.
 */
import { type MonthRange, type MonthSpan, overlaps, spanOfKey } from './chronology.ts';
import { resultKey, resultPage } from './result-ids.ts';

/** The result field (`data-pagefind-meta`) holding a page's date key, `dateKey()` of chronology.ts. */
export const DATE_KEY = 'datekey';

/** Name of the file, in the search index's folder, that lists the dated results oldest first with their months (`dateOrderText`). */
export const DATE_ORDER_FILE = 'date-order.txt';

/** A page of the index by its result id (result-ids.ts) and its sort key, if it has one. */
export interface DatedResult {
  readonly id: string;
  readonly key: string | undefined;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The results that have a date key, oldest first: by the key's start (ISO dates, so string order is
 * date order, and a month comes before its days), then the whole key (a span's end), then by id,
 * so that a rebuild of the same pages gives the same file.
 */
export function dateOrder(results: readonly DatedResult[]): Array<DatedResult & { key: string }> {
  return results
    .filter((r): r is DatedResult & { key: string } => r.key !== undefined && r.key !== '')
    .map((r) => ({ ...r, start: r.key.split('/')[0] ?? '' }))
    .sort((a, b) => order(a.start, b.start) || order(a.key, b.key) || order(a.id, b.id))
    .map(({ id, key }) => ({ id, key }));
}

/**
 * The file's text: for each of `ordered`, one a line, its id's part after the build's folder (a
 * page number in hex, `resultKey` in result-ids.ts), a tab, and the months its date may fall in: the
 * first as `YYYYMM`, then `+n` when it may fall in the n months after it too (`t1f\t202201+11`).
 */
export function dateOrderText(ordered: ReadonlyArray<DatedResult & { key: string }>): string {
  return ordered
    .map((r) => {
      const span = spanOfKey(r.key);
      const first = `${Math.floor(span.start / 12)}${String((span.start % 12) + 1).padStart(2, '0')}`;
      return `${resultKey(r.id)}\t${first}${span.end > span.start ? `+${span.end - span.start}` : ''}\n`;
    })
    .join('');
}

const LINE = /^([0-9a-z]+)\t(\d{4,})(\d{2})(?:\+(\d+))?$/;

/** The results' places in the date order file and their months, found by their ids' keys. */
export class DateRank {
  readonly #rank = new Map<string, number>();
  readonly #span = new Map<string, MonthSpan>();
  readonly #pageSpan = new Map<number, MonthSpan>();

  constructor(text: string) {
    for (const [i, raw] of text.split('\n').entries()) {
      const line = raw.trim();
      if (line === '') continue;
      const m = LINE.exec(line);
      if (!m) throw new Error(`${DATE_ORDER_FILE}: line ${i + 1} is not "<result>\\t<YYYYMM>[+<months>]"`);
      const key = m[1] ?? '';
      if (this.#rank.has(key)) continue;
      const start = Number(m[2]) * 12 + Number(m[3]) - 1;
      this.#rank.set(key, this.#rank.size);
      const span = { start, end: start + Number(m[4] ?? 0) };
      this.#span.set(key, span);
      this.#pageSpan.set(resultPage(`-/${key}`), span);
    }
  }

  /** How many results the file orders. */
  get size(): number {
    return this.#rank.size;
  }

  /** A result's place (0 for the oldest), or undefined for a result without a date. */
  of(id: string): number | undefined {
    return this.#rank.get(resultKey(id));
  }

  /** The months a result's date may fall in, or undefined for a result without a date. */
  span(id: string): MonthSpan | undefined {
    return this.#span.get(resultKey(id));
  }

  /** Whether a result's date may fall in `range`; a result without a date is in no range. */
  inRange(id: string, range: MonthRange): boolean {
    const span = this.#span.get(resultKey(id));
    return span !== undefined && overlaps(span, range);
  }

  /** `inRange` of the result Pagefind numbered `page` (the facet table counts by page number). */
  pageInRange(page: number, range: MonthRange): boolean {
    const span = this.#pageSpan.get(page);
    return span !== undefined && overlaps(span, range);
  }
}

/**
 * `results` as one chronology (`asc`: oldest first) of every dated result, articles and events
 * together, then the results without a date (actor and place pages) in the order given: none is left out.
 */
export function byDate<R extends { readonly id: string }>(results: readonly R[], rank: DateRank, direction: 'asc' | 'desc'): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  const dated: Array<{ r: R; at: number }> = [];
  const undated: R[] = [];
  for (const r of results) {
    const at = rank.of(r.id);
    if (at === undefined) undated.push(r);
    else dated.push({ r, at });
  }
  return [...dated.sort((a, b) => sign * (a.at - b.at)).map(({ r }) => r), ...undated];
}
