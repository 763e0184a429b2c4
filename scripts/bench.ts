/**
 * `npm run bench`: how the archive and its search scale.
 *
 * For 1,000 and 5,000 synthetic articles (600–1,200 words each, with the real actor and place
 * registries plus synthetic ones, outlets, dates across 2020–2022, and 2 events per 5 articles
 * citing real paragraphs), it writes a full content tree outside the repo, builds it with
 * `ARCHIVE_CONTENT=<dir> astro build`, and measures: build time, Pagefind's own indexing time (from
 * the integration's log line), index size, the largest HTML page, the bytes Chromium receives
 * (gzip on, as a static host serves them) for a first search, and the time from the last keystroke
 * to rendered results, including a Cyrillic name and a typo (corrected through the vocabulary) as
 * first queries, and the typo vocabulary's size. Figures go to bench-results/bench.json.
 *
 * Usage: node scripts/bench.ts [sizes…]   e.g. `node scripts/bench.ts 1000` (default: 1000 5000)
 * Not part of `npm test`: it takes minutes.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdtempSync, cpSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1000, 5000];
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// ---------------------------------------------------------------- a deterministic random source
let seed = 20220107;
function rand(): number {
  // mulberry32: reproducible corpora, so two runs measure the same thing.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
function sample<T>(xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0] as T);
  return out;
}

// ---------------------------------------------------------------- corpus
interface Named { id: string; name: string; spellings: string[] }

function readRegistry(dir: string): Named[] {
  return readdirSync(join(repo, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => {
    const data = parseYaml(readFileSync(join(repo, 'content', dir, f), 'utf8')) as { name: string; spellings?: string[] };
    return { id: f.replace(/\.yaml$/, ''), name: data.name, spellings: data.spellings ?? [] };
  });
}

/** Words of the real sources, so paragraphs have the archive's vocabulary and word lengths. */
function vocabulary(): string[] {
  const dir = join(repo, 'content', 'sources');
  const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join(' ');
  return text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}’'-]/gu, '')).filter((w) => w.length > 1 && /^\p{Ll}/u.test(w));
}

const yamlString = (s: string) => JSON.stringify(s);
const SYLLABLES = ['ka', 'zan', 'bek', 'ov', 'mur', 'tal', 'sha', 'rin', 'gul', 'nur', 'dar', 'len', 'kov', 'tse', 'vich', 'an', 'ba', 'sai'];
const syntheticName = () => {
  const w = () => { const s = Array.from({ length: between(2, 3) }, () => pick(SYLLABLES)).join(''); return s[0]!.toUpperCase() + s.slice(1); };
  return `${w()} ${w()}`;
};

interface Corpus { dir: string; articles: number; events: number; words: number }

