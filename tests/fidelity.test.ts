/**
 * The editorial rule, proved on every article of the repository against its capture in
 * content/sources/: the archived text is the capture, verbatim, minus the debris the article
 * records. `readTree()` fails on any capture problem the build stops on (`src/lib/content/captures.ts`:
 * hash, UTF-8, removals, blocks as lines, source errors); `fidelityProblems` adds what those cannot
 * see (`src/lib/content/fidelity.ts`). No file name or debris string is listed here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fidelityProblems } from '../src/lib/content/fidelity.ts';
import { readCapture, readTree } from '../src/lib/testing/content.ts';

const tree = readTree();

test('every capture in content/sources/ belongs to exactly one article', () => {
  expect(tree.articles.length).toBeGreaterThan(0);
  const claimed = tree.articles.map((a) => a.data.source.file).sort();
  expect(new Set(claimed).size).toBe(claimed.length);
  expect(readdirSync(join(tree.root, 'sources')).sort()).toEqual(claimed);
});

describe.each(tree.articles.map((a) => [a.id, a] as const))('%s', (_id, article) => {
  const capture = readCapture(tree, article.data.source.file);

  test('is its capture, verbatim, minus the recorded removals', () => {
    expect(fidelityProblems(capture, article)).toEqual([]);
  });

  test('a changed word, a dropped sentence or debris put back would be caught', () => {
    const p = article.body.paragraphs[0];
    if (p === undefined) throw new Error(`${article.file} has no paragraph`);
    const words = p.text.split(' ');
    const changed = {
      ...article,
      body: {
        ...article.body,
        blocks: article.body.blocks.map((b) => (b === p ? { ...b, text: [...words.slice(0, -1), 'CHANGED'].join(' ') } : b)),
      },
    };
    expect(fidelityProblems(capture, changed).length).toBeGreaterThan(0);
    const dropped = { ...article, body: { ...article.body, blocks: article.body.blocks.filter((b) => b !== p) } };
    expect(fidelityProblems(capture, dropped).length).toBeGreaterThan(0);
    const debris = article.data.removed.find((r) => r.text.trim().length > 3);
    if (debris !== undefined) {
      const back = {
        ...article,
        body: { ...article.body, blocks: [...article.body.blocks, { ...p, text: debris.context ?? debris.text }] },
      };
      expect(fidelityProblems(capture, back).some((m) => m.includes('is still in the archive'))).toBe(true);
    }
  });
});
