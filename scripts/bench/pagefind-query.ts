/**
 * What Pagefind's own API loads for a first query on any site (no UI, no filters): pagefind.js, its
 * WebAssembly, pf_meta, the index chunks for the word, and the fragments of the first 5 results,
 * as the Pagefind UI shows them. The same probe on the archive and the bare reference.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { wireCounter } from './wire.ts';

const KINDS: ReadonlyArray<[RegExp, string]> = [
  [/\.wasm|wasm\./, 'wasm'],
  [/pf_meta/, 'meta'],
  [/pf_index/, 'index'],
  [/pf_fragment/, 'fragments'],
  [/pf_filter/, 'filters'],
  [/pagefind\.js/, 'js'],
];
/** The kind of Pagefind file a URL names. */
const kindOf = (u: string) => KINDS.find(([re]) => re.test(u))?.[1] ?? 'other';

export async function pagefindFirstQuery(port: number, path: string, query: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    const wire = await wireCounter(page);
    const results = await page.evaluate(async (q) => {
      const pf = (await import('/pagefind/pagefind.js' as string)) as {
        options: (o: Record<string, unknown>) => Promise<void>;
        init: () => Promise<void>;
        search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }>;
      };
      // On the main thread, as the archive's own search runs it, so every request is counted here.
      await pf.options({ noWorker: true });
      await pf.init();
      const found = await pf.search(q);
      await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      return found.results.length;
    }, query);
    await page.waitForLoadState('networkidle');
    const { bytes, urls } = wire.read();
    const byKind: Record<string, number> = {};
    for (const u of urls) byKind[kindOf(u.url)] = (byKind[kindOf(u.url)] ?? 0) + u.bytes;
    return { query, results, bytesOnWire: bytes, requests: urls.length, byKind };
  } finally {
    await browser.close();
  }
}
