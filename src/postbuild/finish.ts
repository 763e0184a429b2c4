/**
 * Finishes a build that `astro build` wrote into `out`, as a short list of named steps, each with one
 * job (finishBuild reads as that list). scripts/finish-build.ts runs it in a process of its own,
 * after Astro's has exited, so that the memory Astro held is given back before Pagefind takes its own.
 *
 * Pagefind indexes in processes of its own, so the steps that read and write files on libuv's
 * threads (compressing, writing the downloads, reading the pages' CSP, drawing the previews) run
 * while it works, leaving this thread to start each search part as soon as one ends and to merge them.
 */
import { digestOf, type OutputCache } from '../lib/build/output-cache.ts';
import { displayOf, readRedirects } from '../lib/content/read.ts';
import { DOWNLOADS_MANIFEST, type DownloadsManifest } from '../lib/site/downloads.ts';
import type { Redirect } from '../lib/site/redirects.ts';
import type { Settings } from '../lib/site/settings.ts';
import { type Compressed, NGINX_RULES, precompress, walk, writeRedirectPages, writeServerRules } from './deploy-files.ts';
import { readDownloadsManifest, writeDownloads } from './downloads.ts';
import { writePreviews } from './previews.ts';
import { buildSearchIndex, type Log, SEARCH_FOLDER } from './search-index.ts';
import { pagePolicies, sitePolicy } from './site-policy.ts';

/**
 * Indexes, writes the downloads, precompresses and writes the server rules for the build in `out`.
 * With `cache` (src/lib/build/output-cache.ts), each output whose inputs are the last build's is taken
 * from it (search parts, download files, `.gz` files, server rules) and the rest made and kept for
 * the next build; the cache's index is written only once everything is, so a build that fails or is
 * killed leaves the last one's.
 */
export async function finishBuild(out: string, settings: Settings, log: Log, cache?: OutputCache): Promise<void> {
  const clock = new StepClock();
  for (const line of cache?.said() ?? []) log.info(line);
  const redirects = writeMovedPages(out, settings);
  const indexed = clock.time('search index', startSearchIndex(out, log, cache));
  const astroFiles = filesAstroWrote(out);
  const manifest = readDownloadsManifest(out);
  clock.mark('reading the pages and manifests');
  const [pages, downloads, csp] = await besideTheIndex(indexed, [
    clock.time('pages’ .gz', compress(out, astroFiles, cache)),
    clock.time(
      'downloads and their .gz',
      writeDownloadFiles(out, settings, manifest, log, cache).then((files) => compress(out, files, cache)),
    ),
    clock.time('security policy', collectPolicy(out, astroFiles, redirects)),
    clock.time('preview images', drawPreviews(out, manifest, log, cache)),
  ] as const);
  await indexed;
  const searchFiles = walk(out, SEARCH_FOLDER);
  const search = await clock.time('search index’s .gz', compress(out, searchFiles, cache));
  writeRules(out, settings, { csp, redirects, searchFiles }, log, cache);
  clock.mark('server rules');
  logTotals([pages, downloads, search], log);
  if (cache !== undefined) {
    for (const line of cache.said()) log.info(line);
    log.info(keptLine(cache.tally()));
    cache.close();
    clock.mark('outputs cache’s index');
  }
  log.info(clock.line());
}

/**
 * When each part of the finishing step ended, in seconds from its start: the parts run side by side,
 * so their ends, not their durations, say which one the step waited for. The benchmark's logs read it.
 */
