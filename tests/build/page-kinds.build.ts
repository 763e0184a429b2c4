/**
 * A new kind of page and a new download are one table row each (src/lib/site/page-kinds.ts,
 * src/lib/site/download-table.ts) plus, for the kind, its page: a copy of the repository gets a
 * throwaway kind, letters, with one page, and a throwaway download, `letter.md` beside every article,
 * and is built. The letter is built, in the sitemap and searched under its own type; the letters are
 * written by the build; nginx serves both with their types, and `_headers` types the download too.
 * A list of kinds or of downloads kept anywhere but in the tables leaves one of these out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEpoch, repositoryCopy } from '../../src/lib/testing/repo-copy.ts';
import { type RunningNginx, startNginx } from '../nginx/server.ts';

const copy = mkdtempSync(join(tmpdir(), 'archive-kinds-'));
const out = join(copy, 'dist');
let nginx: RunningNginx | undefined;

/** Replaces `from` in a file of the copy, failing if the file no longer has it (the tables changed shape). */
function patch(file: string, from: string, to: string): void {
  const text = readFileSync(join(copy, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer has ${JSON.stringify(from)}: update this test's patch`);
  writeFileSync(join(copy, file), text.replace(from, to));
}

const LETTER_PAGE = `---
import Base from '../../layouts/Base.astro';
import { kindOf } from '../../lib/site/page-kinds.ts';
export const getStaticPaths = () => [{ params: { id: 'to-astana' } }];
const type = kindOf('letters').searchType;
---
<Base title="A letter to Astana" description="A page of a throwaway kind." path="/letters/to-astana/">
  <h1 data-pagefind-body data-pagefind-meta="title">A letter to Astana</h1>
  <p data-pagefind-body>Zhelsayakhat, a word no other page has.</p>
  <div hidden><span data-pagefind-filter="type">{type}</span><span data-pagefind-meta="kind">{type}</span></div>
</Base>
`;

const read = (file: string) => readFileSync(join(out, file), 'utf8');
const slugs = () => readdirSync(join(out, 'articles'), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [e.name] : []));

// Built once, at the root: the run over dist-base (npm run test:base) has nothing to add.
describe.skipIf(process.env['DIST_DIR'] !== undefined)('a throwaway page kind and download, one table row each', () => {
  beforeAll(() => {
    // Its own .astro/ and caches: no build of the repository beside it reads this one's (src/lib/testing/repo-copy.ts).
    repositoryCopy(copy);
    patch(
      'src/lib/site/page-kinds.ts',
      '] as const satisfies readonly PageKind[];',
      "  { collection: 'letters', folder: 'letters', searchType: 'Letter', tagged: true, searched: true, inSitemap: true,\n" +
        '    downloads: [] },\n' +
        '] as const satisfies readonly PageKind[];',
    );
    patch('src/lib/site/page-kinds.ts', "downloads: ['cite.bib',", "downloads: ['letter.md', 'cite.bib',");
    patch(
      'src/lib/site/download-table.ts',
      'export const DOWNLOADS: readonly Download[] = [\n',
      'export const DOWNLOADS: readonly Download[] = [\n' +
        "  { name: 'letter.md', type: 'text/markdown', made: { by: 'entry', make: (e) => ({ text: '# ' + e.slug + '\\n' }) } },\n",
    );
    mkdirSync(join(copy, 'src/pages/letters'));
    writeFileSync(join(copy, 'src/pages/letters/[id].astro'), LETTER_PAGE);
    // The build's environment as npm gives it, without what Vitest adds (BASE_URL, MODE…), which Vite would read.
    const added = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'DIST_DIR', 'ARCHIVE_BASE'];
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !added.includes(k) && !k.startsWith('VITEST')));
    // The copy is no git checkout, so the build's timestamps need a time.
    Object.assign(env, { ARCHIVE_SITE: 'http://localhost:4321', SOURCE_DATE_EPOCH: copyEpoch() });
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], { cwd: copy, env, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The build of the copy failed:\n${build.stdout}\n${build.stderr}`);
  }, 600_000);

  afterAll(async () => {
    await nginx?.stop();
    rmSync(copy, { recursive: true, force: true });
  });

  it('builds the letter page and lists it in the sitemap', () => {
    expect(existsSync(join(out, 'letters/to-astana/index.html'))).toBe(true);
    expect(read('sitemap.xml')).toContain('<loc>http://localhost:4321/letters/to-astana/</loc>');
  });

  it('searches the letter page under its own type', () => {
    const facets = read('pagefind/facets.txt');
    const types = facets.split('\n=type\n')[1]?.split('\n=')[0] ?? '';
    expect(types.split('\n').map((line) => line.split('\t')[0])).toEqual(['Actor', 'Event', 'Letter', 'Place']);
    // Every entry page is in the index: the four kinds the archive had, and the letter.
    const entryPages = ['articles', 'actors', 'places', 'events', 'letters'].flatMap((folder) =>
      readdirSync(join(out, folder)).filter((id) => existsSync(join(out, folder, id, 'index.html'))),
    );
    expect(Number(facets.split('\n')[0]?.split(' ')[3])).toBe(entryPages.length);
  });

  it('writes the download beside every article, made by its row', () => {
    expect(slugs().length).toBeGreaterThan(0);
    for (const slug of slugs()) expect(read(`articles/${slug}/letter.md`)).toBe(`# ${slug}\n`);
  });

  it('types the download in the server rules, for static hosts and nginx', () => {
    expect(read('_headers')).toContain('/articles/:p2/letter.md\n  Content-Type: text/markdown; charset=utf-8\n');
    expect(read('_nginx/rules.conf')).toContain('location ~ /letter\\.md$ {\n        types { }\n        default_type text/markdown;\n');
  });

  it('is served by nginx with the build’s rules: the page as HTML, the download with its type', async () => {
    nginx = await startNginx(out);
    const page = await fetch(`${nginx.url}letters/to-astana/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const slug = slugs()[0] ?? '';
    const letter = await fetch(`${nginx.url}articles/${slug}/letter.md`);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await letter.text()).toBe(`# ${slug}\n`);
  });
});
