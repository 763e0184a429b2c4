/**
 * "Download these results" on the search page: the shown results, whatever words, filters and range
 * produced them, as CSV, RIS, BibTeX or CSL-JSON, made in the browser (src/lib/search/takeaway.ts)
 * from the results' fragments and the citation files the site serves beside each article. The
 * page's address reproduces the set, and the status line says so and what a format leaves out.
 */
import { rowsOnlyText, TAKEAWAY_FORMATS, type TakeawayFormat, takeAway, takenPage } from '../lib/search/takeaway.ts';
import { countText, errorText } from '../lib/search/said.ts';
import type { Speaker } from '../lib/search/words.ts';
import { el } from './dom.ts';
import type { PagefindData, Result } from './index-files.ts';

/** Fragments read at once while a set is gathered. */
const PARALLEL = 6;

/** Reads a file the site serves, as text; a missing one stops the download, named. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${new URL(url).pathname}: HTTP ${response.status}`);
  return response.text();
}

/** Each result's fragment, in order, at most `PARALLEL` read at once. */
async function fragments(results: readonly Result[], dataOf: (r: Result) => Promise<PagefindData>, progress: (n: number) => void) {
  const out: PagefindData[] = new Array(results.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < results.length) {
      const i = next++;
      const r = results[i];
      if (r) out[i] = await dataOf(r);
      progress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, results.length) }, worker));
  return out;
}

/** Offers the downloads in `box`; `address` is the page's address, which reproduces the set. */
export function setUpTakeaway(sp: Speaker, box: HTMLElement, address: () => string) {
  let results: readonly Result[] = [];
  let dataOf: (r: Result) => Promise<PagefindData> = (r) => r.data();
  const status = el('p', { class: 'meta', role: 'status', 'aria-live': 'polite' });
  const buttons = (Object.keys(TAKEAWAY_FORMATS) as TakeawayFormat[]).map((format) => {
    const button = el('button', { type: 'button', 'data-format': format }, TAKEAWAY_FORMATS[format].label);
    button.addEventListener('click', () => void download(format));
    return button;
  });
  const heading = el('span', {});
  box.replaceChildren(el('p', {}, heading, ' ', ...buttons.flatMap((b, i) => (i > 0 ? [' ', b] : [b]))), status);

  async function download(format: TakeawayFormat): Promise<void> {
    const set = results;
    const where = address();
    for (const b of buttons) b.disabled = true;
    try {
      status.textContent = sp.say('searchJs.reading', { results: countText(sp, set.length) });
      const data = await fragments(set, dataOf, (n) => {
        status.textContent = sp.say('searchJs.readingOf', { n, results: countText(sp, set.length) });
      });
      const pages = data.map((d) => takenPage(d, location.origin));
      const out = await takeAway(pages, format, fetchText, (n, of) => {
        status.textContent = sp.say('searchJs.readingCitations', { n, count: of });
      });
      const { extension, type, label } = TAKEAWAY_FORMATS[format];
      const href = URL.createObjectURL(new Blob([out.text], { type }));
      const link = el('a', { href, download: `archive-search.${extension}` });
      link.hidden = true;
      box.append(link);
      link.click();
      link.remove();
      // The browser has the file once the click is handled; the address is freed a little later all the same.
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      const left = rowsOnlyText(sp, out.rowsOnly);
      const what = format === 'csv' ? countText(sp, out.count) : sp.say('searchJs.articles', { count: out.count });
      const again = sp.say('searchJs.again', { address: where });
      const done = sp.say('searchJs.downloaded', { what, format: label, file: `archive-search.${extension}` });
      status.textContent = `${done} ${left === undefined ? '' : `${left} `}${again}`;
    } catch (error) {
      status.textContent = sp.say('searchJs.downloadFailed', { error: errorText(error) });
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  }

  return {
    /** The results now shown, and how their fragments are read. */
    show(shown: readonly Result[], data: (r: Result) => Promise<PagefindData>): void {
      results = shown;
      dataOf = data;
      box.hidden = shown.length === 0;
      heading.textContent = sp.say('searchJs.downloadHeading', { count: shown.length });
      status.textContent = '';
    },
  };
}
