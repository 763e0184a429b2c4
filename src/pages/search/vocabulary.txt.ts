/**
 * /search/vocabulary.txt: every word search can find, folded, most frequent first, one per line
 * (src/lib/search/vocabulary.ts). The search page fetches it only when a query word finds nothing,
 * to offer the nearest words of the archive.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { searchableText } from '../../data/search.ts';
import { buildVocabulary } from '../../lib/search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const { texts, names } = searchableText(await loadArchive());
  return new Response(`${buildVocabulary(texts, names).join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
