/**
 * The editorial rule, proved on every article: the archived text is the collected text, verbatim,
 * minus the debris the article lists. Each sentence of the raw source that is not listed debris
 * is in the archive word for word; every archived block comes from the source; no listed debris is
 * left in the archive. Whitespace (indentation, non-breaking and double spaces) is normalised on
 * both sides, as the editorial rules say.
 */
import { describe, expect, test } from 'vitest';
import { readArticles, readSource } from './content-files.ts';

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
/** Sentences end at . ? or ! with any closing quotation marks or brackets after them. */
const sentences = (line: string) => line.split(/(?<=[.?!][”’"')\]]*)\s+/).map(norm).filter((s) => s.length > 0);

/** Debris the dossier names for each raw file; the archive must have removed each. */
const dossierDebris: Record<string, string[]> = {
  '000_e396179b94566197.txt': ['Saturday, March 6, 2021', '(', 'No comments:', 'Post a Comment'],
  '001_01090bdcb20c23d0.txt': ['(', '\u00a0 ', 'No comments:', 'Post a Comment'],
  '002_7534cfee8c21cab9.txt': ['KAZAKHSTAN-RUSSIA ', '() ', 'Source link', 'Written by Editor TLN', 'File - Ukrainian soldiers in the city of Lisichansk, located in the vicinity of Severodonetsk.', 'Australia confirms the death of one of its citizens fighting against Russian forces in Ukraine', 'The new Samsung Galaxy Z MultiFold has a Folding Screen for more than 200 places'],
  '003_b406c6de3e9dc874.txt': ['The Real Russia. Today. ', 'NazarbayevOpinions', ' (4-min read)', 'Leave A Reply', 'Your email address will not be published.'],
  '004_f05042ef0443f42d.txt': ['Basel Hajj Jasem'],
};

const articles = readArticles();

test('every raw source has exactly one archived article', () => {
  expect(articles.map((a) => a.data['source'].file).sort()).toEqual(Object.keys(dossierDebris).sort());
});

describe.each(articles.map((a) => [a.data['source'].file as string, a] as const))('%s', (_file, article) => {
  const raw = readSource(article.data['source'].file);
  const removed = article.data['removed'] as Array<{ text: string; context?: string; replacement?: string }>;
  const archivedBlocks: string[] = [
    article.data['collectedTitle'] ?? article.data['title'],
    ...String(article.data['standfirst'] ?? '').split('\n'),
    ...article.body.blocks.map((b) => b.text),
  ].filter((s) => s.trim() !== '');
  const archivedRaw = archivedBlocks.join('\n');
  const archived = norm(archivedRaw);

  let cleaned = raw;
  for (const r of removed) {
    const target = r.context ?? r.text;
    cleaned = cleaned.replace(target, target.replace(r.text, r.replacement ?? ''));
  }
  const cleanedLines = cleaned.split('\n').map(norm).filter((l) => l.length > 0);

  test('each removed item stands once in the raw source, as recorded', () => {
    for (const r of removed) {
      const target = r.context ?? r.text;
      expect(raw.split(target).length - 1, `"${target}" should occur once in the raw text`).toBe(1);
      expect(target.includes(r.text), `context "${target}" should contain "${r.text}"`).toBe(true);
    }
  });

  test('the debris the dossier names is recorded as removed', () => {
    const texts = removed.map((r) => r.text);
    for (const d of dossierDebris[article.data['source'].file] ?? []) expect(texts).toContain(d);
  });

  test('every sentence of the source that is not debris is in the archive, word for word', () => {
    const missing = cleanedLines.flatMap(sentences).filter((s) => !archived.includes(s));
    expect(missing).toEqual([]);
  });

  test('every archived block is a line of the source, word for word', () => {
    const invented = archivedBlocks.map(norm).filter((b) => !cleanedLines.includes(b));
    expect(invented).toEqual([]);
  });

  test('no listed debris is left in the archive', () => {
    for (const r of removed) expect(archivedRaw.includes(r.context ?? r.text), `"${r.context ?? r.text}" is still in the archive`).toBe(false);
  });

  test('source errors are kept as published, where the note says', () => {
    for (const e of article.data['sourceErrors'] ?? []) {
      const where = typeof e.where === 'number' ? article.body.paragraphs[e.where - 1]?.text : e.where === 'title' ? article.data['collectedTitle'] ?? article.data['title'] : article.data['standfirst'];
      expect(norm(where ?? ''), `error "${e.text}" should stand in ${e.where}`).toContain(norm(e.text));
    }
  });
});
