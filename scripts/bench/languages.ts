/**
 * `npm run bench -- --languages`: the archive built in its three interface languages against English alone
 * (ARCHIVE_LANGUAGES=en, src/data/built-languages.ts), on the same corpus, each cold (`--force`).
 *
 * For each size, each run builds both, the first one alternating; the figures are each build's wall and
 * CPU seconds (user + system of the process tree), its peak memory, the pages and files it wrote, and the
 * build's own lines on where its time went (`Build phases, seconds each: …`, `Finishing step, …` and
 * Astro's stages), with the ratios three / English of the medians. Each build's log is kept beside the
 * report (bench-results/languages-<size>-<languages>-<run>.log).
 *
 * The last run's two builds are then compared: every English page of the English-only build must be the
 * bytes of the same page in the three-language build once its `hreflang` alternates and its language
 * switcher are taken out of both, which is all the switch may change on an English page.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { pagefindOf, runArchive } from './builds.ts';
import { writeCorpus } from './corpus.ts';
import { MiB } from './process-tree.ts';
import { walk } from './site-figures.ts';
import { median } from './stats.ts';

/** The two builds: every interface language (ARCHIVE_LANGUAGES unset or empty), and English alone. */
export const BUILDS = { three: '', english: 'en' } as const;
type Which = keyof typeof BUILDS;

