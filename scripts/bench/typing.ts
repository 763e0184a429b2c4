/**
 * Typing on the search page, timed in the page: from the last keystroke to the results' status line
 * on screen, and to the facet counts that follow (#search-facets loses aria-busy). Every wait is
 * bounded and fails with the step and the query it was at, so a page that stops answering ends the
 * bench with a reason instead of a hang.
 */
import type { Page } from 'playwright-core';
import { spread } from './stats.ts';

export const QUERIES = [
  'Lukasenko',
  'Tokaev',
  'Alma-Ata',
  'Kiev',
  'Nur-Sultan',
  'Putin',
  'Deljagin',
  'pipeline',
  'sanctions',
  'Trenin',
  'Nazarbayev',
  'Moscow',
  'Shoigu',
  'Beijing',
  'Donbass',
  'Lugansk',
  'CSTO',
  'Medvedev',
  'Crimea',
  'Biden',
];
/** The range and date order the typing is measured with a second time (issue 27's range, chronology and facets). */
export const RANGE_QUERY = 'from=2021-03&to=2022-12&sort=oldest';

/** How long one step may take on the shared, loaded machine before the bench gives up on it. */
const STEP_MS = 120_000;

/** Runs a step of the bench with its own bound; a failure names the step. */
export async function step<T>(name: string, f: (timeout: number) => Promise<T>): Promise<T> {
  try {
    return await f(STEP_MS);
  } catch (e) {
    throw new Error(`bench step "${name}" did not finish within ${STEP_MS / 1000} s: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** One query's times, in ms from the last keystroke (its keydown's time stamp, when the key was pressed). */
export interface Timed {
  /** To the frame after the status line names the query: the results are on screen. */
  ms: number;
  /** To the frame after the facet counts are drawn. */
  facetsMs: number;
  /** From the last input event handled to the status line's change: the older rows of bench/README.md, kept to compare. */
  inputToStatusMs: number;
  /**
   * For each key, from its keydown's time stamp to its input event handled: how long the letter
   * waited behind the page's own work (a search of an earlier prefix) before it was taken.
   */
  keyDelaysMs: number[];
}

/** Sets up the page's clock for one query: marks taken by listeners, read back by `readMarks`. */
function arm(page: Page, shown: string) {
  return page.evaluate((q) => {
    const marks = { key: 0, input: 0, status: 0, shown: 0, counted: 0, keyDelays: [] as number[] };
    (window as unknown as { __bench: typeof marks }).__bench = marks;
    // After the next frame is drawn: a rAF callback runs before the paint, a message posted from it after.
    const afterPaint = (set: (t: number) => void) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => set(performance.now());
        channel.port2.postMessage(null);
      });
    const input = document.querySelector('#search-q') as HTMLInputElement;
    input.addEventListener('keydown', (e) => {
      marks.key = e.timeStamp;
    });
    input.addEventListener('input', () => {
      marks.input = performance.now();
      if (marks.key > 0) marks.keyDelays.push(marks.input - marks.key);
    });
    const status = document.querySelector('#search-status') as HTMLElement;
    new MutationObserver(() => {
      if (marks.status > 0 || !status.textContent?.includes(`“${q}”`)) return;
      marks.status = performance.now();
      afterPaint((t) => {
        marks.shown = t;
      });
    }).observe(status, { childList: true, characterData: true, subtree: true });
    const facets = document.querySelector('#search-facets') as HTMLElement;
    new MutationObserver(() => {
      if (marks.status === 0 || marks.counted !== 0 || facets.hasAttribute('aria-busy')) return;
      marks.counted = -1;
      afterPaint((t) => {
        marks.counted = t;
      });
    }).observe(facets, { attributes: true, attributeFilter: ['aria-busy'] });
  }, shown);
}

async function readMarks(page: Page, typed: boolean): Promise<Timed> {
  const m = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> & { keyDelays: number[] } }).__bench);
  // A query filled in at once has no keystroke: its input event is where it starts.
  const start = typed ? m['key']! : m['input']!;
  return {
    ms: m['shown']! - start,
    facetsMs: m['counted']! - start,
    inputToStatusMs: m['status']! - m['input']!,
    keyDelaysMs: m.keyDelays,
  };
}

/**
 * Empties the query and waits until the page has answered that (with a range chosen, an empty query
 * shows the range's results and counts them), so the next query's clock starts on a quiet page.
 */
async function clear(page: Page): Promise<void> {
  await step('empty the query', (timeout) => page.locator('#search-q').fill('', { timeout }));
  await step('the page answers the empty query', (timeout) =>
    page.waitForFunction(
      () => {
        // Empty until the page's first search has answered; with a query, it names it in quotes.
        const status = document.querySelector('#search-status')?.textContent ?? '';
        return status !== '' && !status.includes('“') && !document.querySelector('#search-facets')?.hasAttribute('aria-busy');
      },
      undefined,
      { timeout },
    ),
  );
}

/**
 * Types `q` (a key every 30 ms, or filled at once when not `typed`) and times it; `shown` is the query
 * the status line names (a corrected typo names the word it searched).
 */
export async function typeAndTime(page: Page, q: string, typed = true, shown = q): Promise<Timed> {
  await clear(page);
  await arm(page, shown);
  const field = page.locator('#search-q');
  if (typed) await step(`type “${q}”`, (timeout) => field.pressSequentially(q, { delay: 30, timeout }));
  else await step(`fill in “${q}”`, (timeout) => field.fill(q, { timeout }));
  await step(`the results and facet counts for “${q}”`, (timeout) =>
    page.waitForFunction(() => (window as unknown as { __bench: { counted: number } }).__bench.counted > 0, undefined, { timeout }),
  );
  return readMarks(page, typed);
}

/** Types every query twice on the page as it is, and summarises the times. */
export async function typingPass(page: Page) {
  const times: Timed[] = [];
  for (let round = 0; round < 2; round++) for (const q of QUERIES) times.push(await typeAndTime(page, q));
  const results = spread(times.map((t) => t.ms));
  const facets = spread(times.map((t) => t.facetsMs));
  const keys = times.flatMap((t) => t.keyDelaysMs);
  return {
    queries: times.length,
    ...results,
    maxMs: Math.round(Math.max(...times.map((t) => t.ms))),
    facetsMedianMs: facets.medianMs,
    facetsP90Ms: facets.p90Ms,
    inputToStatus: spread(times.map((t) => t.inputToStatusMs)),
    // Every key of every query: the letters' wait behind the page's work while the query was typed.
    keyDelay: { ...spread(keys), maxMs: Math.round(Math.max(...keys)), keys: keys.length },
  };
}