function writeCorpus(n: number): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `archive-bench-${n}-`));
  const content = join(dir, 'content');
  for (const sub of ['articles', 'actors', 'places', 'outlets', 'events', 'sources']) mkdirSync(join(content, sub), { recursive: true });
  for (const sub of ['actors', 'places', 'outlets']) cpSync(join(repo, 'content', sub), join(content, sub), { recursive: true });

  const actors = readRegistry('actors');
  const places = readRegistry('places');
  const outlets = readdirSync(join(repo, 'content', 'outlets')).map((f) => f.replace(/\.yaml$/, ''));
  // Synthetic actors with transliteration variants, as a growing archive would register them.
  // Each spelling belongs to one actor, as the content reader checks (src/lib/content/registry.ts).
  const taken = new Set([...actors, ...places].flatMap((a) => [a.name, ...a.spellings].map((s) => s.toLowerCase())));
  for (let i = 0; i < Math.round(n / 20); i++) {
    let name: string, first: string, last: string, spellings: string[];
    do {
      name = syntheticName();
      [first, last] = name.split(' ') as [string, string];
      const variant = last.replace(/ov$/, 'ow').replace(/sh/, 'sch').replace(/k/, 'q');
      spellings = [...new Set([last, variant, `${first[0]}. ${last}`])].filter((s) => s !== name);
    } while ([name, ...spellings].some((s) => taken.has(s.toLowerCase())));
    for (const s of [name, ...spellings]) taken.add(s.toLowerCase());
    const entry = { id: `synthetic-actor-${i}`, name, spellings };
    actors.push(entry);
    writeFileSync(join(content, 'actors', `${entry.id}.yaml`), `name: ${yamlString(name)}\ntype: person\nspellings:\n${entry.spellings.map((s) => `  - ${yamlString(s)}`).join('\n')}\ndescription: Synthetic actor for the benchmark.\n`);
  }
  for (let i = 0; i < 15; i++) {
    const id = `synthetic-outlet-${i}`;
    outlets.push(id);
    writeFileSync(join(content, 'outlets', `${id}.yaml`), `name: Synthetic Outlet ${i}\nurl: null\nkind: newspaper\ndescription: Synthetic outlet for the benchmark.\n`);
  }

  const vocab = vocabulary();
  const authors = Array.from({ length: 60 }, syntheticName);
  const paragraphCounts: number[] = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    const tagged = sample(actors, between(2, 6));
    const taggedPlaces = sample(places, between(0, 2));
    const names = [...tagged, ...taggedPlaces].map((a) => [a.name, ...a.spellings]);
    const paragraphs: string[] = [];
    let count = between(600, 1200);
    words += count;
    while (count > 0) {
      const len = Math.min(count, between(50, 110));
      count -= len;
      const ws = Array.from({ length: len }, () => pick(vocab));
      // Each tagged name appears in some paragraphs, under one of its spellings.
      for (const variants of names) if (rand() < 0.35) ws.splice(between(0, ws.length), 0, pick(variants));
      ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
      paragraphs.push(`${ws.join(' ').replace(/[<>{}*_`#\\]/g, '')}.`);
    }
    paragraphCounts.push(paragraphs.length);
    const year = between(2020, 2022);
    const month = String(between(1, 12)).padStart(2, '0');
    const date = rand() < 0.85 ? `${year}-${month}-${String(between(1, 28)).padStart(2, '0')}` : rand() < 0.5 ? `${year}-${month}` : `${year}`;
    const title = `${pick(tagged).name} and the ${pick(vocab)} of ${pick(vocab)} ${i}`;
    const slug = `bench-article-${i}`;
    // Each article records its capture, as real ones do (content/sources/, `source: {file, sha256}`).
    const capture = `${title}\n\n${paragraphs.join('\n\n')}\n`;
    writeFileSync(join(content, 'sources', `bench_${i}.txt`), capture);
    const sha256 = createHash('sha256').update(capture).digest('hex');
    const author = rand() < 0.7 ? `authors:\n  - name: ${yamlString(pick(authors))}\n    confidence: confirmed` : 'authors: []';
    // The capture the article is archived from, as content/sources/ holds it, and its SHA-256 (the schema requires both).
    const capture = `${title}\n\n${paragraphs.join('\n\n')}\n`;
    writeFileSync(join(content, 'sources', `bench_${i}.txt`), capture);
    const sha256 = createHash('sha256').update(capture).digest('hex');
    writeFileSync(join(content, 'articles', `${slug}.mdx`), `---
slug: ${slug}
title: ${yamlString(title)}
published:
  date: "${date}"
  confidence: confirmed
${author}
outlet:
  id: ${pick(outlets)}
  confidence: confirmed
  url: null
collected:
  outlet: null
  url: null
language:
  original: en
  archived: en
  confidence: confirmed
actors:
${tagged.map((a) => `  - ${a.id}`).join('\n')}
places:
${taggedPlaces.length ? taggedPlaces.map((p) => `  - ${p.id}`).join('\n') : '  []'}
source:
  file: bench_${i}.txt
  sha256: ${sha256}
removed: []
---
${paragraphs.join('\n\n')}
`.replace('places:\n  []', 'places: []'));
  }
  const events = Math.round((n * 2) / 5);
  for (let i = 0; i < events; i++) {
    const a = between(0, n - 1);
    const paras = sample(Array.from({ length: paragraphCounts[a] ?? 1 }, (_, k) => k + 1), between(1, 2)).sort((x, y) => x - y);
    writeFileSync(join(content, 'events', `bench-event-${i}.yaml`), `title: ${yamlString(`Event ${i}: ${pick(vocab)} ${pick(vocab)}`)}
when:
  date: "${between(2020, 2022)}-${String(between(1, 12)).padStart(2, '0')}"
  confidence: inferred
description: Synthetic event for the benchmark.
actors:
${sample(actors, 2).map((x) => `  - ${x.id}`).join('\n')}
places: []
confidence: inferred
sources:
  - article: bench-article-${a}
    paragraphs: [${paras.join(', ')}]
`);
  }
  return { dir, articles: n, events, words };
}

