/**
 * /search/vocabulary/index.json: which files of the typo vocabulary exist (first-letter files such
 * as "k", second files such as "a-n": src/lib/search/vocabulary.ts), and its size in words.
 */
import type { APIRoute } from 'astro';
import { searchVocabulary } from '../../../data/search.ts';

export const GET: APIRoute = async () => {
  const { words, files } = await searchVocabulary();
  const body = { shards: [...files.keys()].sort(), words };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
