/**
 * The editorial rule's other half. The content reader already proves, for every article and at
 * every build (`captures.ts`), that each recorded removal stands once in the capture, that every
 * archived block is a line of the capture minus its removals, and that source errors stand where
 * they are said to. What that cannot see is text left out without a record; this check adds:
 *
 * - every sentence of the capture that is not recorded debris is in the archive, word for word;
 * - no recorded removal is left in the archive.
 *
 * Whitespace (indentation, non-breaking and double spaces) is normalised on both sides, as the
 * editorial rules allow. It holds no list of files or debris: everything comes from the article
 * and its capture.
 */
import type { ArticleData, ArticleEntry } from './read.ts';

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
/** Sentences end at . ? or ! with any closing quotation marks or brackets after them. */
const sentences = (line: string) =>
  line
    .split(/(?<=[.?!][”’"')\]]*)\s+/)
    .map(norm)
    .filter((s) => s.length > 0);

/** The archived text of an article as the check needs it. */
export type FidelityArticle = Pick<ArticleEntry, 'body'> & {
  readonly data: Pick<ArticleData, 'title' | 'collectedTitle' | 'standfirst' | 'removed'>;
};

/** Where the archive departs from its capture, one sentence per problem; empty when faithful. */
export function fidelityProblems(capture: string, article: FidelityArticle): string[] {
  const problems: string[] = [];
  const { removed, standfirst } = article.data;
  const title = article.data.collectedTitle ?? article.data.title;
  const blocks = [title, ...(standfirst ?? '').split('\n'), ...article.body.blocks.map((b) => b.text)].filter((s) => s.trim() !== '');
  const archivedRaw = blocks.join('\n');
  const archived = norm(archivedRaw);

  let cleaned = capture;
  for (const r of removed) {
    const target = r.context ?? r.text;
    cleaned = cleaned.replace(target, target.replace(r.text, r.replacement));
  }
  const lines = cleaned
    .split('\n')
    .map(norm)
    .filter((l) => l.length > 0);
  for (const s of lines.flatMap(sentences)) if (!archived.includes(s)) problems.push(`the capture's sentence "${s}" is not in the archive`);
  for (const r of removed) {
    const target = r.context ?? r.text;
    if (archivedRaw.includes(target)) problems.push(`removed: "${target}" is still in the archive`);
  }
  return problems;
}