// ---------------------------------------------------------------- build
function run(cmd: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((ok, fail) => {
    execFile(cmd, args, { cwd: repo, env: { ...process.env, ...env }, maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`${cmd} ${args.join(' ')} failed:\n${stderr.slice(-4000)}\n${stdout.slice(-4000)}`));
      else ok(stdout + stderr);
    });
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
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

// ---------------------------------------------------------------- serving, gzip like a static host
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

function serve(root: string): Promise<{ server: Server; port: number }> {
  const gzCache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    const type = TYPES[extname(file)];
    // Pagefind's index files (.pf_*, wasm) are gzip already and decoded by pagefind.js: sent as they are.
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let body = gzCache.get(file);
      if (!body) { body = gzipSync(readFileSync(file), { level: 6 }); gzCache.set(file, body); }
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-cache' });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    ok({ server, port: typeof address === 'object' && address ? address.port : 0 });
  }));
}

// ---------------------------------------------------------------- browser measurements
/** A registered Cyrillic name (content/actors/kassym-jomart-tokayev.yaml), and a typo with the word it is corrected to. */
const CYRILLIC_QUERY = 'Токаев';
const TYPO_QUERY = ['Kazakstan', 'Kazakhstan'] as const;
const QUERIES = ['Lukasenko', 'Tokaev', 'Alma-Ata', 'Kiev', 'Nur-Sultan', 'Putin', 'Deljagin', 'pipeline', 'sanctions', 'Trenin', 'Nazarbayev', 'Moscow', 'Shoigu', 'Beijing', 'Donbass', 'Lugansk', 'CSTO', 'Medvedev', 'Crimea', 'Biden'];

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
  return { reset: () => { bytes = 0; urls.length = 0; }, read: () => ({ bytes, urls: [...urls] }) };
}

/**
 * Types a query and returns ms from the last keystroke's input event to the results' status line,
 * which names the query searched (`shown`: a corrected or transliterated query names its new form).
 */
