/**
 * The manifest of what pages give the search index but not their readers (src/lib/search/extras.ts):
 * each article's name blocks, metadata and filters, and every article's, event's, actor's and place's
 * title, date and text in Russian and Kazakh (src/lib/search/translated.ts). The finishing step
 * (src/postbuild/search-index.ts) gives them to Pagefind with the pages, then deletes the manifest.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { PREFIXED_LANGS } from '../../data/languages.ts';
import { articleSearchData, taggedNameBlocks, translatedExtras } from '../../data/search.ts';
import type { SearchManifest } from '../../lib/search/extras.ts';
import type { NameBlock } from '../../lib/search/variants.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const blocks: Record<string, NameBlock> = {};
  const pages: Record<string, SearchManifest['pages'][string]> = {};
  for (const article of archive.articles) {
    const names = taggedNameBlocks(article);
    for (const b of names) blocks[b.id] = b;
    const { meta, filters } = articleSearchData(archive, article);
    pages[`articles/${article.slug}/index.html`] = { names: names.map((b) => b.id), meta, filters };
  }
  // No Russian or Kazakh search page in an English-only build (ARCHIVE_LANGUAGES=en), so nothing for one.
  for (const [page, extra] of PREFIXED_LANGS.length === 0 ? [] : translatedExtras(archive)) {
    const keys = extra.blocks.map((b) => `${page}#${b.id}`);
    extra.blocks.forEach((b, i) => {
      blocks[keys[i] as string] = b;
    });
    pages[page] = { names: keys, meta: extra.meta, filters: {} };
  }
  const manifest: SearchManifest = { blocks, pages };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
