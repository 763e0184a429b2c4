/**
 * `npm run bench -- --incremental`: the incremental build against a cold build of the same corpus, in
 * the same run (issue 30's Performance). For each size, the corpus is built cold (`--force`, which also
 * makes the finishing step's outputs afresh), then, each step from the one before, with the page cache
 * and the outputs cache: nothing changed; one paragraph of one article edited (its capture and digest
 * with it); one article added, tagged with five registered actors; one spelling added to the actor
 * tagged in the number of articles nearest 500. Each build's time, peak memory of its process tree,
 * and what it copied and made are written to bench-results/incremental.json and .md, with the
 * machine's load; each build's log beside them, for where the time goes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_ORIGIN } from '../../src/lib/site/settings.ts';
import { writeCorpus } from './corpus.ts';
import { MiB, runTree } from './process-tree.ts';

/** The bounds the issue sets, as shares of the cold build's time. */
const BOUNDS = { nothing: 0.05, paragraph: 0.1, added: 0.15, spelling: 0.25 } as const;
type Case = keyof typeof BOUNDS;

interface Measured {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMiB: number;
  /** The build's own lines on what it copied and made. */
  readonly pageCache: string;
  readonly outputs: string;
  /** Seconds in Astro (its own figure) and in the finishing step's search index. */
  readonly astroSeconds: number | null;
  readonly searchSeconds: number | null;
  /** The build's own lines on where its time went: its phases, and the ends of the finishing step's parts. */
  readonly phases: string;
  readonly finishing: string;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Replaces `from` by `to` once in `file`, failing when it is not there. */
function replaceOnce(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`bench edit: "${from.slice(0, 60)}" is not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/** Points the article's recorded digest at its capture's bytes, after both were edited. */
function redigest(dir: string, slug: string, capture: string): void {
  const mdx = join(dir, 'articles', `${slug}.mdx`);
  const text = readFileSync(mdx, 'utf8');
  writeFileSync(mdx, text.replace(/ {2}sha256: [0-9a-f]{64}/, `  sha256: ${sha256(readFileSync(join(dir, 'sources', capture)))}`));
}

/** The first paragraph of the article `slug` in the corpus `dir` gets a sentence more, in its text and capture. */
function editParagraph(dir: string, slug: string): void {
  const mdx = join(dir, 'articles', `${slug}.mdx`);
  const body = readFileSync(mdx, 'utf8').split('\n---\n')[1] ?? '';
  const paragraph = body.split('\n\n')[0]?.trim() ?? '';
  const capture = /file: (\S+)/.exec(readFileSync(mdx, 'utf8'))?.[1] ?? '';
  for (const file of [mdx, join(dir, 'sources', capture)]) replaceOnce(file, paragraph, `${paragraph} This sentence was added.`);
  redigest(dir, slug, capture);
}

/** The actor ids each article is tagged with. */
function taggedActors(text: string): string[] {
  const block = /\nactors:\n((?: {2}- \S+\n)+)/.exec(text)?.[1] ?? '';
  return [...block.matchAll(/ {2}- (\S+)/g)].map((m) => m[1] ?? '');
}

/** Adds an article copied from one tagged with five actors, under a new slug, title and capture. */
function addArticle(dir: string): string {
  const names = readdirSync(join(dir, 'articles')).sort();
  const model = names.find((n) => taggedActors(readFileSync(join(dir, 'articles', n), 'utf8')).length === 5);
  if (model === undefined) throw new Error('bench: no article of the corpus is tagged with five actors');
  const text = readFileSync(join(dir, 'articles', model), 'utf8');
  const slug = /slug: (\S+)/.exec(text)?.[1] ?? '';
  const title = JSON.parse(/title: (".*")/.exec(text)?.[1] ?? '""') as string;
  const capture = /file: (\S+)/.exec(text)?.[1] ?? '';
  const added = 'bench-article-added';
  const newTitle = `${title} (a new article)`;
  writeFileSync(join(dir, 'sources', 'bench_added.txt'), readFileSync(join(dir, 'sources', capture), 'utf8').replace(title, newTitle));
  writeFileSync(
    join(dir, 'articles', `${added}.mdx`),
    text
      .replace(`slug: ${slug}`, `slug: ${added}`)
      .replace(JSON.stringify(title), JSON.stringify(newTitle))
      .replace(capture, 'bench_added.txt'),
  );
  redigest(dir, added, 'bench_added.txt');
  return added;
}

/** Adds a spelling to the actor tagged in the number of articles nearest 500; returns it and that number. */
function addSpelling(dir: string): { actor: string; articles: number } {
  const counts = new Map<string, number>();
  for (const name of readdirSync(join(dir, 'articles'))) {
    for (const id of taggedActors(readFileSync(join(dir, 'articles', name), 'utf8'))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [actor, articles] = [...counts].sort((a, b) => Math.abs(a[1] - 500) - Math.abs(b[1] - 500) || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
  const file = join(dir, 'actors', `${actor}.yaml`);
  // A registered actor of content/ may have no spellings yet (its names in other scripts are under `names:`).
  const text = readFileSync(file, 'utf8');
  if (text.includes('spellings:\n')) replaceOnce(file, 'spellings:\n', 'spellings:\n  - "Benchmarkov"\n');
  else writeFileSync(file, `${text.endsWith('\n') ? text : `${text}\n`}spellings:\n  - "Benchmarkov"\n`);
  return { actor, articles };
}

/** One build of the corpus in `dir`; cold with `--force`. */
async function build(dir: string, cold: boolean, logs: string, name: string): Promise<Measured> {
  const args = [join(process.cwd(), 'scripts', 'build.ts'), '--outDir', join(dir, 'dist'), ...(cold ? ['--force'] : [])];
  const run = await runTree(process.execPath, args, process.cwd(), { ARCHIVE_CONTENT: join(dir, 'content'), ARCHIVE_SITE: LOCAL_ORIGIN });
  writeFileSync(join(logs, `incremental-${name}.log`), run.log);
  // A build that finds nothing changed says so and stops before Astro (src/lib/build/last-build.ts).
  const skipped = /Nothing changed since the last build[^\n]*/.exec(run.log)?.[0];
  if (!/Page cache: /.test(run.log) && skipped === undefined)
    throw new Error(`bench: the ${name} build failed; its log is ${join(logs, `incremental-${name}.log`)}`);
  const astro = /\[build\] (\d+) page\(s\) built in ([\d.]+)s/.exec(run.log);
  const search = /Pagefind read \d+ HTML pages and wrote the index in (\d+) ms/.exec(run.log);
  return {
    seconds: +run.seconds.toFixed(1),
    cpuSeconds: +run.cpuSeconds.toFixed(1),
    peakMiB: Math.round(run.peakBytes / MiB),
    pageCache: /Page cache: [^\n]*/.exec(run.log)?.[0] ?? skipped ?? '',
    outputs: /Outputs cache: [^\n]*/.exec(run.log)?.[0] ?? '',
    astroSeconds: astro ? Number(astro[2]) : null,
    searchSeconds: search ? +(Number(search[1]) / 1000).toFixed(1) : null,
    phases: /Build phases, seconds each: ([^\n]*)/.exec(run.log)?.[1] ?? '',
    finishing: /Finishing step, seconds from its start to the end of each part: ([^\n]*)/.exec(run.log)?.[1] ?? '',
  };
}

/** Builds a corpus of `n` articles cold and then after each edit; the figures of each. */
async function measure(n: number, contentRoot: string, logs: string) {
  const scratch = mkdtempSync(join(tmpdir(), `archive-incremental-${n}-`));
  try {
    const content = join(scratch, 'content');
    writeCorpus(n, content, contentRoot);
    console.log(`\n== ${n} articles: cold build`);
    const cold = await build(scratch, true, logs, `${n}-cold`);
    const cases: Partial<Record<Case, Measured & { edit: string }>> = {};
    const edits: Array<[Case, () => string]> = [
      ['nothing', () => 'nothing changed'],
      [
        'paragraph',
        () => {
          const slug = `bench-article-${Math.floor(n / 2)}`;
          editParagraph(content, slug);
          return `a paragraph of ${slug}`;
        },
      ],
      ['added', () => `${addArticle(content)}, tagged with five actors`],
      [
        'spelling',
        () => {
          const { actor, articles } = addSpelling(content);
          return `a spelling of ${actor}, tagged in ${articles} articles`;
        },
      ],
    ];
    for (const [name, edit] of edits) {
      const what = edit();
      console.log(`== ${n} articles: ${what}`);
      cases[name] = { ...(await build(scratch, false, logs, `${n}-${name}`)), edit: what };
    }
    return { articles: n, cold, cases };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number) => +(a / b).toFixed(3);

/** The report in Markdown: per size, the cold build and each case against it and its bound. */
function report(results: Awaited<ReturnType<typeof measure>>[], header: string): string {
  const lines = [header, ''];
  for (const r of results) {
    lines.push(
      `## ${r.articles} articles`,
      '',
      '| build | s | × cold | bound | met | peak MiB | × cold | Astro s | search index s | copied / made |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    const c = r.cold;
    lines.push(`| cold (--force) | ${c.seconds} | 1 | | | ${c.peakMiB} | 1 | ${c.astroSeconds} | ${c.searchSeconds} | ${c.pageCache} |`);
    for (const [name, m] of Object.entries(r.cases) as Array<[Case, Measured & { edit: string }]>) {
      const share = ratio(m.seconds, c.seconds);
      const met = share <= BOUNDS[name] && m.peakMiB <= c.peakMiB ? 'yes' : 'no';
      lines.push(
        `| ${m.edit} | ${m.seconds} | ${share} | ≤ ${BOUNDS[name]} | ${met} | ${m.peakMiB} | ${ratio(m.peakMiB, c.peakMiB)} | ` +
          `${m.astroSeconds} | ${m.searchSeconds} | ${m.pageCache} ${m.outputs} |`,
      );
    }
    lines.push('', 'Where the time went (the builds’ own lines; the finishing step’s parts run side by side):', '');
    for (const [name, m] of [['cold', c], ...Object.entries(r.cases)] as Array<[string, Measured]>)
      lines.push(`- ${name}: ${m.phases || 'no phases (stopped before Astro)'}${m.finishing ? `; finishing: ${m.finishing}` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Runs the incremental bench for `sizes`, writing bench-results/incremental.{json,md}. */
export async function benchIncremental(sizes: readonly number[], repo: string): Promise<string> {
  const logs = join(repo, 'bench-results');
  mkdirSync(logs, { recursive: true });
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  const results = [];
  for (const n of sizes) results.push(await measure(n, join(repo, 'content'), logs));
  // BENCH_COMMIT names the commit when the bench runs from an export of it (`git archive`), outside a checkout.
  const commit =
    process.env['BENCH_COMMIT'] ?? execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  const after = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  const header =
    `# Incremental builds (\`npm run bench -- --incremental --sizes ${sizes.join(',')}\`)\n\n` +
    `Commit ${commit}; load average ${load} at the start, ${after} at the end; one run of each build.`;
  const md = report(results, header);
  writeFileSync(join(logs, 'incremental.json'), `${JSON.stringify({ commit, load, after, results }, null, 2)}\n`);
  writeFileSync(join(logs, 'incremental.md'), `${md}\n`);
  return md;
}