async function typeAndTime(page: Page, field: string, statusSel: string, q: string, typed = true, shown = q): Promise<number> {
  await page.locator(field).fill('');
  await page.evaluate(({ field, statusSel, q }) => {
    const w = window as unknown as { __bench: { t0: number; t1: number } };
    w.__bench = { t0: 0, t1: 0 };
    const input = document.querySelector(field) as HTMLInputElement;
    input.addEventListener('input', () => { w.__bench.t0 = performance.now(); });
    const status = document.querySelector(statusSel) as HTMLElement;
    new MutationObserver(() => {
      if (status.textContent?.includes(`“${q}”`) && w.__bench.t1 === 0) w.__bench.t1 = performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  }, { field, statusSel, q: shown });
  if (typed) await page.locator(field).pressSequentially(q, { delay: 30 });
  else await page.locator(field).fill(q);
  await page.waitForFunction(() => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0, undefined, { timeout: 15_000 });
  return page.evaluate(() => { const b = (window as unknown as { __bench: { t0: number; t1: number } }).__bench; return b.t1 - b.t0; });
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

async function measureBrowser(port: number, articleSlug: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const origin = `http://127.0.0.1:${port}`;
    // 1. Header search on an article page: what the reader pays when they start to search there.
    const context1 = await browser.newContext();
    const page1 = await context1.newPage();
    const wire1 = await wireCounter(page1);
    await page1.goto(`${origin}/articles/${articleSlug}/`, { waitUntil: 'networkidle' });
    const articleLoad = wire1.read();
    const scriptBytes = articleLoad.urls.filter((u) => u.url.endsWith('.js')).reduce((n, u) => n + u.bytes, 0);
    const inlineScript = await page1.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0));
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
    const firstMs = await typeAndTime(page2, '#search-q', '#search-status', 'Tokaev', false);
    await page2.waitForLoadState('networkidle');
    const searchFirst = wire2.read();
    const times: number[] = [];
    for (let round = 0; round < 2; round++) for (const q of QUERIES) times.push(await typeAndTime(page2, '#search-q', '#search-status', q));
    await context2.close();

    // 3. A Cyrillic name and a typo as the first query of a fresh search page: bytes and time to results.
    const firstQuery = async (q: string, shown: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const wire = await wireCounter(page);
      await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
      wire.reset();
      const ms = await typeAndTime(page, '#search-q', '#search-status', q, false, shown);
      await page.waitForLoadState('networkidle');
      const got = wire.read();
      await context.close();
      return { query: q, searched: shown, bytesOnWire: got.bytes, requests: got.urls.length, ms: Math.round(ms), files: got.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`) };
    };
    const cyrillicFirstQuery = await firstQuery(CYRILLIC_QUERY, CYRILLIC_QUERY);
    const typoFirstQuery = await firstQuery(TYPO_QUERY[0], TYPO_QUERY[1]);
    return {
      articlePage: { bytesOnWire: articleLoad.bytes, scriptBytesOnWire: scriptBytes, inlineScriptBytes: inlineScript },
      headerFirstQuery: { query: 'Lukasenko', bytesOnWire: headerFirst.bytes, requests: headerFirst.urls.length, files: headerFirst.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`) },
      headerFirstQueryTyped: { query: 'Lukasenko', bytesOnWire: headerTyped.bytes, requests: headerTyped.urls.length },
      searchPage: { loadBytesOnWire: searchPageLoad.bytes },
      searchPageFirstQuery: { query: 'Tokaev', bytesOnWire: searchFirst.bytes, requests: searchFirst.urls.length, ms: Math.round(firstMs), files: searchFirst.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`) },
      cyrillicFirstQuery,
      typoFirstQuery,
      typingToResults: { queries: times.length, medianMs: Math.round(median(times) * 10) / 10, p90Ms: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]! * 10) / 10, maxMs: Math.round(Math.max(...times)) },
    };
  } finally {
    await browser.close();
  }
}

/** Size of the typo vocabulary (src/pages/search/vocabulary/): all its first-letter files, and the largest one a typo fetches. */
function vocabularyFigures(dir: string) {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f)));
  const gz = files.map((b) => gzipSync(b).length);
  return {
    words: files.reduce((n, b) => n + b.toString('utf8').split('\n').filter(Boolean).length, 0),
    files: files.length,
    bytes: files.reduce((n, b) => n + b.length, 0),
    gzipBytes: gz.reduce((n, g) => n + g, 0),
    largestFileGzipBytes: Math.max(0, ...gz),
  };
}

// ---------------------------------------------------------------- main
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  targets: { firstQueryKB: 150, medianTypingToResultsMs: 100, articlePageScriptBytes: 2048 },
  corpora: [] as unknown[],
};
for (const n of SIZES) {
  console.log(`\n== ${n} articles`);
  let t = performance.now();
  const corpus = writeCorpus(n);
  const generateMs = performance.now() - t;
  console.log(`generated in ${(generateMs / 1000).toFixed(1)} s: ${corpus.dir}`);
  const outDir = join(corpus.dir, 'dist');
  t = performance.now();
  const log = await run(process.execPath, [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force', '--outDir', outDir], { ARCHIVE_CONTENT: join(corpus.dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' });
  const buildMs = performance.now() - t;
  const indexMatch = /Pagefind read (\d+) HTML pages and wrote the index in (\d+) ms/.exec(log);
  // The .gz and .br copies the build writes beside text files (src/lib/deploy/compress.ts) are not counted.
  const files = walk(outDir).filter((f) => !/\.(gz|br)$/.test(f));
  // Only the files the archive's search loads are left in pagefind/ (src/lib/deploy/pagefind-files.ts).
  const pagefindFiles = files.filter((f) => relative(outDir, f).startsWith('pagefind'));
  const size = (fs: string[]) => fs.reduce((s, f) => s + statSync(f).size, 0);
  const html = files.filter((f) => f.endsWith('.html')).map((f) => ({ path: relative(outDir, f), bytes: statSync(f).size }));
  html.sort((a, b) => b.bytes - a.bytes);
  const largest = html[0]!;
  const pageKinds: Record<string, { pages: number; maxBytes: number; maxGzipBytes: number }> = {};
  for (const h of html) {
    const kind = h.path.split('/')[0]!.replace(/\.html$/, '');
    const k = (pageKinds[kind] ??= { pages: 0, maxBytes: 0, maxGzipBytes: 0 });
    k.pages++;
    if (h.bytes > k.maxBytes) { k.maxBytes = h.bytes; k.maxGzipBytes = gzipSync(readFileSync(join(outDir, h.path))).length; }
  }
  const { server, port } = await serve(outDir);
  let browser;
  try {
    browser = await measureBrowser(port, 'bench-article-0');
  } finally {
    server.close();
  }
  const figures = {
    articles: n,
    events: corpus.events,
    words: corpus.words,
    generateSeconds: +(generateMs / 1000).toFixed(1),
    buildSeconds: +(buildMs / 1000).toFixed(1),
    indexSeconds: indexMatch ? +(Number(indexMatch[2]) / 1000).toFixed(1) : null,
    htmlPages: html.length,
    pagefindPagesRead: indexMatch ? Number(indexMatch[1]) : null,
    indexBytes: size(pagefindFiles),
    indexFiles: pagefindFiles.length,
    pagesOver200KB: html.filter((h) => h.bytes > 200 * 1024).map((h) => h.path),
    largestHtml: { path: largest.path, bytes: largest.bytes, gzipBytes: gzipSync(readFileSync(join(outDir, largest.path))).length },
    drawings: drawingSizes(outDir),
    pageKinds,
    typoVocabulary: vocabularyFigures(join(outDir, 'search', 'vocabulary')),
    ...browser,
  };
  (results['corpora'] as unknown[]).push(figures);
  console.log(JSON.stringify({ ...figures, headerFirstQuery: { ...figures.headerFirstQuery, files: undefined }, searchPageFirstQuery: { ...figures.searchPageFirstQuery, files: undefined }, cyrillicFirstQuery: { ...figures.cyrillicFirstQuery, files: undefined }, typoFirstQuery: { ...figures.typoFirstQuery, files: undefined } }, null, 2));
  if (!process.env['BENCH_KEEP']) rmSync(corpus.dir, { recursive: true, force: true });
}
{
  // Linear growth means build seconds per article stay flat as the corpus grows: report the ratio.
  const corpora = results['corpora'] as Array<{ articles: number; buildSeconds: number; indexSeconds: number | null }>;
  const [small, large] = [corpora[0], corpora.at(-1)];
  if (small && large && small !== large) {
    results['scaling'] = {
      articleRatio: +(large.articles / small.articles).toFixed(2),
      buildTimeRatio: +(large.buildSeconds / small.buildSeconds).toFixed(2),
      buildSecondsPer1000Articles: corpora.map((c) => ({ articles: c.articles, seconds: +((c.buildSeconds / c.articles) * 1000).toFixed(1) })),
    };
  }
}
mkdirSync(join(repo, 'bench-results'), { recursive: true });
writeFileSync(join(repo, 'bench-results', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nSummary (targets at 5,000 articles: first query ≤ 150 KB on the wire, median typing-to-results < 100 ms)');
for (const c of results['corpora'] as Array<Record<string, any>>) {
  console.log(`${c['articles']} articles: build ${c['buildSeconds']} s (index ${c['indexSeconds']} s), index ${(c['indexBytes'] / 1024).toFixed(0)} KB in ${c['indexFiles']} files, largest page ${(c['largestHtml'].bytes / 1024).toFixed(0)} KB (${c['largestHtml'].path}); first query ${(c['headerFirstQuery'].bytesOnWire / 1024).toFixed(1)} KB from the header (${(c['headerFirstQueryTyped'].bytesOnWire / 1024).toFixed(1)} KB typed key by key), ${(c['searchPage'].loadBytesOnWire / 1024).toFixed(1)} KB search page + ${(c['searchPageFirstQuery'].bytesOnWire / 1024).toFixed(1)} KB first query with facets; typing-to-results median ${c['typingToResults'].medianMs} ms (p90 ${c['typingToResults'].p90Ms} ms); Cyrillic “${c['cyrillicFirstQuery'].query}” ${(c['cyrillicFirstQuery'].bytesOnWire / 1024).toFixed(1)} KB in ${c['cyrillicFirstQuery'].ms} ms; typo “${c['typoFirstQuery'].query}” ${(c['typoFirstQuery'].bytesOnWire / 1024).toFixed(1)} KB in ${c['typoFirstQuery'].ms} ms (vocabulary ${c['typoVocabulary'] ? `${c['typoVocabulary'].words} words, ${(c['typoVocabulary'].gzipBytes / 1024).toFixed(1)} KB gzipped in ${c['typoVocabulary'].files} files, largest ${(c['typoVocabulary'].largestFileGzipBytes / 1024).toFixed(1)} KB` : 'missing'})`);
}
if (results['scaling']) console.log(`Scaling: ${JSON.stringify(results['scaling'])}`);
console.log('Written to bench-results/bench.json');
