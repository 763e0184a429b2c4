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
 * This file reads the flags and runs the sizes; the jobs are modules of scripts/bench/: the corpus
 * (corpus.ts), a process tree's time and memory (process-tree.ts), the builds (builds.ts) and what is
 * read from their files (site-figures.ts), the static server (server.ts), the browser's measures
 * (browser.ts, typing.ts, wire.ts, pagefind-query.ts) and the report (report.ts).
 *
 * Usage:
 *   npm run bench                              sizes 1000 and 10000
 *   npm run bench -- --sizes 1000,3000         other sizes
 *   npm run bench -- --archive-only            skip the bare reference (while working on the archive)
 *   npm run bench -- --write-corpus N DIR      only write a corpus of N articles into DIR, and exit
 *   npm run bench -- --incremental             the incremental builds against a cold one (scripts/bench/incremental.ts)
 *   npm run bench -- --languages               the three interface languages against English alone (ARCHIVE_LANGUAGES=en),
 *                                              each size built both ways, cold, with --runs; no reference, no browser
 *                                              (scripts/bench/languages.ts)
 *   npm run bench -- --runs 3                  build each site three times a size, alternating which
 *                                              goes first; times and peaks are the medians of the runs
 * Options: --port P (the static server's port, default 4402), --keep (keep the corpora and builds).
 * Not part of `npm test`: it takes minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_ORIGIN } from '../src/lib/site/settings.ts';
import { measureBrowser } from './bench/browser.ts';
import { buildArchive, buildBare, ensureBare, pagefindOnTexts, repo } from './bench/builds.ts';
import { writeCorpus } from './bench/corpus.ts';
import { benchIncremental } from './bench/incremental.ts';
import { benchLanguages } from './bench/languages.ts';
import { pagefindFirstQuery } from './bench/pagefind-query.ts';
import { medians, newResults, ratiosOf, scalingOf, timing, writeReport } from './bench/report.ts';
import { served } from './bench/server.ts';

const content = join(repo, 'content');

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'write-corpus': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000' },
    'archive-only': { type: 'boolean', default: false },
    port: { type: 'string', default: '4402' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    incremental: { type: 'boolean', default: false },
    languages: { type: 'boolean', default: false },
  },
});

/** `--write-corpus N DIR`: only the corpus. */
function writeCorpusOnly(): never {
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
if (opts['write-corpus']) writeCorpusOnly();

const SIZES = opts.sizes.split(',').map((s) => Number(s.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, such as 1000,10000; found "${opts.sizes}"`);
  process.exit(2);
}
const PORT = Number(opts.port);
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs takes a whole number ≥ 1; found "${opts.runs}"`);
  process.exit(2);
}
const QUERY = 'Lukasenko';

/**
 * Each run builds both sites, the first one alternating, and indexes the texts alone; the figures
 * are the medians of the runs (the machine's load moves single runs by tens of %).
 */
async function buildRuns(contentDir: string, scratch: string) {
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
  return { archiveRuns, bareRuns, textRuns };
}

/** Builds a corpus of `n` articles, measures it, and returns its figures. */
async function measureSize(n: number, scratch: string) {
  const contentDir = join(scratch, 'content');
  const t = performance.now();
  const corpus = writeCorpus(n, contentDir, content);
  const generateSeconds = +((performance.now() - t) / 1000).toFixed(1);
  console.log(`corpus written in ${generateSeconds} s: ${contentDir}`);
  const { archiveRuns, bareRuns, textRuns } = await buildRuns(contentDir, scratch);
  const archive = { ...archiveRuns.at(-1)!, ...medians(archiveRuns), runs: archiveRuns.map(timing) };
  const texts = { ...textRuns.at(-1)!, ...medians(textRuns), runs: textRuns.map(timing) };
  const search = await served(join(scratch, 'dist'), PORT, async (port) => ({
    ...(await measureBrowser(port, 'bench-article-0')),
    pagefindFirstQuery: await pagefindFirstQuery(port, '/articles/bench-article-0/', QUERY),
  }));
  const reference =
    bareRuns.length === 0
      ? undefined
      : {
          ...bareRuns.at(-1)!,
          ...medians(bareRuns),
          runs: bareRuns.map(timing),
          pagefindFirstQuery: await served(join(scratch, 'bare-dist'), PORT, (port) =>
            pagefindFirstQuery(port, '/bench-article-0/', QUERY),
          ),
        };
  const ratios = ratiosOf(archive, reference, texts);
  console.log(JSON.stringify({ archive: { ...archive, pageKinds: undefined }, ratios }, null, 2));
  const { events, actors, words } = corpus;
  return {
    articles: n,
    events,
    actors,
    words,
    generateSeconds,
    archive: { ...archive, ...search },
    bare: reference,
    pagefindOnTexts: texts,
    ratios,
  };
}

if (opts.incremental) {
  console.log(await benchIncremental(SIZES, repo));
  process.exit(0);
}

if (opts.languages) {
  const md = await benchLanguages(repo, SIZES, RUNS, opts.keep, (n) => mkdtempSync(join(tmpdir(), `archive-bench-languages-${n}-`)));
  console.log(`\n${md}\nWritten to bench-results/bench.json and bench-results/bench.md`);
  process.exit(0);
}

const results = newResults();
if (!opts['archive-only']) ensureBare();
for (const n of SIZES) {
  console.log(`\n== ${n} articles`);
  const scratch = mkdtempSync(join(tmpdir(), `archive-bench-${n}-`));
  try {
    results.corpora.push(await measureSize(n, scratch));
  } finally {
    if (!opts.keep) rmSync(scratch, { recursive: true, force: true });
    else console.log(`kept ${scratch}`);
  }
}
results.scaling = scalingOf(results.corpora);
const md = writeReport(repo, results, RUNS);
console.log(`\n${md}\nWritten to bench-results/bench.json and bench-results/bench.md`);
