/**
 * The search index in parts (src/postbuild/search-parts.ts), checked against Pagefind itself: the
 * built site's searched pages are indexed by Pagefind as one index, and again in three parts merged.
 * The merged index must hold the same pages, words, positions, variants and filters as Pagefind's
 * own, page numbers aside (a part's pages come in the part's order), and be cut into chunks by
 * Pagefind's rule. One part merged must be Pagefind's own output, file for file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byBytes, CHUNK_SIZE, type PackedPage, readFilter, readWords, wordSize } from '../../src/lib/deploy/pagefind-index.ts';
import { readMeta } from '../../src/lib/deploy/pagefind-meta.ts';
import { indexPart, indexParts, mergeParts, partsOf, searchedPages } from '../../src/postbuild/search-parts.ts';
import { distDir } from './site-files.ts';

const body = (file: string) => new Uint8Array(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length));

/** An index folder read into what does not depend on page numbers: every page named by its fragment's content. */
function canonical(folder: string) {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const metaFile = join(folder, `pagefind.${entry.languages['en']?.hash}.pf_meta`);
  const meta = readMeta(body(metaFile), metaFile);
  const pageName = meta.pages.map(([hash]) => gunzipSync(readFileSync(join(folder, 'fragment', `${hash}.pf_fragment`))).toString('utf8'));
  const named = (pages: readonly PackedPage[], fields: readonly string[]) => {
    let page = 0;
    return pages
      .map(([delta, locs, metaLocs]) => {
        page += delta;
        const own = metaLocs.map((n) => (n < 0 ? `field:${fields[-n - 1]}` : n));
        return JSON.stringify([pageName[page], locs, own]);
      })
      .sort();
  };
  const words: Record<string, unknown> = {};
  const sizes: number[][] = [];
  const bounds: Array<{ from: string; to: string; first: string; last: string }> = [];
  let previous = '';
  for (const [from, to, hash] of meta.chunks) {
    const file = join(folder, 'index', `${hash}.pf_index`);
    const chunk = readWords(body(file), file);
    sizes.push(chunk.map(wordSize));
    bounds.push({ from, to, first: chunk[0]?.[0] ?? '', last: chunk.at(-1)?.[0] ?? '' });
    for (const [word, pages, variants] of chunk) {
      expect(byBytes(previous, word), `${word} after ${previous}`).toBeLessThan(0);
      previous = word;
      words[word] = { pages: named(pages, meta.metaFields), variants: variants.map(([v, p]) => [v, named(p, meta.metaFields)]).sort() };
    }
  }
  const filters: Record<string, Record<string, string[]>> = {};
  for (const [name, hash] of meta.filters) {
    const file = join(folder, 'filter', `${hash}.pf_filter`);
    const [filter, values] = readFilter(body(file), file);
    expect(filter).toBe(name);
    filters[name] = Object.fromEntries(values.map(([value, pages]) => [value, pages.map((p) => pageName[p] ?? '').sort()]));
  }
  return {
    pages: meta.pages.map(([, count], i) => `${pageName[i]} ${count}`).sort(),
    words,
    filters,
    fields: meta.metaFields,
    sizes,
    bounds,
  };
}

let scratch = '';
const folders = { whole: '', one: '', merged: '' };
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'search-parts-'));
  const pages = searchedPages(distDir);
  folders.whole = join(scratch, 'whole', 'out');
  await indexPart(distDir, pages, join(scratch, 'whole'), folders.whole);
  // The same single part, through the merge.
  await indexPart(distDir, pages, join(scratch, 'single'), join(scratch, 'single', 'out'));
  folders.one = join(scratch, 'one');
  await mergeParts([join(scratch, 'single', 'out')], folders.one);
  const parts = partsOf(pages, Math.ceil(pages.length / 3));
  expect(parts).toHaveLength(3);
  // As the build indexes them: two parts at once, each in a worker thread with its own Pagefind.
  const outs = await indexParts(distDir, parts, join(scratch, 'parts'), 2);
  folders.merged = join(scratch, 'merged');
  await mergeParts(outs, folders.merged);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the search index in parts', () => {
  it('merged from three parts, holds what Pagefind indexes in one', () => {
    const whole = canonical(folders.whole);
    const merged = canonical(folders.merged);
    expect(Object.keys(whole.words).length).toBeGreaterThan(1000);
    expect(merged.pages).toEqual(whole.pages);
    expect(merged.fields).toEqual(whole.fields);
    expect(merged.filters).toEqual(whole.filters);
    expect(merged.words).toEqual(whole.words);
  });

  it('cuts the merged words into chunks by Pagefind’s rule, each listed under bounds that lead to it alone', () => {
    const { sizes, bounds } = canonical(folders.merged);
    expect(bounds.length).toBeGreaterThan(1);
    bounds.forEach(({ from, to, first, last }, i) => {
      // The search looks a word up in the chunk whose bounds it falls between: each bound is a start
      // of its word, and a chunk's last bound comes before the next chunk's first.
      expect(first.startsWith(from), `${first} under ${from}`).toBe(true);
      expect(last.startsWith(to), `${last} under ${to}`).toBe(true);
      const next = bounds[i + 1];
      if (next !== undefined) expect(byBytes(to, next.from), `${to} before ${next.from}`).toBeLessThan(0);
    });
    sizes.forEach((chunk, i) => {
      const total = chunk.reduce((a, b) => a + b, 0);
      if (i < sizes.length - 1) expect(total).toBeGreaterThanOrEqual(CHUNK_SIZE);
      expect(total - (chunk.at(-1) ?? 0)).toBeLessThan(CHUNK_SIZE);
    });
  });

  it('merging one part gives Pagefind’s own files, name for name and byte for byte', () => {
    // The merge moves the part's fragments away and leaves its other index files where they were.
    const own = join(scratch, 'single', 'out');
    const list = (folder: string, sub: string) => readdirSync(join(folder, sub)).sort();
    expect(list(folders.one, 'fragment')).toEqual(list(folders.whole, 'fragment'));
    for (const sub of ['index', 'filter']) {
      expect(list(folders.one, sub)).toEqual(list(own, sub));
      for (const name of list(own, sub)) {
        expect(Buffer.from(body(join(folders.one, sub, name))).equals(Buffer.from(body(join(own, sub, name)))), name).toBe(true);
      }
    }
    const meta = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.pf_meta'));
    expect(meta(folders.one)).toEqual(meta(own));
    for (const name of meta(own)) expect(Buffer.from(body(join(folders.one, name))).equals(Buffer.from(body(join(own, name))))).toBe(true);
    expect(readFileSync(join(folders.one, 'pagefind-entry.json'), 'utf8')).toBe(readFileSync(join(own, 'pagefind-entry.json'), 'utf8'));
  });
});
