/**
 * An English article page stays within the 10.25 KB gzipped the archive set itself, and the search-only content
 * that left the pages (src/lib/search/extras.ts) still reaches the index: every article's fragment
 * has its name blocks, metadata and filters. Run after a build: `npm run test:build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPagefindFile } from '../../src/lib/pagefind/io.ts';
import { termsOf } from '../../src/lib/i18n/glossary.ts';
import { readTree } from '../../src/lib/testing/content.ts';
import { distDir, read } from './site-files.ts';

/**
 * The article page's budget, gzipped: 10 KB for the page itself, and a quarter KB for the language
 * navigation every translated page carries (its hreflang alternates and the switcher).
 */
const BUDGET = 10.25 * 1024;
const tree = readTree();

describe('article pages', () => {
  it.each(tree.articles.map((a) => a.data.slug))('%s is within 10.25 KB gzipped, as served and at gzip’s best', (slug) => {
    const file = join(distDir, 'articles', slug, 'index.html');
    const served = statSync(`${file}.gz`).size;
    const best = gzipSync(readFileSync(file), { level: 9 }).byteLength;
    expect(served, `${slug}: index.html.gz`).toBeLessThanOrEqual(BUDGET);
    expect(best, `${slug}: gzip -9`).toBeLessThanOrEqual(BUDGET);
  });
  it('carry no hidden name blocks, metadata or filters for the index', () => {
    for (const a of tree.articles) {
      const html = read(`/articles/${a.data.slug}/index.html`);
      expect(html, a.data.slug).not.toMatch(
        /data-pagefind-filter=|data-pagefind-meta="(date|outlet|author)|data-pagefind-weight="0.5"|id="names-/,
      );
    }
  });
});

describe('what the index has of them', () => {
  const folder = join(distDir, 'pagefind', 'fragment');
  const fragments = readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map(
      (f) =>
        JSON.parse(new TextDecoder().decode(readPagefindFile(join(folder, f), 'fragment'))) as {
          url: string;
          content: string;
          meta: Record<string, string>;
          filters: Record<string, string[]>;
          anchors: Array<{ id?: string }>;
        },
    );
  it.each(tree.articles.map((a) => a.data))('$slug: its name blocks, metadata and filters', (a) => {
    // Pagefind names pages by their path in the built folder, without the base path.
    const f = fragments.find((x) => x.url === `/articles/${a.slug}/`);
    expect(f, a.slug).toBeDefined();
    const id = (r: string | { id: string }) => (typeof r === 'string' ? r : r.id);
    const tagged = [...a.actors.map((r) => `names-actor-${id(r)}`), ...a.places.map((r) => `names-place-${id(r)}`)];
    // And one block per glossary term connected to it: through the events that cite it, or its actors.
    const articleId = tree.articles.find((x) => x.data.slug === a.slug)?.id;
    const events = tree.events.filter((e) => e.data.sources.some((s) => id(s.article) === articleId)).map((e) => e.id);
    tagged.push(...termsOf(tree.glossary, { events, actors: a.actors.map(id) }).map((t) => `names-term-${t.id}`));
    expect(f!.anchors.map((x) => x.id).filter((id) => id?.startsWith('names-'))).toEqual(tagged);
    expect(f!.meta['outlet']).toBeTruthy();
    expect(f!.meta['date']).toBeTruthy();
    expect(f!.filters['year']).toEqual([a.published.date?.slice(0, 4) ?? a.published.from?.slice(0, 4)]);
    expect(f!.filters['actor']?.length).toBe(a.actors.length);
  });
});
