/**
 * The search page's results: the list, a page of results at a time behind a "More results" button,
 * the notes on what was done to the query, the ways to browse when nothing is found, and the
 * download of the set (search-takeaway.ts), all shown and cleared together.
 */
import type { SearchState } from '../lib/search/url.ts';
import type { Speaker } from '../lib/search/words.ts';
import type { PagefindData, Result } from './index-files.ts';
import { chosenStates, derivedNoteElement } from './search-chronology.ts';
import type { Outcome } from './search-core.ts';
import { renderNotes, renderResult } from './search-render.ts';
import type { setUpTakeaway } from './search-takeaway.ts';

const PAGE_SIZE = 10;

/** The page's parts the results fill. */
export interface ResultParts {
  readonly list: HTMLOListElement;
  readonly more: HTMLButtonElement;
  readonly notes: HTMLElement;
  /** The ways to browse instead, shown when a search finds nothing. */
  readonly elsewhere: HTMLElement;
  readonly takeaway: ReturnType<typeof setUpTakeaway>;
}

/** Results as list items, each with its note when a chosen state is there by derivation. */
function resultItems(
  where: Where,
  results: readonly Result[],
  dataOf: (r: Result) => Promise<PagefindData>,
  q: string,
  chosen: ReadonlySet<string>,
  ruleUrl: string,
): Promise<HTMLLIElement[]> {
  return Promise.all(
    results.map(async (r) => {
      const data = await dataOf(r);
      const item = renderResult(where.sp, where.base, data, 'h2', q);
      const note = derivedNoteElement(where.sp, data, chosen, ruleUrl);
      if (note) item.append(note);
      return item;
    }),
  );
}

/** The page's words and the site's base path, which a result's link keeps. */
export interface Where {
  readonly sp: Speaker;
  readonly base: string;
}

/**
 * The results of `parts`; `state` is the page's search now, whose chosen states a result's note on
 * a derived state answers, and `ruleUrl` the page that states the rule.
 */
export function resultList(where: Where, parts: ResultParts, state: () => SearchState, ruleUrl: string) {
  const { list, more, notes, elsewhere, takeaway } = parts;
  let shown: readonly Result[] = [];
  /** The query the shown results answer, whose words their excerpts mark. */
  let shownQuery = '';
  let shownCount = 0;
  let dataOf: (r: Result) => Promise<PagefindData> = (r) => r.data();

  /** Lists the next page of results. */
  async function showMore(): Promise<void> {
    const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
    list.append(...(await resultItems(where, next, dataOf, shownQuery, chosenStates(state()), ruleUrl)));
    shownCount += next.length;
    // The status counts every result; the button says how many of them are not listed yet.
    const left = shown.length - shownCount;
    more.hidden = left <= 0;
    more.dataset['left'] = String(left);
    more.textContent = where.sp.say('searchJs.moreLeft', { count: left });
  }

  function clear(): void {
    takeaway.show([], dataOf);
    elsewhere.hidden = true;
    list.replaceChildren();
    notes.replaceChildren();
    more.hidden = true;
  }

  more.addEventListener('click', () => {
    const firstNew = shownCount;
    void showMore().then(() => list.children[firstNew]?.querySelector('a')?.focus());
  });

  return {
    clear,
    /** Shows an outcome's first page of results and its notes; `link` makes the notes' links. */
    async show(outcome: Outcome, link: (q: string, exact: boolean) => string): Promise<void> {
      shown = outcome.results;
      shownQuery = outcome.q;
      shownCount = 0;
      dataOf = (r) => outcome.data.get(r.id) ?? r.data();
      clear();
      const note = renderNotes(where.sp, outcome.notes, link);
      if (note) notes.append(note);
      // Where a search finds nothing, the ways to browse instead.
      elsewhere.hidden = outcome.results.length > 0;
      await showMore();
    },
    /** Offers the shown results for download. */
    offer(): void {
      takeaway.show(shown, dataOf);
    },
  };
}
