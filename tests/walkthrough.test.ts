/**
 * The README's "Add an article" walkthrough, proved end to end on a sixth article: a raw capture
 * from outside the tree goes through `npm run new-article`, a scripted editor resolves every TODO
 * the way the README says, and then the checker, the fidelity rule and the build all pass, and the
 * built page has the article's paragraphs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { fidelityProblems } from '../src/lib/content/fidelity.ts';
import { formatProblem } from '../src/lib/content/integrity.ts';
import { readContent } from '../src/lib/content/read.ts';
import { repoRoot } from '../src/lib/testing/content.ts';
import { copyEpoch, repositoryCopy } from '../src/lib/testing/repo-copy.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'archive-walkthrough-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const content = path.join(scratch, 'content');
const raw = path.join(repoRoot, 'tests', 'fixtures', 'walkthrough', '005_walkthrough.txt');
cpSync(path.join(repoRoot, 'content'), content, { recursive: true });

/**
 * What the editor does (README, step 3): confirm each flagged removal with a reason and take an
 * inline one out of the text, delete the TODO comments, fill in the type and the provenance, confirm the
 * proposed actors and places.
 */
function resolveTodos(mdx: string): string {
  const end = mdx.indexOf('\n---\n', 4);
  const doc = parseDocument(mdx.slice(4, end));
  doc.setIn(['published', 'confidence'], 'confirmed');
  doc.set('type', 'blog-post');
  doc.setIn(['authors', 0, 'confidence'], 'confirmed');
  const url = 'https://windowoneurasia2.blogspot.com/2022/01/moscow-says-its-troops-will-leave.html';
  doc.set('outlet', { id: 'window-on-eurasia', confidence: 'confirmed', url });
  doc.set('collected', { outlet: 'window-on-eurasia', url });
  doc.set('language', { original: 'en', archived: 'en', confidence: 'confirmed' });
  const removed = doc.get('removed') as { items: Array<{ get(k: string): string; set(k: string, v: string): void }> };
  for (const item of removed.items)
    item.set(
      'reason',
      item
        .get('reason')
        .replace(/^TODO debris\? /, '')
        .replace(/ Keep this entry.*$/, ''),
    );
  // The proposed actors and places are right for this text: the editor deletes the TODO comment above them.
  const fields = doc.contents as { items: Array<{ key: { value: string; commentBefore?: string | null } }> };
  for (const pair of fields.items) if (pair.key.value === 'actors') pair.key.commentBefore = null;
  const body = mdx
    .slice(end + 5)
    .split('\n')
    .filter((line) => !line.startsWith('{/* TODO'))
    .join('\n')
    .replace('act quickly ( and', 'act quickly and')
    .replace(/\n{3,}/g, '\n\n');
  return `---\n${doc.toString()}---\n${body}`;
}

describe('adding a sixth article, as the README says', { timeout: 180_000 }, () => {
  const node = process.execPath;
  const generated = spawnSync(node, ['scripts/new-article.ts', raw, '--root', content], { cwd: repoRoot, encoding: 'utf8' });
  const drafts = readdirSync(path.join(content, 'articles')).filter((f) => !existsSync(path.join(repoRoot, 'content', 'articles', f)));
  const draftFile = path.join(content, 'articles', drafts[0] ?? 'missing.mdx');

  test('new-article copies the capture into the tree and writes one draft', () => {
    expect(generated.status, generated.stderr).toBe(0);
    expect(drafts).toHaveLength(1);
    expect(readFileSync(path.join(content, 'sources', '005_walkthrough.txt'))).toEqual(readFileSync(raw));
  });

  test('the fresh draft fails the checker on its TODOs only', () => {
    const problems = readContent(content, { display: 'tree' }).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.field !== 'TODO').map(formatProblem)).toEqual([]);
  });

  test('once the editor resolves every TODO, the checker and the fidelity rule pass', () => {
    writeFileSync(draftFile, resolveTodos(readFileSync(draftFile, 'utf8')));
    const tree = readContent(content, { display: 'tree' });
    expect(tree.problems.map(formatProblem)).toEqual([]);
    expect(tree.articles).toHaveLength(readdirSync(path.join(repoRoot, 'content', 'articles')).length + 1);
    const article = tree.articles.find((a) => a.data.source.file === '005_walkthrough.txt');
    expect(article?.body.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
    if (article === undefined) return;
    expect(fidelityProblems(readFileSync(raw, 'utf8'), article)).toEqual([]);
  });

  test('the build passes and the page carries the new article, paragraph by paragraph', () => {
    const out = path.join(scratch, 'dist');
    // From a copy of the repository: the other unit files' builds run beside this one (src/lib/testing/repo-copy.ts).
    const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', out], {
      cwd: repositoryCopy(path.join(scratch, 'repo')),
      env: {
        ...process.env,
        ARCHIVE_CONTENT: content,
        ARCHIVE_SITE: 'http://localhost:4321',
        FORCE_COLOR: '0',
        SOURCE_DATE_EPOCH: copyEpoch(),
      },
      encoding: 'utf8',
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const slug = path.basename(draftFile, '.mdx');
    const html = readFileSync(path.join(out, 'articles', slug, 'index.html'), 'utf8');
    for (const n of [1, 2, 3]) expect(html).toContain(`id="p${n}"`);
    expect(html).toContain('never had to fire a shot');
  });
});
