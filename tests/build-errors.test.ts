/**
 * Bad content stops the build with a message that names the file, the field and what was expected,
 * and leaves no half-written output. Each case copies the real content to a scratch folder and breaks
 * one thing (ARCHIVE_CONTENT points a build at the copy).
 *
 * Where the build stops decides how a case is run. Every problem of a content tree is found by the
 * one reader (src/lib/content/read.ts) and stops the build in one place: the content loader
 * (src/loaders/archive.ts) throws the reader's lines before it stores anything, and Astro fails. So
 * every case (tests/bad-content.ts) runs, in tests/bad-content-loader.test.ts, the checker's reading
 * of the tree (what `npm run check:content` prints: scripts/check-content.ts is readContent and
 * formatProblem, its own exit code and output are read.test.ts's) and each collection's loader on it,
 * and asserts of the loader's error what it asserts of a build's output. A real `npm run build` runs
 * here where the build stops elsewhere or could say more than the loader: `BUILT` below names those
 * cases, each with its reason. Starting Astro costs seconds a case; reading a tree costs a fraction of
 * one, and the two files run side by side.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyEpoch, repositoryCopy } from '../src/lib/testing/repo-copy.ts';
import { brokenCopy, cases, checkerLinesOf, replaceIn, scratchFolder } from './bad-content.ts';

const scratch = scratchFolder();
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

/** The output of a child process that may fail: its exit code and both streams. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

/**
 * Builds a broken copy through `npm run build` (asynchronous, so that two build side by side: each
 * builds its own content, into its own folder, from a copy of the repository of its own, whose
 * `.astro/` no other build writes: src/lib/testing/repo-copy.ts), and returns the build's exit code
 * and output.
 */
async function buildWith(name: string, edit: (dir: string) => void, env: Record<string, string | undefined> = {}) {
  const { content, out } = brokenCopy(scratch, name, edit);
  const repo = repositoryCopy(join(scratch, name, 'repo'));
  const result = await run('npm', ['run', '--silent', 'build', '--', '--outDir', out], repo, {
    ...process.env,
    SOURCE_DATE_EPOCH: copyEpoch(),
    ARCHIVE_CONTENT: content,
    ARCHIVE_SITE: 'http://localhost:4321',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...env,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, wroteOutput: existsSync(out), content, repo };
}

/**
 * The cases a real build runs, and why: where the build stops before the content loader, or where
 * only a whole build shows that what the loader throws becomes the build's failure and output.
 */
const BUILT: ReadonlyMap<string, string> = new Map([
  ['a missing field', 'the loader’s error, end to end: Astro fails, the build prints the lines, exits non-zero, writes nothing'],
  ['a missing archive.yaml', 'the build reads archive.yaml itself (the origin, src/lib/site/settings.ts) before Astro starts'],
  ['a bad entry in redirects.yaml', 'astro.config.mjs reads the moved pages (readRedirects): the build stops in its configuration'],
  [
    'an actor file that is a symbolic link to a file outside the tree',
    'nothing Astro or Vite prints about the failure may quote the file the link points to',
  ],
]);
for (const name of BUILT.keys()) if (!cases.some(([n]) => n === name)) throw new Error(`BUILT names no case: ${name}`);

// Two builds at a time, these and the three below, each from its own copy of the repository: a machine
// of two cores is kept busy while one build starts up.
describe('bad content stops the build', { concurrent: true }, () => {
  test.each(cases.filter(([name]) => BUILT.has(name)))(
    '%s',
    async (name, edit, expected) => {
      const { status, output, wroteOutput, content, repo } = await buildWith(name.replace(/\W+/g, '-'), edit);
      expect(status, output).not.toBe(0);
      const checkerLines = checkerLinesOf(content, repo);
      expect(checkerLines.length, 'check:content finds the problem too').toBeGreaterThan(0);
      for (const line of checkerLines) expect(output, 'the build says what check:content says').toContain(line);
      for (const pattern of expected) expect(output).toMatch(pattern);
      expect(output).not.toContain('wJalrXUtnFEMI');
      expect(wroteOutput, 'no half-written output').toBe(false);
    },
    120_000,
  );
});

describe('a build for deployment without an origin', { concurrent: true }, () => {
  test('stops before writing anything, naming ARCHIVE_SITE and archive.yaml', async () => {
    // The content's own archive.yaml has no origin (the owners have named no host yet); this case makes sure.
    const { status, output, wroteOutput } = await buildWith(
      'no-origin',
      (d) => writeFileSync(join(d, 'archive.yaml'), readFileSync(join(d, 'archive.yaml'), 'utf8').replace(/^origin: .*\n/m, '')),
      {
        ARCHIVE_SITE: undefined,
      },
    );
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/Build stopped before writing anything: No origin .* set ARCHIVE_SITE .* or `origin:` in \S*archive\.yaml/);
    expect(output).not.toMatch(/Building for|\[build\]/);
    expect(wroteOutput).toBe(false);
  }, 60_000);
});

describe('a build of languages that are not the interface’s', { concurrent: true }, () => {
  test('stops before writing anything, naming ARCHIVE_LANGUAGES and the languages it takes', async () => {
    const { status, output, wroteOutput } = await buildWith('unknown-language', () => undefined, { ARCHIVE_LANGUAGES: 'en,de' });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /Build stopped before writing anything: ARCHIVE_LANGUAGES="en,de": "de" is not an interface language; expected a/,
    );
    expect(output).toMatch(/expected a comma-separated list of en, ru, kk/);
    expect(output).toMatch(/that includes en \(e\.g\. ARCHIVE_LANGUAGES=en\)/);
    expect(output).not.toMatch(/\[build\]/);
    expect(wroteOutput).toBe(false);
  }, 60_000);
});

describe('a page linking a paragraph that does not exist', { concurrent: true }, () => {
  test('stops the build, naming the page and the paragraphs there are', async () => {
    const { status, output, wroteOutput } = await buildWith('bad-paragraph-link', (d) =>
      replaceIn(
        d,
        'pages/method.mdx',
        'article="russia-has-no-allies-bezpalko-says" p={8}',
        'article="russia-has-no-allies-bezpalko-says" p={99}',
      ),
    );
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /\/about\/method\/: <Paragraph article="russia-has-no-allies-bezpalko-says" p=\{99\}>: expected a paragraph from 1 to \d+/,
    );
    expect(wroteOutput).toBe(false);
  }, 120_000);
});
