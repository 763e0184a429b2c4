/** /search/vocabulary/index.json: which first-letter files of the typo vocabulary exist, and its size in words. */
import type { APIRoute } from 'astro';
import { searchVocabulary } from '../../../data/search.ts';

export const GET: APIRoute = async () => {
  const shards = await searchVocabulary();
  const body = { shards: [...shards.keys()].sort(), words: [...shards.values()].reduce((n, s) => n + s.length, 0) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
