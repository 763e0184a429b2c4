/**
 * The article pages' static paths, one per article with its newer and older neighbours, keyed by the
 * article's entry (src/data/cache-keys.ts): the English route uses them as they are, the routes of the
 * other languages through `langPaths` (./languages.ts).
 */
import { type Article, loadArchive } from './archive.ts';
import { keyed } from './cache-keys.ts';

/** What an article's page is given. */
export type ArticleProps = {
  readonly article: Article;
  readonly newer: Article | undefined;
  readonly older: Article | undefined;
};

/** An article page's path: its slug, and the article with its neighbours. */
export interface ArticlePath {
  params: { slug: string };
  props: ArticleProps;
}

/** Every article's path, newest first as the archive lists them. */
export async function articlePaths(): Promise<ArticlePath[]> {
  const archive = await loadArchive();
  return archive.articles.map((article, i) => ({
    params: { slug: article.slug },
    props: { article, newer: archive.articles[i - 1], older: archive.articles[i + 1] },
  }));
}

/** The English route's paths, each keyed by its article's entry. */
export function englishArticlePaths() {
  return keyed(articlePaths(), (k, p) => k.entry(`articles/${p.props.article.id}`));
}
