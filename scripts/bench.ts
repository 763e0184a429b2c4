/**
 * `npm run bench`: how the archive's build and search scale, beside the simplest Astro blog.
 *
 * For each size (default 1,000 and 10,000 articles) it writes one synthetic content tree outside the
 * repo (`scripts/bench/corpus.ts`) and builds it twice:
 * - the archive: `ARCHIVE_CONTENT=<dir> npm run build` (scripts/build.ts: `astro build`, then the
 *   search index, by Pagefind's command line in parts, and the precompressed files in a second
 *   process; the index's time comes from its log line);
 * - the bare reference in `bench/bare/` (Astro + @astrojs/mdx, one page per article rendered with
 *   `render()`, then the Pagefind CLI), installed here with `npm ci` when its node_modules is missing.
 * Each build's time and the peak memory of its whole process tree (the sum of the resident set
 * sizes of every process in its process group, sampled from /proc every 100 ms; Pagefind runs as
 * a child process) are recorded, with the ratios archive / bare. Then Chromium measures the
 * archive's search (bytes on the wire with gzip and the deployment's caching rules, as its server
 * answers them; the time from the last keystroke to rendered results, and to the facet counts that
 * follow them), and the bytes of a first Pagefind query on both sites.
 * A third run is the floor under both: the Pagefind CLI alone on pages that hold nothing but each
 * article's title and paragraphs (what any site indexing these texts with Pagefind must pay), with its
 * time and peak memory against the reference's.
 * Figures go to bench-results/bench.json and bench-results/bench.md.
 *
 * Usage:
 *   npm run bench                              sizes 1000 and 10000
 *   npm run bench -- --sizes 1000,3000         other sizes
 *   npm run bench -- --archive-only            skip the bare reference (while working on the archive)
 *   npm run bench -- --write-corpus N DIR      only write a corpus of N articles into DIR, and exit
 *   npm run bench -- --runs 3                  build each site three times a size, alternating which
 *                                              goes first; times and peaks are the medians of the runs
 * Options: --port P (the static server's port, default 4402), --keep (keep the corpora and builds).
 * Not part of `npm test`: it takes minutes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { LOCAL_ORIGIN } from '../src/lib/site/settings.ts';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { writeCorpus } from './bench/corpus.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { cacheRules } from '../src/lib/deploy/rules.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const content = join(repo, 'content');
const bare = join(repo, 'bench', 'bare');

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'write-corpus': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000' },
    'archive-only': { type: 'boolean', default: false },
    port: { type: 'string', default: '4402' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});

if (opts['write-corpus']) {
  const [count, dir] = positionals;
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1 || dir === undefined) {
    console.error('Usage: npm run bench -- --write-corpus N DIR   (N articles, a whole number ≥ 1; DIR the content root to write)');
    process.exit(2);
  }
  const t = performance.now();
  const corpus = writeCorpus(n, resolve(dir), content);
  console.log(
    `Wrote ${corpus.articles} articles, ${corpus.events} events, ${corpus.actors} actors (${corpus.words} words) ` +
      `to ${corpus.dir} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  console.log(`Build it with: ARCHIVE_CONTENT=${corpus.dir} ARCHIVE_SITE=${LOCAL_ORIGIN} npm run build`);
  process.exit(0);
}

const SIZES = opts.sizes.split(',').map((s) => Number(s.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, such as 1000,10000; found "${opts.sizes}"`);
  process.exit(2);
}
const PORT = Number(opts.port);

// ---------------------------------------------------------------- a process tree's time and peak memory
const PAGE = 4096;
/** The kernel's process table: where a build's memory is read while it runs (not content). */
const PROC = '/proc';

/** The resident set size of every process in process group `pgid`, summed, in bytes. */
function groupRss(pgid: number): number {
  let sum = 0;
  for (const name of readdirSync(PROC)) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`${PROC}/${name}/stat`, 'utf8');
    } catch {
      continue; // The process ended while we looked.
    }
    // Fields after the command name (which may hold spaces): state ppid pgrp … rss is the 24th field.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) sum += Number(fields[21]) * PAGE;
  }
  return sum;
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  log: string;
}

const CPU_MARK = 'BENCH_CPU_SECONDS';

/**
 * Runs a command as the leader of a new process group and samples the group's memory until it
 * exits; every child it starts (Pagefind's binary, esbuild, workers) is counted with it.
 */
