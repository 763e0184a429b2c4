/**
 * The search index in parts (src/postbuild/search-parts.ts), checked against Pagefind itself: the
 * built site's searched pages are indexed by Pagefind as one index, and again in three parts merged.
 * The merged index must hold the same pages, words, positions, variants and filters as Pagefind's
 * own, page numbers aside (Pagefind numbers pages in the order the file system lists them, the merge
 * by URL), and be cut into chunks by Pagefind's rule. Pagefind's own files, read and written again
 * by the merge's reader and writer, must be the same bytes under the same names; and the merged index
 * merged again, its pages already in URL order, must be the same files.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFilter, writeFilter } from '../../src/lib/pagefind/filters.ts';
import { byBytes, chunkName } from '../../src/lib/pagefind/names.ts';
import { CHUNK_SIZE, type PackedPage, readWords, wordSize, writeWords } from '../../src/lib/pagefind/words.ts';
import { readMeta, writeMeta } from '../../src/lib/pagefind/meta.ts';
import { readIndexFolder } from '../../src/lib/pagefind/io.ts';
import { mergeParts } from '../../src/lib/pagefind/merge.ts';
import { indexPart, indexParts, partsOf, searchedPages } from '../../src/postbuild/search-parts.ts';
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
const folders = { whole: '', merged: '', again: '' };
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'search-parts-'));
  const pages = searchedPages(distDir);
  folders.whole = join(scratch, 'whole', 'out');
  await indexPart(distDir, pages, join(scratch, 'whole'), folders.whole);
  const parts = partsOf(pages, Math.ceil(pages.length / 3));
  expect(parts).toHaveLength(3);
  // As the build indexes them: two parts at once, each a Pagefind process of its own.
  const outs = await indexParts(distDir, parts, join(scratch, 'parts'), 2);
  folders.merged = join(scratch, 'merged');
  await mergeParts(outs, folders.merged);
  // The merge moves fragments out of its parts: the merged index is merged again from a copy.
  cpSync(folders.merged, join(scratch, 'merged-copy'), { recursive: true });
  folders.again = join(scratch, 'again');
  await mergeParts([join(scratch, 'merged-copy')], folders.again);
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

  it('numbers the merged pages in the order of their URLs, whatever order Pagefind found the files in', () => {
    const { meta } = readIndexFolder(folders.merged);
    const urls = meta.pages.map(
      ([hash]) =>
        (JSON.parse(new TextDecoder().decode(body(join(folders.merged, 'fragment', `${hash}.pf_fragment`)))) as { url: string }).url,
    );
    expect(urls.length).toBeGreaterThan(50);
    expect(urls).toEqual([...urls].sort(byBytes));
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

  it('reads and writes Pagefind’s own word chunks, filters and metadata to the same bytes, under the names Pagefind gives them', () => {
    const { language, meta, metaBody } = readIndexFolder(folders.whole);
    expect(Buffer.from(writeMeta(meta)).equals(Buffer.from(metaBody))).toBe(true);
    expect(meta.chunks.length).toBeGreaterThan(1);
    const taken = new Set<string>();
    for (const [, , hash] of meta.chunks) {
      const file = join(folders.whole, 'index', `${hash}.pf_index`);
      const written = writeWords(readWords(body(file), file));
      expect(Buffer.from(written).equals(Buffer.from(body(file))), hash).toBe(true);
      const name = chunkName(language, written, taken);
      taken.add(name);
      expect(name).toBe(hash);
    }
    for (const [name, hash] of meta.filters) {
      const file = join(folders.whole, 'filter', `${hash}.pf_filter`);
      const written = writeFilter(readFilter(body(file), file));
      expect(Buffer.from(written).equals(Buffer.from(body(file))), name).toBe(true);
      expect(chunkName(language, written, new Set())).toBe(hash);
    }
  });

  it('merging the merged index again gives the same files, name for name and byte for byte', () => {
    const list = (folder: string, sub = '') => readdirSync(join(folder, sub)).sort();
    expect(list(folders.again)).toEqual(list(folders.merged));
    for (const sub of ['index', 'filter', 'fragment']) {
      expect(list(folders.again, sub)).toEqual(list(folders.merged, sub));
      for (const name of list(folders.merged, sub)) {
        expect(readFileSync(join(folders.again, sub, name)).equals(readFileSync(join(folders.merged, sub, name))), name).toBe(true);
      }
    }
    for (const name of list(folders.merged).filter((n) => n.endsWith('.pf_meta') || n.endsWith('.json'))) {
      expect(readFileSync(join(folders.again, name)).equals(readFileSync(join(folders.merged, name))), name).toBe(true);
    }
  });
});
