/**
 * Test helpers that read the archive's content files directly, as an editor's tools would,
 * without Astro: the raw captures in content/sources and the MDX articles in content/articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseBody, type ParsedBody } from '../src/lib/content/body.ts';

export const root = resolve(import.meta.dirname, '..');
export const sourcesDir = resolve(root, 'content', 'sources');
export const articlesDir = join(root, 'content', 'articles');

export interface ArticleFile {
  file: string;
  // The frontmatter as YAML gives it; the schema tests check its shape.
  data: Record<string, any>;
  body: ParsedBody;
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('expected a file that starts with a --- frontmatter block');
  return { yaml: match[1] ?? '', body: match[2] ?? '' };
}

/** Every archived article, parsed. */
export function readArticles(): ArticleFile[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const { yaml, body } = splitFrontmatter(readFileSync(join(articlesDir, file), 'utf8'));
      return { file, data: parse(yaml) as Record<string, any>, body: parseBody(body) };
    });
}

/** A raw collected text, exactly as collected. */
export function readSource(file: string): string {
  return readFileSync(join(sourcesDir, file), 'utf8');
}