/** Seconds by name from a line of `name seconds; name seconds` (the build's phase lines). */
export function secondsByName(line: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of line.split(';')) {
    const m = /^\s*(.+?) (\d+(?:\.\d+)?)\s*$/.exec(part);
    if (m) out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** Where a build's time went, from its log: its phases, the ends of the finishing step's parts, Astro's stages. */
export function phasesOf(log: string) {
  const line = (re: RegExp) => re.exec(log)?.[1] ?? '';
  return {
    phases: secondsByName(line(/Build phases, seconds each: ([^\n]*)/)),
    finishing: secondsByName(line(/Finishing step, seconds from its start to the end of each part: ([^\n]*)/)),
    // Astro's own account: its "Completed in" lines, in the order its stages end.
    astroStages: [...log.matchAll(/(?:^|\s)(\S[^\n]*?)\s*✓ Completed in ([\d.]+)(m?s)/g)].map((m) =>
      m[3] === 'ms' ? +(Number(m[2]) / 1000).toFixed(2) : Number(m[2]),
    ),
    pagefind: pagefindOf(log),
  };
}

/** The files a build wrote, by top folder for the languages' prefixes: HTML pages and all files, with their bytes. */
export function filesOf(outDir: string) {
  const count = { htmlPages: 0, files: 0, bytes: 0, byLanguage: { en: 0, ru: 0, kk: 0 } as Record<string, number> };
  for (const f of walk(outDir)) {
    const path = relative(outDir, f);
    count.files++;
    count.bytes += statSync(f).size;
    if (!f.endsWith('.html') || path.startsWith('pagefind')) continue;
    count.htmlPages++;
    const top = path.split('/')[0]!;
    const lang = top === 'ru' || top === 'kk' ? top : 'en';
    count.byLanguage[lang] = (count.byLanguage[lang] ?? 0) + 1;
  }
  return count;
}

/** One cold build of `contentDir` into `outDir` in the given languages, timed, its log kept as `logFile`. */
async function build(contentDir: string, outDir: string, which: Which, logFile: string) {
  const run = await runArchive(contentDir, outDir, { ARCHIVE_LANGUAGES: BUILDS[which] });
  writeFileSync(logFile, run.log);
  return {
    buildSeconds: +run.seconds.toFixed(1),
    cpuSeconds: +run.cpuSeconds.toFixed(1),
    peakMiB: Math.round(run.peakBytes / MiB),
    ...filesOf(outDir),
    ...phasesOf(run.log),
  };
}
type Build = Awaited<ReturnType<typeof build>>;

/** An English page with its alternates and switcher taken out: what the switch may change, and nothing else. */
export function withoutLanguageLinks(html: string): string {
  return html.replace(/<link rel="alternate" hreflang="[^"]*" href="[^"]*">/g, '').replace(/<nav class="lang-switcher"[\s\S]*?<\/nav>/, '');
}

/**
 * The English pages of the English-only build against the same pages of the three-language build: how many
 * are the same bytes, how many differ only by their alternates and switcher, and which differ otherwise (the
 * switch must leave none); and the English pages one build has and the other lacks.
 */
export function compareEnglish(threeDir: string, englishDir: string) {
  const english = (dir: string) =>
    walk(dir)
      .map((f) => relative(dir, f))
      .filter((p) => p.endsWith('.html') && !/^(ru|kk|pagefind)\//.test(p));
  const inThree = new Set(english(threeDir));
  const inEnglish = english(englishDir);
  const out = {
    pages: inEnglish.length,
    same: 0,
    languageLinksOnly: 0,
    otherwise: [] as string[],
    missing: [] as string[],
    extra: [] as string[],
  };
  for (const p of inEnglish) {
    if (!inThree.delete(p)) {
      out.extra.push(p);
      continue;
    }
    const [a, b] = [readFileSync(join(threeDir, p), 'utf8'), readFileSync(join(englishDir, p), 'utf8')];
    if (a === b) out.same++;
    else if (withoutLanguageLinks(a) === withoutLanguageLinks(b)) out.languageLinksOnly++;
    else out.otherwise.push(p);
  }
  out.missing = [...inThree];
  return out;
}

const med = (xs: number[]) => +median(xs).toFixed(1);
const ratio = (a: number, b: number) => (b === 0 ? null : +(a / b).toFixed(2));

/** The medians of a kind of build's runs, and each run's figures. */
function summary(runs: Build[]) {
  const last = runs.at(-1)!;
  const names = (pick: (b: Build) => Record<string, number>) => Object.keys(pick(last));
  const of = (pick: (b: Build) => Record<string, number>) =>
    Object.fromEntries(names(pick).map((n) => [n, med(runs.map((r) => pick(r)[n] ?? Number.NaN))]));
  return {
    buildSeconds: med(runs.map((r) => r.buildSeconds)),
    cpuSeconds: med(runs.map((r) => r.cpuSeconds)),
    peakMiB: Math.round(median(runs.map((r) => r.peakMiB))),
    htmlPages: last.htmlPages,
    files: last.files,
    bytes: last.bytes,
    byLanguage: last.byLanguage,
    phases: of((r) => r.phases),
    finishing: of((r) => r.finishing),
    astroStages: last.astroStages.map((_, i) => med(runs.map((r) => r.astroStages[i] ?? Number.NaN))),
    pagefind: last.pagefind,
    runs: runs.map((r) => ({ buildSeconds: r.buildSeconds, cpuSeconds: r.cpuSeconds, peakMiB: r.peakMiB })),
  };
}

/** The load average when a build starts and ends (1, 5 and 15 minutes). */
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Builds a corpus of `n` articles in both ways `runs` times; returns the figures and the pages compared. */
async function measureSize(n: number, runs: number, scratch: string, logs: string, baseContent: string) {
  const contentDir = join(scratch, 'content');
  writeCorpus(n, contentDir, baseContent);
  const all: Record<Which, Build[]> = { three: [], english: [] };
  const loads: string[] = [];
  for (let i = 0; i < runs; i++) {
    const order: Which[] = i % 2 === 0 ? ['three', 'english'] : ['english', 'three'];
    for (const which of order) {
      loads.push(`${which} ${i + 1}: ${loadAverage()}`);
      const b = await build(contentDir, join(scratch, which), which, join(logs, `languages-${n}-${which}-${i + 1}.log`));
      all[which].push(b);
      console.log(
        `${n} articles, ${which}, run ${i + 1}: ${b.buildSeconds} s wall, ${b.cpuSeconds} CPU s, ` +
          `peak ${b.peakMiB} MiB, ${b.htmlPages} pages`,
      );
    }
  }
  loads.push(`end: ${loadAverage()}`);
  const three = summary(all.three);
  const english = summary(all.english);
  const phaseRatios = Object.fromEntries(Object.keys(three.phases).map((k) => [k, ratio(three.phases[k]!, english.phases[k] ?? 0)]));
  return {
    articles: n,
    runs,
    loads,
    three,
    english,
    ratios: {
      buildTime: ratio(three.buildSeconds, english.buildSeconds),
      cpuTime: ratio(three.cpuSeconds, english.cpuSeconds),
      peakMemory: ratio(three.peakMiB, english.peakMiB),
      htmlPages: ratio(three.htmlPages, english.htmlPages),
      bytes: ratio(three.bytes, english.bytes),
      phases: phaseRatios,
    },
    englishPages: compareEnglish(join(scratch, 'three'), join(scratch, 'english')),
  };
}
type SizeFigures = Awaited<ReturnType<typeof measureSize>>;

const list = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The Markdown account of the runs. */
export function languagesTable(date: string, sizes: readonly SizeFigures[], limit: number): string {
  const row = (c: SizeFigures, name: string, b: SizeFigures['three']) =>
    `| ${c.articles} | ${name} | ${b.htmlPages} (en ${b.byLanguage['en']}, ru ${b.byLanguage['ru']}, kk ${b.byLanguage['kk']}) ` +
    `| ${b.files} | ${(b.bytes / MiB).toFixed(0)} | ${b.buildSeconds} | ${b.cpuSeconds} | ${b.peakMiB} |`;
  const lines = [
    `# Three languages against English alone, ${date}`,
    '',
    `Goal: the three-language build at most ${limit} × the English-only one ` +
      '(CPU seconds: wall seconds on a shared machine measure its load).',
    'Each figure is the median of the runs; bench.json lists every run and the load average at each build.',
    '',
    '| articles | build | HTML pages | files | MiB written | wall s | CPU s (user + system) | peak MiB |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const c of sizes) {
    const r = c.ratios;
    lines.push(
      row(c, 'three languages', c.three),
      row(c, 'English alone', c.english),
      `| ${c.articles} | three / English | ${r.htmlPages} | | ${r.bytes} | ${r.buildTime} | **${r.cpuTime}** | **${r.peakMemory}** |`,
    );
  }
  lines.push('');
  for (const c of sizes) {
    const e = c.englishPages;
    lines.push(
      `${c.articles} articles, ${c.runs} run(s); load average (1, 5, 15 min) before each build: ${c.loads.join(', ')}.`,
      `- Phases, wall s (three | English | ratio): ${Object.keys(c.three.phases)
        .map((k) => `${k} ${c.three.phases[k]} | ${c.english.phases[k]} | ${c.ratios.phases[k]}`)
        .join('; ')}.`,
      `- Finishing step, ends of its parts in s, three: ${list(c.three.finishing)}.`,
      `- Finishing step, ends of its parts in s, English: ${list(c.english.finishing)}.`,
      `- Astro's stages ("Completed in", s), three: ${c.three.astroStages.join(', ')}; English: ${c.english.astroStages.join(', ')}.`,
      `- Pagefind (pages read, ms): three ${c.three.pagefind?.join(', ') ?? '–'}; English ${c.english.pagefind?.join(', ') ?? '–'}.`,
      `- English pages of the English-only build against the three-language build: ${e.pages} pages, ${e.same} the same bytes, ` +
        `${e.languageLinksOnly} differing only by their hreflang alternates and language switcher, ` +
        `${e.otherwise.length} otherwise${e.otherwise.length ? ` (${e.otherwise.slice(0, 5).join(', ')})` : ''}; ` +
        `${e.missing.length} missing, ${e.extra.length} extra.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Runs every size and writes bench-results/bench.json and bench.md; returns the Markdown. */
export async function benchLanguages(
  repo: string,
  sizes: readonly number[],
  runs: number,
  keep: boolean,
  scratchOf: (n: number) => string,
) {
  const out = join(repo, 'bench-results');
  mkdirSync(out, { recursive: true });
  const date = new Date().toISOString();
  const figures: SizeFigures[] = [];
  for (const n of sizes) {
    console.log(`\n== ${n} articles, three languages and English alone`);
    const scratch = scratchOf(n);
    try {
      figures.push(await measureSize(n, runs, scratch, out, join(repo, 'content')));
    } finally {
      if (!keep) rmSync(scratch, { recursive: true, force: true });
      else console.log(`kept ${scratch}`);
    }
  }
  const limit = 1.8;
  const md = languagesTable(date, figures, limit);
  writeFileSync(
    join(out, 'bench.json'),
    `${JSON.stringify({ date, kind: 'languages', goal: { timeRatio: limit }, corpora: figures }, null, 2)}\n`,
  );
  writeFileSync(join(out, 'bench.md'), md);
  return md;
}
