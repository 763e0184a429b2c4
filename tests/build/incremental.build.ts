/**
 * The incremental build is the cold build, byte for byte, after every kind of edit (issue 30, item 5,
 * the pages). A copy of the repository's content is edited in sequence — an article added, a paragraph
 * edited (with its capture), the article deleted, a spelling added to an actor, an event's date
 * changed, an article's title changed (what the lists show of it), a glossary form and a publication
 * fact changed, a file touched without change — and after each edit built
 * incrementally (Astro's page cache carried from build to build) and cold (a second copy of the same
 * content with no cache), and the two outputs compared file by file.
 *
 * What is compared: the whole `dist/` — every page, endpoint and asset, and the finishing step's files
 * (the search index, downloads, `.gz` files, server rules), which it keeps between builds where their
 * inputs are unchanged (src/lib/build/output-cache.ts). The small archive's searched pages are cut into
 * parts of 12 (`ARCHIVE_SEARCH_PART_PAGES`), so that an edit re-indexes some parts and keeps others.
 * Timestamps are made deterministic, not set aside: both builds get the same SOURCE_DATE_EPOCH, so
 * the data package's `created` is the same. After the edits, builds are killed half-way (`interruptions`),
 * and the last build is asked for again with nothing changed (`nothingChanged`): it must not start Astro.
 *
 * It also shows that the cache was used: Astro names each page it copied from the cache
 * `(restored)`; each step checks that the edited entry's pages were rendered and pages far from the
 * edit copied, so a test that passes because nothing was cached cannot pass. The paragraph is edited
 * alone, and every list page must be copied (their keys are what they list: src/lib/build/list-keys.ts).
 *
 * Cost: eleven builds and three more after the edits (and one that stops at once); each step's
 * incremental and cold builds run side by side, the cold one from a copy of the repository.
 * Skipped under `npm run test:base`, which runs these files again over another dist/.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { treeCacheDir } from '../../src/lib/build/cache.ts';
import { partsByHash } from '../../src/lib/pagefind/parts.ts';
import { searchedPages } from '../../src/postbuild/search-parts.ts';
import { repoRoot as root } from '../../src/lib/testing/content.ts';
import { repositoryCopy } from '../../src/lib/testing/repo-copy.ts';

const scratch = mkdtempSync(join(tmpdir(), 'archive-incremental-'));
const chain = join(scratch, 'chain');
const cold = join(scratch, 'cold');
/**
 * The cold builds run from a copy of the repository, beside the incremental ones: two Astro builds of one
 * project share its .astro/ folder (src/lib/testing/repo-copy.ts). Made by the test, removed with the scratch folder.
 */
const coldRepo = join(scratch, 'repo');
const EPOCH = '1733000000';

function caches() {
  return [treeCacheDir(root, join(chain, 'content')), treeCacheDir(coldRepo, join(cold, 'content'))].filter((d) => d !== undefined);
}
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const dir of caches()) rmSync(dir, { recursive: true, force: true });
}, 60_000);

interface Built {
  readonly status: number | null;
  readonly output: string;
  /** Output paths Astro copied from its page cache. */
  readonly restored: ReadonlySet<string>;
  /** Output paths Astro rendered. */
  readonly rendered: ReadonlySet<string>;
}

/** The most pages of a search part in these builds: about ten parts, so that an edit leaves some parts untouched. */
const PART_SIZE = 12;

/** The environment of every build, as `npm run build` has it: the small archive's 84 searched pages cut into several search parts. */
const buildEnv = (dir: string) => ({
  ...process.env,
  ARCHIVE_CONTENT: join(dir, 'content'),
  ARCHIVE_SITE: 'http://localhost:4321',
  ARCHIVE_SEARCH_PART_PAGES: String(PART_SIZE),
  SOURCE_DATE_EPOCH: EPOCH,
  FORCE_COLOR: '0',
  NO_COLOR: '1',
});
const buildArgs = (dir: string) => ['run', '--silent', 'build', '--', '--outDir', join(dir, 'dist')];

/**
 * `npm run build` of `<dir>/content` into `<dir>/dist`, run in `repo`: the whole site, search index,
 * downloads and server rules included.
 */
