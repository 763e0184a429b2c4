/**
 * Proof on real data: the generator, run on every capture in content/sources/, gives back the
 * archived article's text once the editor's recorded removals are applied, and flags every removal
 * the editor recorded. It holds no list of files: it follows the articles' `source.file`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/content/body.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { collapse, makeDraft, renderDraft } from './draft.ts';
import { loadRegistry } from './new-article.ts';

const repo = path.resolve(import.meta.dirname, '..', '..');
const content = path.join(repo, 'content');
const sources = path.join(content, 'sources');

interface Removed {
  text: string;
  context?: string | undefined;
  replacement?: string | undefined;
}

/** Applies one recorded removal to the first paragraph holding it (its context, if recorded). */
function applyRemoval(paragraphs: string[], r: Removed): string[] {
  const needle = collapse(r.context ?? r.text);
  const i = paragraphs.findIndex((p) => needle !== '' && p.includes(needle));
  if (i < 0) return paragraphs; // A whole line the draft already leaves out, or whitespace the draft collapsed.
  const fixed = needle.replace(collapse(r.text) || r.text, r.replacement ?? '');
  return paragraphs.map((p, j) => (j === i ? collapse(p.replace(needle, fixed)) : p));
}

const files = readdirSync(sources)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const articles = readContent(content).articles;
const registry = loadRegistry(content);

describe('the draft generator on every capture in content/sources/', { timeout: 30_000 }, () => {
  it('finds the captures in the repository, one per article', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(articles.map((a) => a.data.source.file).sort());
  });

  for (const file of files) {
    describe(file, () => {
      const article = articles.find((a) => a.data.source.file === file);
      const draft = makeDraft(
        readFileSync(path.join(sources, file), 'utf8'),
        { file, sha256: article?.data.source.sha256 ?? '' },
        registry,
      );

      it('has an archived article', () => {
        expect(article, `no article in content/articles/ has source.file ${file}`).toBeDefined();
      });

      it('gives back the archived paragraphs once the recorded removals are applied', () => {
        if (article === undefined) return;
        const whole = new Set(draft.flags.filter((f) => f.wholeParagraph).map((f) => f.paragraph));
        let paragraphs = draft.paragraphs.filter((_, i) => !whole.has(i)).map((p) => p.text);
        for (const r of article.data.removed) paragraphs = applyRemoval(paragraphs, r);
        // The archive keeps the title and standfirst in the frontmatter; the source has them on top.
        const expected = [
          article.data.collectedTitle ?? article.data.title,
          ...(article.data.standfirst === undefined ? [] : [article.data.standfirst]),
          ...article.body.blocks.map((b) => b.text),
        ];
        expect(paragraphs).toEqual(expected.map(collapse));
      });

      it('flags every removal the editor recorded', () => {
        if (article === undefined) return;
        const flagged = new Set(draft.flags.map((f) => f.text));
        const missed = article.data.removed.filter((r) => !flagged.has(r.text)).map((r) => r.text);
        expect(missed).toEqual([]);
      });

      it('renders MDX that reads back as the same paragraphs, with a TODO for every flag', () => {
        const mdx = renderDraft(draft);
        const end = mdx.indexOf('\n---\n', 3);
        const body = parseBody(mdx.slice(end + 5));
        const whole = new Set(draft.flags.filter((f) => f.wholeParagraph).map((f) => f.paragraph));
        const kept = draft.paragraphs.filter((_, i) => i !== draft.titleIndex && !whole.has(i)).map((p) => p.text);
        expect(body.paragraphs.map((p) => p.text)).toEqual(kept);
        expect(body.problems.every((p) => p.message.includes('MDX {expression}'))).toBe(true);
        expect(mdx.match(/\{\/\* TODO debris\?/g)?.length).toBe(draft.flags.length);
      });

      it('titles the draft with the first real line and proposes actors the archive lists', () => {
        if (article === undefined) return;
        expect(collapse(article.data.collectedTitle ?? article.data.title)).toBe(draft.title);
        const listed = new Set(article.data.actors);
        const agreed = draft.actors.filter((id) => listed.has(id));
        expect(agreed.length / listed.size).toBeGreaterThan(0.5);
      });
    });
  }
});
