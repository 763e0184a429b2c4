/**
 * Every download made from an article's manifest entry is served by `astro dev` too: each extension
 * of the downloads table's article rows has its route file (src/data/downloads.ts, entryDownloadRoute).
 */
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { entryDownloads } from '../src/lib/site/download-table.ts';

it.each(entryDownloads('articles').map((d) => [d.name, d.name.slice(d.name.lastIndexOf('.') + 1)]))(
  '%s has its dev route, src/pages/articles/[slug]/[name].%s.ts',
  (_, extension) => {
    expect(existsSync(`src/pages/articles/[slug]/[name].${extension}.ts`)).toBe(true);
  },
);