function runTree(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    // The build's output goes to a file, not a pipe to this process: Node writes to a pipe
    // synchronously on Linux, so a build that logs each of its pages (26,000 lines for the archive at
    // 10,000 articles, 10,000 for the reference) would wait whenever this process is slow to read.
    const logDir = mkdtempSync(join(tmpdir(), 'bench-log-'));
    const logFile = join(logDir, 'build.log');
    const out = openSync(logFile, 'w');
    // GNU time reports the user + system CPU seconds of the command and every child it waited for:
    // on a shared machine, CPU time compares two builds better than wall time, which other loads stretch.
    const child = spawn('/usr/bin/time', ['-f', `${CPU_MARK} %U %S`, cmd, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      detached: true,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, groupRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    const readLog = () => {
      const log = readFileSync(logFile, 'utf8');
      rmSync(logDir, { recursive: true, force: true });
      return log;
    };
    child.on('error', (e) => {
      clearInterval(timer);
      rmSync(logDir, { recursive: true, force: true });
      fail(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const log = readLog();
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${log.slice(-6000)}`));
      else {
        const cpu = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(log);
        ok({ seconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN, peakBytes, log });
      }
    });
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

// ---------------------------------------------------------------- serving, gzip like a static host
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a built site the way the deployment does for caching (deploy/nginx.conf, from the one
 * definition in src/lib/deploy/rules.ts): content-hashed files are cached for good, the rest
 * revalidates with an ETag and gets a 304 when unchanged. A page that fetches the same file twice
 * (the search page's two Pagefind instances) is measured as a browser on that server would fetch it.
 */
function serve(root: string, port: number): Promise<{ server: Server; port: number }> {
  const gzCache = new Map<string, Buffer>();
  const rules = cacheRules('/', existsSync(join(root, 'pagefind')) ? readdirSync(join(root, 'pagefind')) : []);
  const cacheControl = (path: string) =>
    rules.find((r) => (r.match === 'exact' ? path === r.path : path.startsWith(r.path)))?.cacheControl ?? 'no-cache';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const caching = { 'cache-control': cacheControl(url.pathname), etag };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, caching).end();
      return;
    }
    const type = TYPES[extname(file)];
    // Pagefind's index files (.pf_*, wasm) are gzip already and decoded by pagefind.js: sent as they are.
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let body = gzCache.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 6 });
        gzCache.set(file, body);
      }
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, ...caching });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'content-length': stat.size, ...caching });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, port }));
  });
}

// ---------------------------------------------------------------- browser measurements
/** A registered Cyrillic name (content/actors/kassym-jomart-tokayev.yaml), and a typo with the word it is corrected to. */
const CYRILLIC_QUERY = 'Токаев';
const TYPO_QUERY = ['Kazakstan', 'Kazakhstan'] as const;
/** The range and date order the typing is measured with a second time (`typingWithRangeAndDateOrder`). */
const RANGE_QUERY = 'from=2021-03&to=2022-12&sort=oldest';
const QUERIES = [
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

/** Counts the bytes on the wire (headers and gzip body) from now on, through Chromium's CDP. */
async function wireCounter(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const urls: Array<{ url: string; bytes: number }> = [];
  const byId = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => byId.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    urls.push({ url: byId.get(e.requestId) ?? '?', bytes: e.encodedDataLength });
  });
  return {
    reset: () => {
      bytes = 0;
      urls.length = 0;
    },
    read: () => ({ bytes, urls: [...urls] }),
  };
}

/**
 * Types a query on the search page and returns ms from the last keystroke's input event to the results'
 * status line (`ms`), and to the facet counts of that query (`facetsMs`: #search-facets loses aria-busy).
 */
async function typeAndTime(page: Page, q: string, typed = true, shown = q): Promise<{ ms: number; facetsMs: number }> {
  await page.locator('#search-q').fill('');
  await page.evaluate((q) => {
    const w = window as unknown as { __bench: { t0: number; t1: number; t2: number } };
    w.__bench = { t0: 0, t1: 0, t2: 0 };
    const input = document.querySelector('#search-q') as HTMLInputElement;
    input.addEventListener('input', () => {
      w.__bench.t0 = performance.now();
    });
    const status = document.querySelector('#search-status') as HTMLElement;
    new MutationObserver(() => {
      if (status.textContent?.includes(`“${q}”`) && w.__bench.t1 === 0) w.__bench.t1 = performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
    const facets = document.querySelector('#search-facets') as HTMLElement;
    new MutationObserver(() => {
      if (w.__bench.t1 > 0 && w.__bench.t2 === 0 && !facets.hasAttribute('aria-busy')) w.__bench.t2 = performance.now();
    }).observe(facets, { attributes: true, attributeFilter: ['aria-busy'] });
  }, shown);
  if (typed) await page.locator('#search-q').pressSequentially(q, { delay: 30 });
  else await page.locator('#search-q').fill(q);
  await page.waitForFunction(() => (window as unknown as { __bench: { t2: number } }).__bench.t2 > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { t0: number; t1: number; t2: number } }).__bench;
    return { ms: b.t1 - b.t0, facetsMs: b.t2 - b.t0 };
  });
}

/**
 * What Pagefind's own API loads for a first query on any site (no UI, no filters): pagefind.js, its
 * WebAssembly, pf_meta, the index chunks for the word, and the fragments of the first 5 results,
 * as the Pagefind UI shows them. The same probe on the archive and the bare reference.
 */
async function pagefindFirstQuery(port: number, path: string, query: string) {
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
    const kind = (u: string) =>
      /\.wasm|wasm\./.test(u)
        ? 'wasm'
        : /pf_meta/.test(u)
          ? 'meta'
          : /pf_index/.test(u)
            ? 'index'
            : /pf_fragment/.test(u)
              ? 'fragments'
              : /pf_filter/.test(u)
                ? 'filters'
                : /pagefind\.js/.test(u)
                  ? 'js'
                  : 'other';
    const byKind: Record<string, number> = {};
    for (const u of urls) byKind[kind(u.url)] = (byKind[kind(u.url)] ?? 0) + u.bytes;
    return { query, results, bytesOnWire: bytes, requests: urls.length, byKind };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function measureBrowser(port: number, articleSlug: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const origin = `http://127.0.0.1:${port}`;
    // 1. Header search on an article page: what the reader pays when they start to search there.
    const context1 = await browser.newContext();
    const page1 = await context1.newPage();
    const wire1 = await wireCounter(page1);
    await page1.goto(`${origin}/articles/${articleSlug}/`, { waitUntil: 'networkidle' });
    const articleLoad = wire1.read();
    const scriptBytes = articleLoad.urls.filter((u) => u.url.endsWith('.js')).reduce((n, u) => n + u.bytes, 0);
    const inlineScript = await page1.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
    );
    wire1.reset();
    await page1.keyboard.press('/');
    await page1.locator('#site-search').fill('Lukasenko');
    await page1.locator('#site-search-panel .search-status').filter({ hasText: '“Lukasenko”' }).waitFor({ timeout: 15_000 });
    await page1.waitForLoadState('networkidle');
    const headerFirst = wire1.read();
    await context1.close();
    // The same, typed a key every 30 ms: intermediate prefixes may fetch index chunks of their own.
    const contextT = await browser.newContext();
    const pageT = await contextT.newPage();
    await pageT.goto(`${origin}/articles/${articleSlug}/`, { waitUntil: 'networkidle' });
    const wireT = await wireCounter(pageT);
    await pageT.keyboard.press('/');
    await pageT.keyboard.type('Lukasenko', { delay: 30 });
    await pageT.locator('#site-search-panel .search-status').filter({ hasText: '“Lukasenko”' }).waitFor({ timeout: 15_000 });
    await pageT.waitForLoadState('networkidle');
    const headerTyped = wireT.read();
    await contextT.close();

    // 2. The search page: first query (with facets), then typing-to-results over many queries.
    const context2 = await browser.newContext();
    const page2 = await context2.newPage();
    const wire2 = await wireCounter(page2);
    await page2.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const searchPageLoad = wire2.read();
    wire2.reset();
    const first = await typeAndTime(page2, 'Tokaev', false);
    await page2.waitForLoadState('networkidle');
    const searchFirst = wire2.read();
    const times: number[] = [];
    const facetTimes: number[] = [];
    for (let round = 0; round < 2; round++)
      for (const q of QUERIES) {
        const t = await typeAndTime(page2, q);
        times.push(t.ms);
        facetTimes.push(t.facetsMs);
      }
    // The same typing with a range of months and a date order chosen (issue 27): the range filter,
    // the chronology and the facet counts of the range's results, from the same keystroke.
    await page2.goto(`${origin}/search/?${RANGE_QUERY}`, { waitUntil: 'networkidle' });
    const ranged = { times: [] as number[], facets: [] as number[] };
    for (let round = 0; round < 2; round++)
      for (const q of QUERIES) {
        const t = await typeAndTime(page2, q);
        ranged.times.push(t.ms);
        ranged.facets.push(t.facetsMs);
      }
    await context2.close();

    // The same first query on a phone, where the filters start folded and are counted only when opened.
    const contextP = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const pageP = await contextP.newPage();
    const wireP = await wireCounter(pageP);
    await pageP.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const phoneLoad = wireP.read();
    wireP.reset();
    await pageP.locator('#search-q').fill('Tokaev');
    await pageP.locator('#search-status').filter({ hasText: '“Tokaev”' }).waitFor({ timeout: 15_000 });
    await pageP.waitForTimeout(500); // past the pause after which open facets would be counted
    await pageP.waitForLoadState('networkidle');
    const phoneFirst = wireP.read();
    await contextP.close();

    // A date order as the first query (a shared link, on a phone): it also fetches the date order file.
    const contextD = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const pageD = await contextD.newPage();
    const wireD = await wireCounter(pageD);
    await pageD.goto(`${origin}/search/?q=Tokaev&sort=oldest`);
    await pageD.locator('#search-status').filter({ hasText: 'oldest first' }).waitFor({ timeout: 15_000 });
    await pageD.waitForLoadState('networkidle');
    const oldestFirst = wireD.read();
    await contextD.close();

    // 3. A Cyrillic name and a typo as the first query of a fresh search page: bytes and time to results.
    const firstQuery = async (q: string, shown: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const wire = await wireCounter(page);
      await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
      wire.reset();
      const { ms, facetsMs } = await typeAndTime(page, q, false, shown);
      await page.waitForLoadState('networkidle');
      const got = wire.read();
      await context.close();
      return {
        query: q,
        searched: shown,
        bytesOnWire: got.bytes,
        requests: got.urls.length,
        ms: Math.round(ms),
        facetsMs: Math.round(facetsMs),
        files: got.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`),
      };
    };
    const cyrillicFirstQuery = await firstQuery(CYRILLIC_QUERY, CYRILLIC_QUERY);
    const typoFirstQuery = await firstQuery(TYPO_QUERY[0], TYPO_QUERY[1]);
    return {
      cyrillicFirstQuery,
      typoFirstQuery,
      articlePage: { bytesOnWire: articleLoad.bytes, scriptBytesOnWire: scriptBytes, inlineScriptBytes: inlineScript },
      headerFirstQuery: {
        query: 'Lukasenko',
        bytesOnWire: headerFirst.bytes,
        requests: headerFirst.urls.length,
        files: headerFirst.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`),
      },
      headerFirstQueryTyped: { query: 'Lukasenko', bytesOnWire: headerTyped.bytes, requests: headerTyped.urls.length },
      searchPage: { loadBytesOnWire: searchPageLoad.bytes },
      phoneSearchPageFirstQuery: {
        query: 'Tokaev',
        loadBytesOnWire: phoneLoad.bytes,
        bytesOnWire: phoneFirst.bytes,
        requests: phoneFirst.urls.length,
        files: phoneFirst.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`),
      },
      oldestFirstLink: {
        url: '/search/?q=Tokaev&sort=oldest',
        bytesOnWire: oldestFirst.bytes,
        requests: oldestFirst.urls.length,
        files: oldestFirst.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`),
      },
      searchPageFirstQuery: {
        query: 'Tokaev',
        bytesOnWire: searchFirst.bytes,
        requests: searchFirst.urls.length,
        ms: Math.round(first.ms),
        facetsMs: Math.round(first.facetsMs),
        files: searchFirst.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`),
      },
      typingToResults: {
        queries: times.length,
        medianMs: Math.round(median(times) * 10) / 10,
        p90Ms: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]! * 10) / 10,
        maxMs: Math.round(Math.max(...times)),
        // The facet counts follow the results (src/client/search-page.ts): from the same keystroke.
        facetsMedianMs: Math.round(median(facetTimes) * 10) / 10,
        facetsP90Ms: Math.round([...facetTimes].sort((a, b) => a - b)[Math.floor(facetTimes.length * 0.9)]! * 10) / 10,
      },
      typingWithRangeAndDateOrder: {
        url: `/search/?${RANGE_QUERY}`,
        queries: ranged.times.length,
        medianMs: Math.round(median(ranged.times) * 10) / 10,
        p90Ms: Math.round([...ranged.times].sort((a, b) => a - b)[Math.floor(ranged.times.length * 0.9)]! * 10) / 10,
        facetsMedianMs: Math.round(median(ranged.facets) * 10) / 10,
        facetsP90Ms: Math.round([...ranged.facets].sort((a, b) => a - b)[Math.floor(ranged.facets.length * 0.9)]! * 10) / 10,
      },
    };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- the two builds
/** Installs the bare reference's pinned packages from its lock file, once. */
function ensureBare(): void {
  if (existsSync(join(bare, 'node_modules', 'astro', 'package.json')) && existsSync(join(bare, 'node_modules', '.bin', 'pagefind'))) return;
  console.log('Installing the bare reference (npm ci in bench/bare)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bare, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in bench/bare failed');
}

const MiB = 2 ** 20;
const size = (fs: string[]) => fs.reduce((s, f) => s + statSync(f).size, 0);
const uiBundles = /pagefind-(ui|component-ui|modular-ui|highlight)\./;
/** Pagefind's index files, without the UI bundles a site may not use. */
const indexBytes = (outDir: string) => size(walk(join(outDir, 'pagefind')).filter((f) => !uiBundles.test(f)));
const htmlCount = (outDir: string) => walk(outDir).filter((f) => f.endsWith('.html') && !relative(outDir, f).startsWith('pagefind')).length;

async function buildArchive(contentDir: string, outDir: string) {
  const run = await runTree(process.execPath, [join(repo, 'scripts', 'build.ts'), '--outDir', outDir], repo, {
    ARCHIVE_CONTENT: contentDir,
    // Its own origin: the corpus has no deployment, and a build without one stops (src/lib/site/settings.ts).
    ARCHIVE_SITE: LOCAL_ORIGIN,
  });
  const indexMatch = /Pagefind read (\d+) HTML pages and wrote the index in (\d+) ms/.exec(run.log);
  const files = walk(outDir);
  const html = files.filter((f) => f.endsWith('.html')).map((f) => ({ path: relative(outDir, f), bytes: statSync(f).size }));
  html.sort((a, b) => b.bytes - a.bytes);
  const largest = html[0]!;
  const pageKinds: Record<string, { pages: number; maxBytes: number; maxGzipBytes: number }> = {};
  for (const h of html) {
    const kind = h.path.split('/')[0]!.replace(/\.html$/, '');
    pageKinds[kind] ??= { pages: 0, maxBytes: 0, maxGzipBytes: 0 };
    const k = pageKinds[kind];
    k.pages++;
    if (h.bytes > k.maxBytes) {
      k.maxBytes = h.bytes;
      k.maxGzipBytes = gzipSync(readFileSync(join(outDir, h.path))).length;
    }
  }
  return {
    buildSeconds: +run.seconds.toFixed(1),
    cpuSeconds: +run.cpuSeconds.toFixed(1),
    pagefindSeconds: indexMatch ? +(Number(indexMatch[2]) / 1000).toFixed(1) : null,
    peakMiB: Math.round(run.peakBytes / MiB),
    htmlPages: html.length,
    pagefindPagesRead: indexMatch ? Number(indexMatch[1]) : null,
    indexBytes: indexBytes(outDir),
    indexFiles: walk(join(outDir, 'pagefind')).filter((f) => !uiBundles.test(f)).length,
    pagesOver200KB: html.filter((h) => h.bytes > 200 * 1024).map((h) => h.path),
    largestHtml: { path: largest.path, bytes: largest.bytes, gzipBytes: gzipSync(readFileSync(join(outDir, largest.path))).length },
    pageKinds,
    drawings: drawingSizes(outDir),
    typoVocabulary: vocabularyFigures(join(outDir, 'search', 'vocabulary')),
  };
}

/** The bytes of the map (/places/) and the network (/actors/) as built, raw and gzipped (src/lib/drawings/). */
function drawingSizes(outDir: string) {
  const svgIn = (page: string, kind: string) => {
    const html = existsSync(join(outDir, page)) ? readFileSync(join(outDir, page), 'utf8') : '';
    const svg = html.match(new RegExp(`<svg [^>]*class="drawing ${kind}"[\\s\\S]*?</svg>`))?.[0] ?? '';
    return { bytes: Buffer.byteLength(svg), gzipBytes: svg === '' ? 0 : gzipSync(svg).length, links: svg.split('<a ').length - 1 };
  };
  return { map: svgIn('places/index.html', 'map'), network: svgIn('actors/index.html', 'network') };
}

/**
 * Size of the typo vocabulary (src/pages/search/vocabulary/): its first-letter files (every word
 * once; a miss fetches one) and its second files (every word again, named "a-n"; a miss with no
 * near word of the same first letter fetches one to three), and the largest file of each kind.
 */
function vocabularyFigures(dir: string) {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ second: f.includes('-'), bytes: readFileSync(join(dir, f)) }));
  const figures = (kind: typeof files) => {
    const gz = kind.map((f) => gzipSync(f.bytes).length);
    return {
      files: kind.length,
      bytes: kind.reduce((n, f) => n + f.bytes.length, 0),
      gzipBytes: gz.reduce((n, g) => n + g, 0),
      largestFileGzipBytes: Math.max(0, ...gz),
    };
  };
  const first = files.filter((f) => !f.second);
  return {
    words: first.reduce((n, f) => n + f.bytes.toString('utf8').split('\n').filter(Boolean).length, 0),
    ...figures(first),
    secondFiles: figures(files.filter((f) => f.second)),
  };
}

async function buildBare(contentDir: string, outDir: string) {
  const env = { BENCH_CONTENT: contentDir };
  const astro = await runTree(
    process.execPath,
    [join(bare, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force', '--outDir', outDir],
    bare,
    env,
  );
  const index = await runTree(join(bare, 'node_modules', '.bin', 'pagefind'), ['--site', outDir], bare, env);
  return {
    buildSeconds: +(astro.seconds + index.seconds).toFixed(1),
    cpuSeconds: +(astro.cpuSeconds + index.cpuSeconds).toFixed(1),
    pagefindSeconds: +index.seconds.toFixed(1),
    // The two steps run one after the other: the peak is the larger of the two.
    peakMiB: Math.round(Math.max(astro.peakBytes, index.peakBytes) / MiB),
    astroPeakMiB: Math.round(astro.peakBytes / MiB),
    pagefindPeakMiB: Math.round(index.peakBytes / MiB),
    htmlPages: htmlCount(outDir),
    indexBytes: indexBytes(outDir),
  };
}

/**
 * Pages that hold only each article's title and paragraphs (its MDX body split at blank lines, the
 * paragraphs the bare reference renders), for timing Pagefind alone on the corpus's texts.
 */
function writeTextPages(contentDir: string, outDir: string): number {
  const dir = join(contentDir, 'articles');
  const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const title = /^title: "?(.*?)"?$/m.exec(front)?.[1] ?? name;
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const page = join(outDir, name.replace(/\.mdx$/, ''));
    mkdirSync(page, { recursive: true });
    writeFileSync(
      join(page, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${html(title)}</title></head><body><main><h1>${html(title)}</h1>` +
        `${paragraphs.map((p) => `<p>${html(p)}</p>`).join('')}</main></body></html>`,
    );
    n++;
  }
  return n;
}

/** The Pagefind CLI (the version the archive pins) alone on the corpus's texts. */
async function pagefindOnTexts(contentDir: string, outDir: string) {
  const pages = writeTextPages(contentDir, outDir);
  const run = await runTree(join(repo, 'node_modules', '.bin', 'pagefind'), ['--site', outDir], repo, {});
  return {
    pages,
    pagefindSeconds: +run.seconds.toFixed(1),
    cpuSeconds: +run.cpuSeconds.toFixed(1),
    peakMiB: Math.round(run.peakBytes / MiB),
  };
}

async function served<T>(root: string, f: (port: number) => Promise<T>): Promise<T> {
  const { server, port } = await serve(root, PORT);
  try {
    return await f(port);
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
}

// ---------------------------------------------------------------- main
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs takes a whole number ≥ 1; found "${opts.runs}"`);
  process.exit(2);
}

/** A run's time and memory figures. */
const timing = (r: { buildSeconds?: number; pagefindSeconds: number | null; cpuSeconds: number; peakMiB: number }) => ({
  buildSeconds: r.buildSeconds,
  cpuSeconds: r.cpuSeconds,
  pagefindSeconds: r.pagefindSeconds,
  peakMiB: r.peakMiB,
});

/** The medians of the runs' time and memory figures. */
function medians<R extends { pagefindSeconds: number | null; cpuSeconds: number; peakMiB: number; buildSeconds?: number }>(
  runs: readonly R[],
) {
  const of = (f: (r: R) => number | null | undefined) => {
    const xs = runs.map(f).filter((x): x is number => typeof x === 'number');
    return xs.length === 0 ? null : +median(xs).toFixed(1);
  };
  return {
    ...(runs[0]?.buildSeconds === undefined ? {} : { buildSeconds: of((r) => r.buildSeconds)! }),
    cpuSeconds: of((r) => r.cpuSeconds)!,
    // null only where a run's log gave no Pagefind time, so the type of the runs' own field.
    pagefindSeconds: of((r) => r.pagefindSeconds) as R['pagefindSeconds'],
    peakMiB: Math.round(of((r) => r.peakMiB)!),
  };
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  goal: {
    timeRatio: 0.6,
    memoryRatio: 0.5,
    perArticleCostRatio: 1.1,
    headerFirstQueryKB: 200,
    searchPageWithFiltersKB: 300,
    typingMedianMs: 40,
    typingP90Ms: 120,
  },
  corpora: [] as Array<Record<string, any>>,
  scaling: undefined as unknown,
};
if (!opts['archive-only']) ensureBare();
const QUERY = 'Lukasenko';
for (const n of SIZES) {
  console.log(`\n== ${n} articles`);
  const scratch = mkdtempSync(join(tmpdir(), `archive-bench-${n}-`));
  const contentDir = join(scratch, 'content');
  const t = performance.now();
  const corpus = writeCorpus(n, contentDir, content);
  const generateSeconds = +((performance.now() - t) / 1000).toFixed(1);
  console.log(`corpus written in ${generateSeconds} s: ${contentDir}`);
  try {
    // Each run builds both sites, the first one alternating, and indexes the texts alone; the
    // figures below are the medians of the runs (the machine's load moves single runs by tens of %).
    const archiveRuns: Array<Awaited<ReturnType<typeof buildArchive>>> = [];
    const bareRuns: Array<Awaited<ReturnType<typeof buildBare>>> = [];
    const textRuns: Array<Awaited<ReturnType<typeof pagefindOnTexts>>> = [];
    for (let i = 0; i < RUNS; i++) {
      const order = opts['archive-only'] ? ['archive'] : i % 2 === 0 ? ['archive', 'bare'] : ['bare', 'archive'];
      for (const site of order) {
        if (site === 'archive') {
          const a = await buildArchive(contentDir, join(scratch, 'dist'));
          archiveRuns.push(a);
          console.log(`archive: ${a.buildSeconds} s (Pagefind ${a.pagefindSeconds} s), peak ${a.peakMiB} MiB, ${a.htmlPages} pages`);
        } else {
          rmSync(join(scratch, 'bare-dist'), { recursive: true, force: true });
          const b = await buildBare(contentDir, join(scratch, 'bare-dist'));
          bareRuns.push(b);
          console.log(`bare:    ${b.buildSeconds} s (Pagefind ${b.pagefindSeconds} s), peak ${b.peakMiB} MiB, ${b.htmlPages} pages`);
        }
      }
      rmSync(join(scratch, 'texts'), { recursive: true, force: true });
      const t = await pagefindOnTexts(contentDir, join(scratch, 'texts'));
      textRuns.push(t);
      console.log(`Pagefind alone on the ${t.pages} article texts: ${t.pagefindSeconds} s, peak ${t.peakMiB} MiB`);
    }
    const archive = { ...archiveRuns.at(-1)!, ...medians(archiveRuns), runs: archiveRuns.map(timing) };
    const texts = { ...textRuns.at(-1)!, ...medians(textRuns), runs: textRuns.map(timing) };
    const search = await served(join(scratch, 'dist'), async (port) => ({
      ...(await measureBrowser(port, 'bench-article-0')),
      pagefindFirstQuery: await pagefindFirstQuery(port, '/articles/bench-article-0/', QUERY),
    }));
    let reference: (Awaited<ReturnType<typeof buildBare>> & { pagefindFirstQuery: unknown; runs: unknown }) | undefined;
    if (bareRuns.length > 0) {
      reference = {
        ...bareRuns.at(-1)!,
        ...medians(bareRuns),
        runs: bareRuns.map(timing),
        pagefindFirstQuery: await served(join(scratch, 'bare-dist'), (port) => pagefindFirstQuery(port, '/bench-article-0/', QUERY)),
      };
    }
    const ratios = reference && {
      buildTime: +(archive.buildSeconds / reference.buildSeconds).toFixed(2),
      textsIndexTime: +(texts.pagefindSeconds / reference.buildSeconds).toFixed(2),
      textsIndexMemory: +(texts.peakMiB / reference.peakMiB).toFixed(2),
      cpuTime: +(archive.cpuSeconds / reference.cpuSeconds).toFixed(2),
      peakMemory: +(archive.peakMiB / reference.peakMiB).toFixed(2),
      pagefindTime: archive.pagefindSeconds === null ? null : +(archive.pagefindSeconds / reference.pagefindSeconds).toFixed(2),
    };
    const figures = {
      articles: n,
      events: corpus.events,
      actors: corpus.actors,
      words: corpus.words,
      generateSeconds,
      archive: { ...archive, ...search },
      bare: reference,
      pagefindOnTexts: texts,
      ratios,
    };
    results.corpora.push(figures);
    console.log(JSON.stringify({ archive: { ...archive, pageKinds: undefined }, ratios }, null, 2));
  } finally {
    if (!opts.keep) rmSync(scratch, { recursive: true, force: true });
    else console.log(`kept ${scratch}`);
  }
}
if (results.corpora.length > 1) {
  // Linear growth: the seconds per article stay flat as the corpus grows.
  const [small, large] = [results.corpora[0]!, results.corpora.at(-1)!];
  const perArticle = (c: Record<string, any>, site: 'archive' | 'bare') => (c[site] ? c[site].buildSeconds / c['articles'] : null);
  results.scaling = {
    archivePerArticleRatio: +(perArticle(large, 'archive')! / perArticle(small, 'archive')!).toFixed(2),
    barePerArticleRatio: large['bare'] ? +(perArticle(large, 'bare')! / perArticle(small, 'bare')!).toFixed(2) : null,
    secondsPer1000Articles: results.corpora.map((c) => ({
      articles: c['articles'],
      archive: +(perArticle(c, 'archive')! * 1000).toFixed(1),
      bare: c['bare'] ? +(perArticle(c, 'bare')! * 1000).toFixed(1) : null,
    })),
  };
}

const kb = (b: number | undefined) => (b === undefined ? '–' : (b / 1024).toFixed(0));
const rows = results.corpora.flatMap((c) => {
  const a = c['archive'];
  const b = c['bare'];
  const r = c['ratios'];
  const t = c['pagefindOnTexts'];
  return [
    `| ${c['articles']} | archive | ${a.htmlPages} | ${a.buildSeconds} | ${a.cpuSeconds} | ${a.pagefindSeconds} | ${a.peakMiB} ` +
      `| ${kb(a.indexBytes)} | ${kb(a.pagefindFirstQuery.bytesOnWire)} | ${kb(a.headerFirstQuery.bytesOnWire)} ` +
      `| ${kb(a.searchPage.loadBytesOnWire)} + ${kb(a.searchPageFirstQuery.bytesOnWire)} ` +
      `| ${kb(a.phoneSearchPageFirstQuery?.loadBytesOnWire)} + ${kb(a.phoneSearchPageFirstQuery?.bytesOnWire)} ` +
      `| ${a.typingToResults.medianMs} / ${a.typingToResults.p90Ms} ` +
      `| ${a.typingToResults.facetsMedianMs} / ${a.typingToResults.facetsP90Ms} |`,
    ...(b
      ? [
          `| ${c['articles']} | bare | ${b.htmlPages} | ${b.buildSeconds} | ${b.cpuSeconds} | ${b.pagefindSeconds} | ${b.peakMiB} ` +
            `| ${kb(b.indexBytes)} | ${kb(b.pagefindFirstQuery.bytesOnWire)} | – | – | – | – | – |`,
          `| ${c['articles']} | archive / bare | ${(a.htmlPages / b.htmlPages).toFixed(2)} ` +
            `| **${r.buildTime}** | **${r.cpuTime}** | ${r.pagefindTime} | **${r.peakMemory}** ` +
            `| ${(a.indexBytes / b.indexBytes).toFixed(2)} ` +
            `| ${(a.pagefindFirstQuery.bytesOnWire / b.pagefindFirstQuery.bytesOnWire).toFixed(2)} | | | | | |`,
        ]
      : []),
    `| ${c['articles']} | Pagefind CLI alone on the article texts | ${t.pages} | – ` +
      `| ${t.cpuSeconds} | ${t.pagefindSeconds} | ${t.peakMiB} | – | – | – | – | – | – | – |`,
    ...(b
      ? [
          `| ${c['articles']} | texts alone / bare | | | ` +
            `| ${r.textsIndexTime} (of bare's build) | **${r.textsIndexMemory}** | | | | | | | |`,
        ]
      : []),
  ];
});
const table = [
  `# Bench ${results.date}`,
  '',
  `Machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}.`,
  `Goal at 10,000 articles: build time ratio ≤ ${results.goal.timeRatio}, peak memory ratio ≤ ${results.goal.memoryRatio}; ` +
    `header first query ≤ ${results.goal.headerFirstQueryKB} KB,`,
  `search page with filters ≤ ${results.goal.searchPageWithFiltersKB} KB; ` +
    `typing to results median ≤ ${results.goal.typingMedianMs} ms, p90 ≤ ${results.goal.typingP90Ms} ms.`,
  `Build times, CPU seconds and peaks are the medians of ${RUNS} run${RUNS === 1 ? '' : 's'} of each site a size ` +
    '(bench.json lists every run).',
  '',
  '| articles | site | HTML pages | build s (with Pagefind) | CPU s (user + system) | Pagefind s | peak MiB (process tree) | index KB ' +
    '| first query, Pagefind API, KB on wire | header first query KB | search page + first query KB ' +
    '| phone: search page + first query KB (filters folded) | typing to results median / p90 ms ' +
    '| typing to facet counts median / p90 ms |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  ...results.corpora.map(
    (c) =>
      `${c['articles']} articles: a shared link to "oldest first" (/search/?q=Tokaev&sort=oldest) on a phone, page and ` +
      `first query with the date order file: ${kb(c['archive'].oldestFirstLink.bytesOnWire)} KB.`,
  ),
  '',
  ...results.corpora.map((c) => {
    const r = c['archive'].typingWithRangeAndDateOrder;
    return (
      `${c['articles']} articles, typing with a range and a date order (${r.url}): ` +
      `results median / p90 ${r.medianMs} / ${r.p90Ms} ms, facet counts ${r.facetsMedianMs} / ${r.facetsP90Ms} ms.`
    );
  }),
  '',
  results.scaling ? `Scaling: ${JSON.stringify(results.scaling)}` : '',
  '',
].join('\n');
mkdirSync(join(repo, 'bench-results'), { recursive: true });
writeFileSync(join(repo, 'bench-results', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(repo, 'bench-results', 'bench.md'), table);
console.log(`\n${table}\nWritten to bench-results/bench.json and bench-results/bench.md`);
