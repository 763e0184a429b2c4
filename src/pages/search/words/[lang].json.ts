/**
 * The words of the header's live search in each language (src/lib/search/words.ts): the header is on
 * every page, so its words are one small file per language, fetched when the reader starts to search,
 * rather than a block on every page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { glossaryTerms } from '../../../data/glossary.ts';
import { BUILT_LANGS } from '../../../data/languages.ts';
import type { Lang } from '../../../lib/i18n/langs.ts';
import { searchWords } from '../../../lib/search/words-of.ts';

export const getStaticPaths = (() => BUILT_LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchWords(params['lang'] as Lang, glossaryTerms())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