function build(dir: string, repo = root): Promise<Built> {
  return new Promise((done) => {
    execFile(
      'npm',
      buildArgs(dir),
      { cwd: repo, env: buildEnv(dir), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}\n${stderr}`;
        // Astro prints a page's path, then its time or `(restored)`; pages rendering side by side put the
        // next page's clock time right after a path, hence the lookahead.
        const listed = [...output.matchAll(/├─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)( \(restored\)| \(cached\))?/g)];
        done({
          status: error === null ? 0 : typeof error.code === 'number' ? error.code : null,
          output,
          restored: new Set(listed.filter((m) => m[2] !== undefined).map((m) => m[1] ?? '')),
          rendered: new Set(listed.filter((m) => m[2] === undefined).map((m) => m[1] ?? '')),
        });
      },
    );
  });
}

/**
 * Starts `npm run build` of `<dir>/content` and kills it, with every process it started (Astro, the
 * finishing step, Pagefind), as soon as its output matches `when`; resolves to its output.
 */
function interruptedBuild(dir: string, when: RegExp): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('npm', buildArgs(dir), { cwd: root, env: buildEnv(dir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killed = false;
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!killed && when.test(output) && child.pid !== undefined) {
        killed = true;
        process.kill(-child.pid, 'SIGKILL');
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', () => (killed ? done(output) : fail(new Error(`the build ended before ${when}:\n${output}`))));
  });
}

/** The finishing step's own account of what it kept and made (src/postbuild/finish.ts). */
function outputsKept(output: string): { search: number; wholeIndex: boolean; gz: number } {
  const parts = /Search parts: (\d+) kept from the last build/.exec(output);
  const gz = /Precompressed \d+ files: .*\((\d+) file\(s\) as at the last build/.exec(output);
  return { search: Number(parts?.[1] ?? 0), wholeIndex: /Search index: every one of its/.test(output), gz: Number(gz?.[1] ?? 0) };
}

/** Every file under `dir`, relative, with the SHA-256 of its bytes. */
function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return found;
}

/** The files that differ between two outputs, each named with how. */
function differences(a: string, b: string): string[] {
  const [fa, fb] = [files(a), files(b)];
  const names = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return names.flatMap((n) =>
    fa.get(n) === fb.get(n) ? [] : [`${n}: ${fa.has(n) ? (fb.has(n) ? 'differs' : 'only incremental') : 'only cold'}`],
  );
}

/** Replaces one string in a content file, failing loudly if it is not there exactly once. */
function replaceIn(file: string, from: string, to: string) {
  const path = join(chain, 'content', file);
  const text = readFileSync(path, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`edit: "${from}" is not in ${file} exactly once`);
  writeFileSync(path, text.replace(from, to));
}

const article = (slug: string) => `/articles/${slug}/index.html`;
const ADDED = 'russia-has-no-allies-once-more';
const EDITED = 'kazakhs-fear-becoming-imperial-target-of-moscow';

interface Edit {
  readonly name: string;
  readonly edit: () => void;
  /** Output paths this edit must have rendered. */
  readonly rendered: readonly string[];
}

const TOUCHED = `articles/${EDITED}.mdx`;
// Pages no edit below reaches: a place named only in an article that no step edits, and an event
// citing only an article that names neither Putin nor the edited or added article's entries alone.
const FAR_PLACE = '/places/novorossiysk/index.html';
const FAR_EVENT = '/events/2021-03-04-bezpalko-russia-has-no-allies/index.html';

/**
 * The pages that list entries, keyed by what they list (src/lib/build/list-keys.ts): an edit to what no list
 * shows (a paragraph) must copy every one of them.
 */
const LIST_PAGES = [
  '/browse/index.html',
  '/about/removed/index.html',
  ...['2019', '2020', '2021', '2022'].map((year) => `/timeline/${year}/index.html`),
  ...['ru', 'kk'].flatMap((lang) =>
    [
      '',
      'browse/',
      'timeline/',
      'timeline/2021/',
      'timeline/2022/',
      'actors/',
      'places/',
      'search/',
      'about/editions/',
      'about/removed/',
      '404/',
    ].map((page) => `/${lang}/${page}index.html`),
  ),
];
/** Every page of the lists of all articles, in any language. */
const BROWSE = /^\/(?:(?:ru|kk)\/)?browse\//;
const TITLED = 'moscow-warning-post-soviet-states-about-belarus';

const edits = {
  added: {
    name: 'an article added',
    edit: () => {
      const c = join(chain, 'content');
      cpSync(join(c, 'sources', '000_e396179b94566197.txt'), join(c, 'sources', '900_incremental.txt'));
      const text = readFileSync(join(c, 'articles', 'russia-has-no-allies-bezpalko-says.mdx'), 'utf8')
        .replace('slug: russia-has-no-allies-bezpalko-says', `slug: ${ADDED}`)
        .replace('file: 000_e396179b94566197.txt', 'file: 900_incremental.txt');
      writeFileSync(join(c, 'articles', `${ADDED}.mdx`), text);
    },
    rendered: [article(ADDED)],
  },
  paragraph: {
    name: 'a paragraph edited (and its capture, whose digest the article records)',
    edit: () => {
      replaceIn(TOUCHED, 'analyzes the events of the year', 'analyses the events of the year');
      replaceIn('sources/002_7534cfee8c21cab9.txt', 'analyzes the events of the year', 'analyses the events of the year');
      const sha = createHash('sha256')
        .update(readFileSync(join(chain, 'content', 'sources', '002_7534cfee8c21cab9.txt')))
        .digest('hex');
      replaceIn(TOUCHED, 'ac98374ec0ce555ebab750b72c879d1abcb3d60d9118c2243b8b3d8aa2cfb4ed', sha);
    },
    rendered: [article(EDITED), `/articles/${EDITED}/source/index.html`],
  },
  title: {
    name: 'an article’s title changed (what the lists show of it)',
    edit: () => replaceIn(`articles/${TITLED}.mdx`, 'title: Moscow Warning Other', 'title: Moscow Warns Other'),
    rendered: [
      article(TITLED),
      ...['', '/ru', '/kk'].flatMap((lang) => [`${lang}/browse/index.html`, `${lang}/timeline/2020/index.html`]),
      '/ru/index.html',
    ],
  },
  deleted: {
    name: 'an article deleted',
    edit: () => {
      rmSync(join(chain, 'content', 'articles', `${ADDED}.mdx`));
      rmSync(join(chain, 'content', 'sources', '900_incremental.txt'));
    },
    rendered: [],
  },
  spelling: {
    name: 'a spelling added to an actor',
    edit: () => replaceIn('actors/vladimir-putin.yaml', 'spellings:\n  - "Putin"\n', 'spellings:\n  - "Putin"\n  - "President Putin"\n'),
    rendered: ['/actors/vladimir-putin/index.html'],
  },
  eventDate: {
    name: 'an event’s date changed',
    edit: () => replaceIn('events/2022-01-05-tokayev-asks-csto.yaml', 'date: "2022-01-05"', 'date: "2022-01-04"'),
    rendered: ['/events/2022-01-05-tokayev-asks-csto/index.html'],
  },
  touched: {
    name: 'a content file touched without change',
    edit: () => {
      const path = join(chain, 'content', TOUCHED);
      writeFileSync(path, readFileSync(path));
      utimesSync(path, new Date(), new Date(Date.now() + 60_000));
    },
    rendered: [],
  },
  glossary: {
    name: 'a glossary term’s form changed (the search page’s words, and the hidden search blocks of the pages of its events)',
    edit: () => replaceIn('glossary/january-2022-events.yaml', 'form: "January events"', 'form: "January 2022 events"'),
    rendered: ['/events/2022-01-05-tokayev-asks-csto/index.html', '/ru/search/index.html'],
  },
  publication: {
    name: 'a publication fact changed (every page shows the archive’s title)',
    edit: () => replaceIn('archive.yaml', 'title: Kazakhstan–Russia Archive, 2020–2022', 'title: Kazakhstan–Russia Archive 2020–2022'),
    rendered: [article(EDITED), FAR_PLACE, FAR_EVENT],
  },
} satisfies Record<string, Edit>;

/**
 * The steps, each built incrementally and cold; and pages far from the step's edits that must be copied.
 * Two edits a step, to keep within the test's budget (each build costs 10–15 s here, mostly Astro's
 * fixed work); INCREMENTAL_STEPS=each runs one edit a step, as the issue lists them.
 */
/**
 * The publication facts are on every page, and the glossary is keyed with them: only the search vocabulary's files,
 * which hold words alone, are copied.
 */
const EVERY_PAGE = { restored: [], onlyCopied: /^\/search\/vocabulary\/[^/]+\.txt$/ };
const PUBLICATION = { ...EVERY_PAGE, edits: [edits.publication, edits.glossary] };

/** A paragraph edited alone: every list page copied, and no page of the lists of all articles rendered. */
const PARAGRAPH = { edits: [edits.paragraph], restored: [article(ADDED), FAR_EVENT, ...LIST_PAGES], notRendered: BROWSE };

const grouped: Array<{ edits: Edit[]; restored: string[]; onlyCopied?: RegExp; notRendered?: RegExp; nothingChanged?: boolean }> =
  process.env['INCREMENTAL_STEPS'] === 'each'
    ? [
        { edits: [edits.added], restored: [article('kazakhstan-terrorists-to-be-shot-on-sight'), FAR_PLACE, FAR_EVENT] },
        PARAGRAPH,
        { edits: [edits.deleted], restored: [article(EDITED), FAR_PLACE, FAR_EVENT] },
        { edits: [edits.spelling], restored: [FAR_PLACE, FAR_EVENT] },
        { edits: [edits.title], restored: [FAR_EVENT, '/ru/404/index.html', '/kk/timeline/2022/index.html'] },
        { edits: [edits.eventDate], restored: [FAR_PLACE, FAR_EVENT] },
        // Alone, a file touched without change leaves every input as it was: the build stops before Astro.
        { edits: [edits.touched], restored: [], nothingChanged: true },
        { ...EVERY_PAGE, edits: [edits.glossary] },
        { ...EVERY_PAGE, edits: [edits.publication] },
      ]
    : [
        { edits: [edits.added, edits.eventDate], restored: [article('kazakhstan-terrorists-to-be-shot-on-sight'), FAR_PLACE, FAR_EVENT] },
        PARAGRAPH,
        { edits: [edits.spelling, edits.title], restored: [FAR_EVENT, '/ru/404/index.html', '/kk/timeline/2022/index.html'] },
        { edits: [edits.deleted, edits.touched], restored: [article(EDITED), FAR_PLACE, FAR_EVENT, '/actors/vladimir-putin/index.html'] },
        PUBLICATION,
      ];

/**
 * A build killed half-way leaves the last `dist/` as it was and a cache the next build can use: one is
 * killed while Astro renders, one while Pagefind indexes a part (of an edit made for it and then
 * undone), and a kept file of the search index is then truncated and a file of dist/ edited by hand;
 * the build after them must be the last cold build (of the same content), byte for byte, and say what
 * it discarded.
 */
async function interruptions(): Promise<void> {
  // An edit the interrupted builds start from, undone before the build after them: a description on a searched page.
  const file = join(chain, 'content', 'actors', 'joe-biden.yaml');
  const text = readFileSync(file, 'utf8');
  replaceIn('actors/joe-biden.yaml', 'description: President of the United States.', 'description: President of the United States, 2021–.');
  await interruptedBuild(chain, /├─ \/articles\//);
  expect(differences(join(chain, 'dist'), join(cold, 'dist')), 'killed during Astro: dist/ as it was').toEqual([]);
  const killed = await interruptedBuild(chain, /Indexing search part/);
  expect(killed, 'the page cache dropped after the kill during Astro').toMatch(/Discarded the page cache .* did not finish/);
  expect(differences(join(chain, 'dist'), join(cold, 'dist')), 'killed during Pagefind: dist/ as it was').toEqual([]);
  writeFileSync(file, text);

  // A kept file of the search index, truncated: the index is made again from its parts.
  const outputs = join(treeCacheDir(root, join(chain, 'content')) ?? '', 'kz-outputs');
  const index = JSON.parse(readFileSync(join(outputs, 'index.json'), 'utf8')) as {
    entries: Record<string, { files: Record<string, string> }>;
  };
  const whole = Object.entries(index.entries).find(([key]) => key.startsWith('search-index:'))?.[1].files ?? {};
  const object = whole['pagefind-entry.json'] as string;
  truncateSync(join(outputs, 'objects', object.slice(0, 2), object.slice(2)), 10);
  // The content is the last complete build's again: a file of dist/ edited by hand (its size and time
  // kept) is what makes this build run; it must be the cold build's, and replace that file too.
  const page = join(chain, 'dist', 'index.html');
  const { atime, mtime } = statSync(page);
  writeFileSync(page, readFileSync(page, 'utf8').replace('<html', '<HTML'));
  utimesSync(page, atime, mtime);

  const after = await build(chain);
  expect(after.status, after.output).toBe(0);
  expect(after.output).toMatch(/Building: \S+ is not as the last build left it/);
  expect(after.output).toMatch(/Discarded \d+ kept output\(s\) .* whose files changed since the last build/);
  expect(differences(join(chain, 'dist'), join(cold, 'dist')), 'the build after the interrupted ones').toEqual([]);
}

/** Each file of `dir` as stat sees it: a build that skips writes none of them. */
const stamps = (dir: string) =>
  [...files(dir).keys()].map((f) => {
    const s = statSync(join(dir, f), { bigint: true });
    return `${f} ${s.ino} ${s.mtimeNs} ${s.ctimeNs}`;
  });

/** A build with nothing changed since the last one starts no Astro and leaves dist/ as it is, every file untouched. */
async function nothingChanged(): Promise<void> {
  const before = stamps(join(chain, 'dist'));
  const again = await build(chain);
  expect(again.status, again.output).toBe(0);
  expect(again.output).toMatch(/Nothing changed since the last build of \S+ \(content, code, settings and the output itself\)/);
  expect(again.output).not.toMatch(/Page cache:|\[build\]|\[finish\]/);
  expect(stamps(join(chain, 'dist'))).toEqual(before);
  expect(differences(join(chain, 'dist'), join(cold, 'dist')), 'nothing changed').toEqual([]);
}

describe.skipIf(process.env['DIST_DIR'] !== undefined && process.env['DIST_DIR'] !== 'dist')('the incremental build', () => {
  test('after each edit, the same output as a cold build of the same content, with the pages far from the edit copied', async () => {
    cpSync(join(root, 'content'), join(chain, 'content'), { recursive: true });
    repositoryCopy(coldRepo);
    for (const dir of caches()) rmSync(dir, { recursive: true, force: true });
    const first = await build(chain);
    expect(first.status, first.output).toBe(0);
    expect(first.restored.size).toBe(0);
    for (const step of grouped) {
      const name = step.edits.map((e) => e.name).join(' + ');
      for (const e of step.edits) e.edit();
      rmSync(join(cold, 'content'), { recursive: true, force: true });
      cpSync(join(chain, 'content'), join(cold, 'content'), { recursive: true });
      const coldCache = treeCacheDir(coldRepo, join(cold, 'content'));
      if (coldCache !== undefined) rmSync(coldCache, { recursive: true, force: true });
      const [incremental, fresh] = await Promise.all([build(chain), build(cold, coldRepo)]);
      expect(incremental.status, `${name}\n${incremental.output}`).toBe(0);
      expect(fresh.status, `${name}\n${fresh.output}`).toBe(0);
      expect(fresh.restored.size, name).toBe(0);
      expect(differences(join(chain, 'dist'), join(cold, 'dist')), name).toEqual([]);
      if (step.nothingChanged === true) {
        expect(incremental.output, name).toMatch(/Nothing changed since the last build/);
        continue;
      }
      for (const path of step.edits.flatMap((e) => e.rendered))
        expect([...incremental.rendered], `${name}: ${path} rendered`).toContain(path);
      for (const path of step.restored) expect([...incremental.restored], `${name}: ${path} copied`).toContain(path);
      const notRendered = step.notRendered;
      if (notRendered !== undefined)
        expect(
          [...incremental.rendered].filter((p) => notRendered.test(p)),
          `${name}: rendered`,
        ).toEqual([]);
      const only = step.onlyCopied;
      if (only !== undefined)
        expect(
          [...incremental.restored].filter((p) => !only.test(p)),
          `${name}: copied`,
        ).toEqual([]);
      const summary = /Page cache: (\d+) page\(s\) copied from the last build, (\d+) rendered/.exec(incremental.output);
      expect(Number(summary?.[1]), `${name}: the build's own count of copied pages`).toBe(incremental.restored.size);
      // The finishing step's outputs were kept where their inputs were: some search parts (every one but
      // the edited pages' when a page far from the edit was copied) and the .gz of unchanged files.
      const kept = outputsKept(incremental.output);
      const untouched = partsByHash(searchedPages(join(chain, 'dist')), PART_SIZE).filter((part) =>
        part.every((page) => !incremental.rendered.has(`/${page}`)),
      ).length;
      expect(
        kept.wholeIndex ? Number.POSITIVE_INFINITY : kept.search,
        `${name}: the search parts no rendered page is in, kept`,
      ).toBeGreaterThanOrEqual(untouched);
      if (step.onlyCopied === undefined) expect(kept.gz, `${name}: .gz files kept`).toBeGreaterThan(0);
      console.log(`${name}: ${incremental.restored.size} page(s) copied, ${incremental.rendered.size} rendered; outputs kept`, kept);
    }
    await interruptions();
    await nothingChanged();
  }, 1_800_000);
});
