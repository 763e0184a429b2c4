/**
 * /search/vocabulary/<shard>.txt: the words search can find that begin with one letter ("k"), or
 * that have given second and last letters ("a-n"), folded, most frequent first, one per line
 * (src/lib/search/vocabulary.ts). The search page fetches them only when a query word finds
 * nothing, to offer the nearest words of the archive.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchVocabulary } from '../../../data/search.ts';
import { keyed } from '../../../data/cache-keys.ts';
import { digestOf } from '../../../lib/build/cache-keys.ts';

export const getStaticPaths = (async () => {
  const { files } = await searchVocabulary();
  return keyed(
    [...files].map(([shard, words]) => ({ params: { shard }, props: { words } })),
    // The file is its words and nothing else: keyed by them, a shard whose words did not change is copied.
    (_, p) => digestOf(p.props.words),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${(props['words'] as string[]).join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
