/**
 * The builds the bench times: the archive (`scripts/build.ts`, with its search index and finishing
 * step), the bare reference in `bench/bare/` (`astro build`, then the Pagefind CLI), and the Pagefind
 * CLI alone on pages holding only each article's title and paragraphs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_ORIGIN } from '../../src/lib/site/settings.ts';
import { MiB, runTree } from './process-tree.ts';
import { archiveFiles, htmlCount, indexBytes } from './site-figures.ts';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bare = join(repo, 'bench', 'bare');

/** Installs the bare reference's pinned packages from its lock file, once. */
export function ensureBare(): void {
  if (existsSync(join(bare, 'node_modules', 'astro', 'package.json')) && existsSync(join(bare, 'node_modules', '.bin', 'pagefind'))) return;
  console.log('Installing the bare reference (npm ci in bench/bare)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bare, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in bench/bare failed');
}

/** One cold build of the archive from `contentDir` into `outDir`, timed with its process tree; `env` adds to its settings. */
export function runArchive(contentDir: string, outDir: string, env: Record<string, string> = {}) {
  // `--force`: the bench times cold builds; without it the second and third runs of a corpus would
  // copy their pages from the first run's page cache.
  return runTree(process.execPath, [join(repo, 'scripts', 'build.ts'), '--outDir', outDir, '--force'], repo, {
    ARCHIVE_CONTENT: contentDir,
    // Its own origin: the corpus has no deployment, and a build without one stops (src/lib/site/settings.ts).
    ARCHIVE_SITE: LOCAL_ORIGIN,
    ...env,
  });
}

/** The pages Pagefind read and the milliseconds it took, from its line in a build's log. */
export function pagefindOf(log: string): [pages: number, ms: number] | null {
  const m = /Pagefind read (\d+) HTML pages and wrote the index in (\d+) ms/.exec(log);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export async function buildArchive(contentDir: string, outDir: string) {
  const run = await runArchive(contentDir, outDir);
  const pagefind = pagefindOf(run.log);
  const files = archiveFiles(outDir);
  return {
    buildSeconds: +run.seconds.toFixed(1),
    cpuSeconds: +run.cpuSeconds.toFixed(1),
    pagefindSeconds: pagefind ? +(pagefind[1] / 1000).toFixed(1) : null,
    peakMiB: Math.round(run.peakBytes / MiB),
    pagefindPagesRead: pagefind ? pagefind[0] : null,
    ...files,
  };
}

export async function buildBare(contentDir: string, outDir: string) {
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
export async function pagefindOnTexts(contentDir: string, outDir: string) {
  const pages = writeTextPages(contentDir, outDir);
  const run = await runTree(join(repo, 'node_modules', '.bin', 'pagefind'), ['--site', outDir], repo, {});
  return {
    pages,
    pagefindSeconds: +run.seconds.toFixed(1),
    cpuSeconds: +run.cpuSeconds.toFixed(1),
    peakMiB: Math.round(run.peakBytes / MiB),
  };
}
