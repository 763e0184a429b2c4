/**
 * The archive's own pages in Russian and Kazakh (content/pages/ru/, content/pages/kk/) held to the rules
 * translations-checked.ts holds the entries' translated fields to, as far as MDX allows: the same pages
 * and headings' ids as the English, marked as drafts until reviewed, no number the English page lacks,
 * no Latin look-alike in a Cyrillic word, and Kazakh written with Kazakh letters. The reader does not
 * read these pages (Astro's MDX integration does), so the rules run here over the files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './read.ts';
import { addedNumbers, mixedScriptWords, probablyRussian } from './translation-text.ts';

const content = path.resolve(import.meta.dirname, '..', '..', '..', 'content');
const pages = path.join(content, 'pages');

/** A page's frontmatter and body, with the components' props and inline code taken out of the body. */
function read(file: string): { front: string; body: string } {
  const text = readFileSync(file, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { front, body: body.replace(/`[^`]*`/g, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '') };
}

/** The ids of a page's second-level headings: `## Text` as Astro slugs it for English, `<h2 id>` in a translation. */
const headingIds = (body: string) => [...body.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);

/** Numbers a translation may add to its English page, each with the reason. */
const ALLOWED_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  // The licence's version in its name (and, in Russian, in the address of its official Russian legal code), which the
  // English page gives only as the SPDX id <Fact of="licence" /> renders.
  'ru/rights': ['4.0'],
  'kk/rights': ['4.0'],
};

const translated = ['ru', 'kk'].flatMap((lang) =>
  readdirSync(path.join(pages, lang)).map((name) => ({ lang, name: name.replace(/\.mdx$/, ''), file: path.join(pages, lang, name) })),
);

describe('the translated pages', () => {
  it('exist for every English page in Russian, and each translation has an English original', () => {
    const english = readdirSync(pages).filter((n) => n.endsWith('.mdx'));
    for (const name of english) expect(existsSync(path.join(pages, 'ru', name)), `ru/${name}`).toBe(true);
    for (const t of translated) expect(existsSync(path.join(pages, `${t.name}.mdx`)), `${t.lang}/${t.name}`).toBe(true);
  });

  it.each(translated)('$lang/$name: a draft, with the English headings’ ids, no added number, no look-alike', ({ lang, name, file }) => {
    const { front, body } = read(file);
    const english = read(path.join(pages, `${name}.mdx`)).body;
    expect(front).toMatch(/^status: draft$/m);
    const englishHeadings = [...english.matchAll(/^## (.+)$/gm)].length;
    expect(headingIds(body)).toHaveLength(englishHeadings);
    // Numbers in tags (an <h2>, a component's p={8}) are markup, not text.
    const text = (mdx: string) => mdx.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
    const added = addedNumbers(text(english), text(body)).filter((n) => !(ALLOWED_NUMBERS[`${lang}/${name}`] ?? []).includes(n));
    expect(added).toEqual([]);
    expect(mixedScriptWords(body)).toEqual([]);
    if (lang === 'kk') expect(probablyRussian(body)).toBeUndefined();
  });
});

describe('the events in Russian and Kazakh', () => {
  it('have every title, description and note translated into both', () => {
    const tree = readContent(content);
    expect(tree.missingTranslations.filter((m) => m.entry.startsWith('events/'))).toEqual([]);
    for (const e of tree.events) expect([e.data.translations?.ru?.status, e.data.translations?.kk?.status]).toEqual(['draft', 'draft']);
  });
});
