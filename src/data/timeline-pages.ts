/**
 * The timeline's period pages (/timeline/2022/, /timeline/2022/01/…), planned once for every language's
 * route (src/pages/timeline/[...period].astro and its twin under src/pages/[lang]/).
 */
import { groupByYearAndMonth, planYearPages, TIMELINE_ENTRIES_PER_PAGE, type TimelinePage } from '../lib/dates/timeline.ts';
import { loadIndexes } from './indexes.ts';

/** A period page and its neighbours, for the links to the pages before and after it (a type, so that it is a route's props). */
export type PeriodProps = {
  readonly page: TimelinePage;
  readonly prevYear: number | undefined;
  readonly nextYear: number | undefined;
  readonly prev: TimelinePage | undefined;
  readonly next: TimelinePage | undefined;
};

/** Every period page's params and props, in date order. */
export async function periodPaths(): Promise<Array<{ params: { period: string }; props: PeriodProps }>> {
  const { entries } = await loadIndexes();
  const years = groupByYearAndMonth(entries);
  return years.flatMap((y, i) => {
    const pages = planYearPages(y, TIMELINE_ENTRIES_PER_PAGE);
    return pages.map((page, j) => ({
      params: { period: page.period },
      props: { page, prevYear: years[i - 1]?.year, nextYear: years[i + 1]?.year, prev: pages[j - 1], next: pages[j + 1] },
    }));
  });
}