class StepClock {
  readonly #start = performance.now();
  readonly #ends: Array<[string, number]> = [];
  /** Notes that `name` ended now. */
  mark(name: string): void {
    this.#ends.push([name, (performance.now() - this.#start) / 1000]);
  }
  /** Notes when `promise` settles, under `name`; returns it. */
  time<T>(name: string, promise: Promise<T>): Promise<T> {
    promise.then(
      () => this.mark(name),
      () => undefined,
    );
    return promise;
  }
  line(): string {
    const ends = [...this.#ends].sort((a, b) => a[1] - b[1]).map(([name, s]) => `${name} ${s.toFixed(1)}`);
    return `Finishing step, seconds from its start to the end of each part: ${ends.join('; ')}`;
  }
}

/** What the outputs cache gave and what was made, by kind of output, in one line (as the page cache says its own). */
function keptLine(tally: ReturnType<OutputCache['tally']>): string {
  const names: Record<string, string> = {
    'search-index': 'whole search index',
    search: 'search parts',
    downloads: 'articles’ downloads',
    preview: 'preview images',
    gz: 'precompressed files',
    rules: 'server rules',
  };
  const each = Object.entries(names).map(([kind, name]) => `${name} ${tally[kind]?.kept ?? 0} kept, ${tally[kind]?.made ?? 0} made`);
  return `Outputs cache: ${each.join('; ')}`;
}

/** Writes the page left at each moved page's old address; returns the redirects. */
function writeMovedPages(out: string, settings: Settings): Redirect[] {
  const redirects = readRedirects(settings.contentRoot, displayOf(settings.contentRoot));
  writeRedirectPages(out, redirects, settings.base, new URL(settings.site));
  return redirects;
}

/**
 * Starts Pagefind on the searched pages. The promise is marked as handled at once, so that an index
 * failing while the other steps run is reported where it is awaited, not as a rejection nobody
 * handled, which would end the process.
 */
function startSearchIndex(out: string, log: Log, cache: OutputCache | undefined): Promise<unknown> {
  const indexed = buildSearchIndex(out, log, cache);
  indexed.catch(() => undefined);
  return indexed;
}

/** The files `astro build` wrote, the redirect pages among them: not the index Pagefind is writing, nor the manifest. */
function filesAstroWrote(out: string): string[] {
  const manifestFolder = `${DOWNLOADS_MANIFEST.split('/')[0]}/`;
  return walk(out).filter((f) => !f.startsWith(`${SEARCH_FOLDER}/`) && !f.startsWith(manifestFolder));
}

/**
 * Runs `steps` to their ends, while the index is built; on the first failure, waits for the index
 * too, so that nothing is still writing into the build when the caller removes it.
 */
async function besideTheIndex<T extends readonly unknown[]>(
  indexed: Promise<unknown>,
  steps: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(steps);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed !== undefined) {
    await indexed.catch(() => undefined);
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/** Writes a `.gz` beside each of `files` worth it. */
const compress = (out: string, files: readonly string[], cache: OutputCache | undefined): Promise<Compressed> =>
  precompress(out, files, undefined, cache);

/** Writes every article's downloads from the manifest; resolves to the files written. */
async function writeDownloadFiles(
  out: string,
  settings: Settings,
  manifest: DownloadsManifest,
  log: Log,
  cache: OutputCache | undefined,
): Promise<string[]> {
  const files = await writeDownloads(out, settings.contentRoot, manifest, cache);
  log.info(`Wrote ${files.length} download files`);
  return files;
}

/** The Content-Security-Policy header, from the meta policies of the pages Astro wrote. */
async function collectPolicy(out: string, astroFiles: readonly string[], redirects: readonly Redirect[]): Promise<string> {
  return sitePolicy(await pagePolicies(out, astroFiles), redirects);
}

/** Draws the link-preview images (PNGs, not worth compressing again), or takes the last build's of the same text. */
async function drawPreviews(out: string, manifest: DownloadsManifest, log: Log, cache: OutputCache | undefined): Promise<void> {
  const files = await writePreviews(out, manifest.previews, manifest.archiveName, cache);
  log.info(`Wrote ${files.length} preview images`);
}

/**
 * Writes `_headers`, `_redirects` and the nginx include, or takes the last build's when everything
 * they are made from is the same (the policy, the redirects, the settings and every file's path);
 * the index's own files are those at the top of its folder.
 */
function writeRules(
  out: string,
  settings: Settings,
  made: { csp: string; redirects: Redirect[]; searchFiles: string[] },
  log: Log,
  cache: OutputCache | undefined,
): void {
  const { csp, redirects, searchFiles } = made;
  // Its chunk folders have one rule each (src/lib/deploy/rules.ts).
  const topSearchFiles = searchFiles.map((f) => f.slice(SEARCH_FOLDER.length + 1)).filter((f) => !f.includes('/'));
  const inputs = [csp, JSON.stringify(redirects), settings.base, JSON.stringify(settings.headers ?? {}), ...topSearchFiles];
  const key = `rules:${digestOf([...inputs, '', ...walk(out).sort()])}`;
  if (cache?.restore(key, out) === true) {
    log.info(`Kept _headers, _redirects and ${NGINX_RULES} from the last build: their inputs are unchanged`);
    return;
  }
  log.info(writeServerRules(out, csp, redirects, settings.base, topSearchFiles, settings.headers));
  cache?.put(key, out, ['_headers', '_redirects', NGINX_RULES]);
}

/** Says how many files were precompressed, and their bytes before and after. */
function logTotals(parts: readonly Compressed[], log: Log): void {
  const sum = (key: keyof Compressed) => parts.reduce((n, p) => n + p[key], 0);
  log.info(
    `Precompressed ${sum('count')} files: ${sum('original')} bytes, ${sum('gzipped')} bytes gzipped ` +
      `(${sum('kept')} file(s) as at the last build, their .gz kept; ${sum('made')} compressed or tried)`,
  );
}
