/** The bench's report: the medians of the runs, the ratios to the reference, and bench.json and bench.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { median } from './stats.ts';

interface Timed {
  buildSeconds?: number;
  pagefindSeconds: number | null;
  cpuSeconds: number;
  peakMiB: number;
}

/** A run's time and memory figures. */
export const timing = (r: Timed) => ({
  buildSeconds: r.buildSeconds,
  cpuSeconds: r.cpuSeconds,
  pagefindSeconds: r.pagefindSeconds,
  peakMiB: r.peakMiB,
});

/** The medians of the runs' time and memory figures. */
export function medians<R extends Timed>(runs: readonly R[]) {
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

/** The archive's figures over the reference's; undefined without a reference. */
export function ratiosOf(archive: Record<string, any>, reference: Record<string, any> | undefined, texts: Record<string, any>) {
  if (reference === undefined) return undefined;
  return {
    buildTime: +(archive['buildSeconds'] / reference['buildSeconds']).toFixed(2),
    textsIndexTime: +(texts['pagefindSeconds'] / reference['buildSeconds']).toFixed(2),
    textsIndexMemory: +(texts['peakMiB'] / reference['peakMiB']).toFixed(2),
    cpuTime: +(archive['cpuSeconds'] / reference['cpuSeconds']).toFixed(2),
    peakMemory: +(archive['peakMiB'] / reference['peakMiB']).toFixed(2),
    pagefindTime: archive['pagefindSeconds'] === null ? null : +(archive['pagefindSeconds'] / reference['pagefindSeconds']).toFixed(2),
  };
}

/** The whole run's record, to which each size's figures are added. */
export function newResults() {
  return {
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
}
export type Results = ReturnType<typeof newResults>;

/** Linear growth: the seconds per article stay flat as the corpus grows (first size against the last). */
export function scalingOf(corpora: ReadonlyArray<Record<string, any>>) {
  if (corpora.length < 2) return undefined;
  const [small, large] = [corpora[0]!, corpora.at(-1)!];
  const perArticle = (c: Record<string, any>, site: 'archive' | 'bare') => (c[site] ? c[site].buildSeconds / c['articles'] : null);
  return {
    archivePerArticleRatio: +(perArticle(large, 'archive')! / perArticle(small, 'archive')!).toFixed(2),
    barePerArticleRatio: large['bare'] ? +(perArticle(large, 'bare')! / perArticle(small, 'bare')!).toFixed(2) : null,
    secondsPer1000Articles: corpora.map((c) => ({
      articles: c['articles'],
      archive: +(perArticle(c, 'archive')! * 1000).toFixed(1),
      bare: c['bare'] ? +(perArticle(c, 'bare')! * 1000).toFixed(1) : null,
    })),
  };
}

const kb = (b: number | undefined) => (b === undefined ? '–' : (b / 1024).toFixed(0));

/** The archive's row of the table. */
function archiveRow(n: number, a: Record<string, any>): string {
  return (
    `| ${n} | archive | ${a['htmlPages']} | ${a['buildSeconds']} | ${a['cpuSeconds']} | ${a['pagefindSeconds']} | ${a['peakMiB']} ` +
    `| ${kb(a['indexBytes'])} | ${kb(a['pagefindFirstQuery'].bytesOnWire)} | ${kb(a['headerFirstQuery'].bytesOnWire)} ` +
    `| ${kb(a['searchPage'].loadBytesOnWire)} + ${kb(a['searchPageFirstQuery'].bytesOnWire)} ` +
    `| ${kb(a['phoneSearchPageFirstQuery']?.loadBytesOnWire)} + ${kb(a['phoneSearchPageFirstQuery']?.bytesOnWire)} ` +
    `| ${a['typingToResults'].medianMs} / ${a['typingToResults'].p90Ms} ` +
    `| ${a['typingToResults'].facetsMedianMs} / ${a['typingToResults'].facetsP90Ms} |`
  );
}

/** The reference's row and the ratios' row of the table. */
function referenceRows(n: number, a: Record<string, any>, b: Record<string, any>, r: Record<string, any>): string[] {
  return [
    `| ${n} | bare | ${b['htmlPages']} | ${b['buildSeconds']} | ${b['cpuSeconds']} | ${b['pagefindSeconds']} | ${b['peakMiB']} ` +
      `| ${kb(b['indexBytes'])} | ${kb(b['pagefindFirstQuery'].bytesOnWire)} | – | – | – | – | – |`,
    `| ${n} | archive / bare | ${(a['htmlPages'] / b['htmlPages']).toFixed(2)} ` +
      `| **${r['buildTime']}** | **${r['cpuTime']}** | ${r['pagefindTime']} | **${r['peakMemory']}** ` +
      `| ${(a['indexBytes'] / b['indexBytes']).toFixed(2)} ` +
      `| ${(a['pagefindFirstQuery'].bytesOnWire / b['pagefindFirstQuery'].bytesOnWire).toFixed(2)} | | | | | |`,
  ];
}

/** One size's rows of the table. */
function rowsOf(c: Record<string, any>): string[] {
  const [n, a, b, r, t] = [c['articles'], c['archive'], c['bare'], c['ratios'], c['pagefindOnTexts']];
  return [
    archiveRow(n, a),
    ...(b ? referenceRows(n, a, b, r) : []),
    `| ${n} | Pagefind CLI alone on the article texts | ${t.pages} | – ` +
      `| ${t.cpuSeconds} | ${t.pagefindSeconds} | ${t.peakMiB} | – | – | – | – | – | – | – |`,
    ...(b ? [`| ${n} | texts alone / bare | | | | ${r.textsIndexTime} (of bare's build) | **${r.textsIndexMemory}** | | | | | | | |`] : []),
  ];
}

/** A typing pass's key delays, as "median / p90 / max". */
const keys = (pass: { keyDelay?: { medianMs: number; p90Ms: number; maxMs: number } }) =>
  pass.keyDelay ? `${pass.keyDelay.medianMs} / ${pass.keyDelay.p90Ms} / ${pass.keyDelay.maxMs}` : '–';

/** The sentences under the table: the shared link's bytes, and the typing with a range and a date order. */
function notesOf(c: Record<string, any>): string[] {
  const a = c['archive'];
  const r = a['typingWithRangeAndDateOrder'];
  const w = a['pageWeights'] as Record<string, { path: string; bytes?: number; gzipBytes?: number }>;
  return [
    `${c['articles']} articles: a shared link to "oldest first" (/search/?q=Tokaev&sort=oldest) on a phone, page and ` +
      `first query with the date order file: ${kb(a['oldestFirstLink'].bytesOnWire)} KB.`,
    `${c['articles']} articles, typing with a range and a date order (${r.url}): ` +
      `results median / p90 ${r.medianMs} / ${r.p90Ms} ms, facet counts ${r.facetsMedianMs} / ${r.facetsP90Ms} ms.`,
    `${c['articles']} articles, each key's wait before the page took it (median / p90 / max ms): ` +
      `plain ${keys(a['typingToResults'])}, with the range and date order ${keys(r)}.`,
    `${c['articles']} articles, page weights (bytes / gzip): ` +
      Object.values(w)
        .map((p) => `${p.path} ${p.bytes ?? '–'} / ${p.gzipBytes ?? '–'}`)
        .join('; ') +
      '.',
  ];
}

/** A first query's figures as browser.ts records them. */
interface FirstQuery {
  readonly query: string;
  readonly results?: number | undefined;
  readonly loadBytesOnWire?: number | undefined;
  readonly bytesOnWire: number;
}

/**
 * The first query from each language's search page (browser.ts's languagesFirstQuery, with the English
 * page's own measures beside it): page + query KB on the wire, wide with the facets counted / on a phone
 * with the filters folded, and the queries whose bytes pass 200 KB (the budget for any language's page).
 */
function languageNotes(c: Record<string, unknown>): string[] {
  const a = c['archive'] as Record<string, unknown>;
  const byLang = a['languagesFirstQuery'] as Record<string, { wide: FirstQuery[]; phone: FirstQuery[] }> | undefined;
  if (byLang === undefined) return [];
  const pair = (w: FirstQuery | undefined, p: FirstQuery | undefined) =>
    `${kb(w?.loadBytesOnWire)} + ${kb(w?.bytesOnWire)} / ${kb(p?.loadBytesOnWire)} + ${kb(p?.bytesOnWire)}`;
  const enWide = { ...(a['searchPageFirstQuery'] as FirstQuery), loadBytesOnWire: (a['searchPage'] as FirstQuery).loadBytesOnWire };
  const rows = [`en “Tokaev” ${pair(enWide, a['phoneSearchPageFirstQuery'] as FirstQuery)}`];
  const over: string[] = [];
  for (const [lang, m] of Object.entries(byLang)) {
    m.wide.forEach((w, i) => rows.push(`${lang} “${w.query}” (${w.results} results) ${pair(w, m.phone[i])}`));
    for (const [screen, qs] of [['wide', m.wide] as const, ['phone', m.phone] as const])
      for (const q of qs) if (q.bytesOnWire > 200 * 1024) over.push(`${lang} “${q.query}” ${screen} ${kb(q.bytesOnWire)} KB`);
  }
  return [
    `${c['articles']} articles, the first query from each language's search page, page + query KB on the wire, ` +
      `wide (facets counted) / phone (filters folded): ${rows.join('; ')}. ` +
      `Queries over 200 KB: ${over.length === 0 ? 'none' : over.join('; ')} (bench.json lists each one's files).`,
  ];
}

/** The Markdown account of a run. */
export function table(results: Results, runs: number): string {
  const g = results.goal;
  return [
    `# Bench ${results.date}`,
    '',
    `Machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}.`,
    `Goal at 10,000 articles: build time ratio ≤ ${g.timeRatio}, peak memory ratio ≤ ${g.memoryRatio}; ` +
      `header first query ≤ ${g.headerFirstQueryKB} KB,`,
    `search page with filters ≤ ${g.searchPageWithFiltersKB} KB; ` +
      `typing to results median ≤ ${g.typingMedianMs} ms, p90 ≤ ${g.typingP90Ms} ms.`,
    `Build times, CPU seconds and peaks are the medians of ${runs} run${runs === 1 ? '' : 's'} of each site a size ` +
      '(bench.json lists every run).',
    '',
    '| articles | site | HTML pages | build s (with Pagefind) | CPU s (user + system) | Pagefind s | peak MiB (process tree) | index KB ' +
      '| first query, Pagefind API, KB on wire | header first query KB | search page + first query KB ' +
      '| phone: search page + first query KB (filters folded) | typing to results median / p90 ms ' +
      '| typing to facet counts median / p90 ms |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.corpora.flatMap(rowsOf),
    '',
    ...results.corpora.flatMap(notesOf),
    ...results.corpora.flatMap(languageNotes),
    '',
    results.scaling ? `Scaling: ${JSON.stringify(results.scaling)}` : '',
    '',
  ].join('\n');
}

/** Writes bench-results/bench.json and bench-results/bench.md, and returns the Markdown. */
export function writeReport(repo: string, results: Results, runs: number): string {
  const md = table(results, runs);
  mkdirSync(join(repo, 'bench-results'), { recursive: true });
  writeFileSync(join(repo, 'bench-results', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(repo, 'bench-results', 'bench.md'), md);
  return md;
}
