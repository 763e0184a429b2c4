/**
 * Every download made from an article's manifest entry is served by `astro dev` too: each extension
 * of the downloads table's article rows has its route file (src/data/downloads.ts, entryDownloadRoute),
 * and so has each kind's preview card (src/data/previews.ts, previewRoute). And every endpoint's file
 * name ends in the extension of what it serves: Astro (with `trailingSlash: 'always'`) answers
 * `/data/articles.csv` in `astro dev` only from such a route.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, it } from 'vitest';
import { DOWNLOADS, entryDownloads } from '../src/lib/site/download-table.ts';
import { PAGE_KINDS } from '../src/lib/site/page-kinds.ts';

it.each(entryDownloads('articles').map((d) => [d.name, d.name.slice(d.name.lastIndexOf('.') + 1)]))(
  '%s has its dev route, src/pages/articles/[slug]/[name].%s.ts',
  (_, extension) => {
    expect(existsSync(`src/pages/articles/[slug]/[name].${extension}.ts`)).toBe(true);
  },
);

const previews = new Set(DOWNLOADS.filter((d) => d.made.by === 'preview').map((d) => d.name));
it.each(PAGE_KINDS.flatMap((k) => k.downloads.filter((name) => previews.has(name)).map((name) => [name, k.folder])))(
  '%s beside each page of %s has its dev route',
  (name, folder) => {
    const route = `[name]${name.slice(name.lastIndexOf('.'))}.ts`;
    const params = readdirSync(`src/pages/${folder}`).filter((d) => d.startsWith('[') && existsSync(`src/pages/${folder}/${d}/${route}`));
    expect(params, `src/pages/${folder}/[…]/${route}`).toHaveLength(1);
  },
);

/** Every route file under `dir` that Astro serves as an endpoint (`.ts`, not `_`-prefixed). */
function endpoints(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !basename(path).startsWith('_'))
    .map((path) => `${dir}/${path}`);
}

it.each(endpoints('src/pages'))(
  '%s names its extension, so `astro dev` serves its files without a final slash, as a build writes them',
  (path) => {
    expect(basename(path)).toMatch(/\.[a-z]+\.ts$/);
  },
);
