/**
 * Reads the real content for unit tests without Astro: article frontmatter and outlets, parsed
 * with the `yaml` package. Tests of citations and metadata use it so that every article's case
 * (signed, unsigned, translated, republished, approximate date) is checked, not a made-up sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ArticleCitationSource, OutletInfo } from '../citation/citation.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'content');

/** Every article's frontmatter, keyed by slug. */
export function articlesFrontmatter(): Map<string, ArticleCitationSource & Record<string, unknown>> {
  const out = new Map<string, ArticleCitationSource & Record<string, unknown>>();
  for (const file of readdirSync(join(root, 'articles')).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(root, 'articles', file), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (fm === undefined) throw new Error(`${file}: no frontmatter`);
    const data = parse(fm) as Omit<ArticleCitationSource, 'translations'> & { translations?: ArticleCitationSource['translations'] } & Record<string, unknown>;
    // The schema's default, which Astro would apply.
    out.set(data.slug, { ...data, translations: data.translations ?? [] });
  }
  return out;
}

/** Looks up an outlet by id, failing loudly on an unknown one. */
export function outletLookup(id: string): OutletInfo {
  const data = parse(readFileSync(join(root, 'outlets', `${id}.yaml`), 'utf8')) as OutletInfo;
  return data;
}
