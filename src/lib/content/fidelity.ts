/**
 * The editorial rule as a check: the archived text is the capture, verbatim, minus the debris the
 * article records. Whitespace (indentation, non-breaking and double spaces) is normalised on both
 * sides, as the editorial rules allow; nothing else is.
 *
 * - each recorded removal stands exactly once in the capture (with its context, if recorded);
 * - every sentence of the capture that is not recorded debris is in the archive, word for word;
 * - every archived block (title, standfirst lines, paragraphs, headings) is a line of the capture;
 * - no recorded removal is left in the archive;
 * - every recorded source error stands where its note says.
 *
 * It holds no list of files or debris: everything comes from the article and its capture.
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
  readonly data: Pick<ArticleData, 'title' | 'collectedTitle' | 'standfirst' | 'removed' | 'sourceErrors'>;
};

/** Where the archive departs from its capture, one sentence per problem; empty when faithful. */
export function fidelityProblems(capture: string, article: FidelityArticle): string[] {
  const problems: string[] = [];
  const { removed, sourceErrors, standfirst } = article.data;
  const title = article.data.collectedTitle ?? article.data.title;
  const blocks = [title, ...(standfirst ?? '').split('\n'), ...article.body.blocks.map((b) => b.text)].filter((s) => s.trim() !== '');
  const archivedRaw = blocks.join('\n');
  const archived = norm(archivedRaw);

  let cleaned = capture;
  for (const r of removed) {
    const target = r.context ?? r.text;
    const count = capture.split(target).length - 1;
    if (count !== 1) problems.push(`removed: "${target}" stands ${count} times in the capture; expected exactly once`);
    if (!target.includes(r.text)) problems.push(`removed: the context "${target}" does not contain the removed text "${r.text}"`);
    cleaned = cleaned.replace(target, target.replace(r.text, r.replacement));
  }
  const lines = cleaned
    .split('\n')
    .map(norm)
    .filter((l) => l.length > 0);
  for (const s of lines.flatMap(sentences)) if (!archived.includes(s)) problems.push(`the capture's sentence "${s}" is not in the archive`);
  for (const b of blocks.map(norm)) if (!lines.includes(b)) problems.push(`the archived block "${b}" is not a line of the capture`);
  for (const r of removed) {
    const target = r.context ?? r.text;
    if (archivedRaw.includes(target)) problems.push(`removed: "${target}" is still in the archive`);
  }
  for (const e of sourceErrors) {
    const where = typeof e.where === 'number' ? article.body.paragraphs[e.where - 1]?.text : e.where === 'title' ? title : standfirst;
    if (!norm(where ?? '').includes(norm(e.text))) problems.push(`sourceErrors: "${e.text}" does not stand in ${typeof e.where === 'number' ? `paragraph ${e.where}` : `the ${e.where}`}`);
  }
  return problems;
}
