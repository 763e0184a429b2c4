/**
 * The corpus's articles (each with its capture) and events, drawn from the registries the corpus
 * writer (`./corpus.ts`) has set up.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Generator } from './random.ts';

/** JSON's double-quoted string is a valid YAML double-quoted scalar. */
export const q = (s: string) => JSON.stringify(s);
export interface Named {
  readonly id: string;
  readonly name: string;
  readonly spellings: readonly string[];
}

/** An article's paragraphs: 600–1,200 words of the captures' vocabulary, naming its tagged entries under their spellings. */
function paragraphsOf({ rand, pick, between }: Generator, vocab: readonly string[], names: readonly string[][]) {
  const paragraphs: string[] = [];
  let count = between(600, 1200);
  const words = count;
  while (count > 0) {
    const len = Math.min(count, between(50, 110));
    count -= len;
    const ws = Array.from({ length: len }, () => pick(vocab));
    // Each tagged name appears in some paragraphs, under one of its spellings.
    for (const variants of names) if (rand() < 0.35) ws.splice(between(0, ws.length), 0, pick(variants));
    ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
    // No character MDX or Markdown would read as syntax, and none of the debris marker (#).
    paragraphs.push(`${ws.join(' ').replace(/[<>{}*_`#\\[\]]/g, '')}.`);
  }
  return { paragraphs, words };
}

/** What one article says about itself, drawn before its files are written. */
interface ArticleFacts {
  readonly i: number;
  readonly title: string;
  readonly date: string;
  readonly outlet: string;
  readonly author: string;
  readonly tagged: readonly Named[];
  readonly taggedPlaces: readonly Named[];
  readonly paragraphs: readonly string[];
}

/**
 * Writes the article's capture (a header line, the title, the paragraphs, a footer line; both debris
 * lines carry a #, which no paragraph has, so each stands exactly once in the capture) and its MDX.
 */
function writeArticle(dir: string, a: ArticleFacts): void {
  const slug = `bench-article-${a.i}`;
  const header = `${a.outlet} # ${a.date} # item ${a.i}`;
  const footer = 'Share # Comments (0) # Back to top';
  const capture = `${header}\n\n${a.title}\n\n${a.paragraphs.join('\n\n')}\n\n${footer}\n`;
  const file = `bench_${a.i}.txt`;
  writeFileSync(join(dir, 'sources', file), capture);
  const sha256 = createHash('sha256').update(capture).digest('hex');
  const frontmatter = [
    `slug: ${slug}`,
    `title: ${q(a.title)}`,
    'type: news-site-article',
    'published:',
    `  date: "${a.date}"`,
    '  confidence: confirmed',
    a.author,
    'outlet:',
    `  id: ${a.outlet}`,
    '  confidence: confirmed',
    '  url: null',
    'collected:',
    '  outlet: null',
    '  url: null',
    'language:',
    '  original: en',
    '  archived: en',
    '  confidence: confirmed',
    'actors:',
    ...a.tagged.map((x) => `  - ${x.id}`),
    a.taggedPlaces.length > 0 ? `places:\n${a.taggedPlaces.map((p) => `  - ${p.id}`).join('\n')}` : 'places: []',
    'source:',
    `  file: ${file}`,
    `  sha256: ${sha256}`,
    'removed:',
    `  - text: ${q(header)}`,
    "    reason: The synthetic outlet's header line above the text.",
    `  - text: ${q(footer)}`,
    "    reason: The synthetic outlet's sharing footer.",
  ].join('\n');
  writeFileSync(join(dir, 'articles', `${slug}.mdx`), `---\n${frontmatter}\n---\n${a.paragraphs.join('\n\n')}\n`);
}

/** The registries an article draws from. */
export interface Pools {
  readonly actors: readonly Named[];
  readonly places: readonly Named[];
  readonly outlets: readonly string[];
  readonly authors: readonly string[];
  readonly vocab: readonly string[];
}

/** Draws and writes article `i`; its paragraph count and words. */
export function writeOneArticle(g: Generator, dir: string, i: number, pools: Pools): { paragraphs: number; words: number } {
  const { rand, pick, between, sample } = g;
  const tagged = sample(pools.actors, between(2, 6));
  const taggedPlaces = sample(pools.places, between(0, 2));
  const names = [...tagged, ...taggedPlaces].map((a) => [a.name, ...a.spellings]);
  const { paragraphs, words } = paragraphsOf(g, pools.vocab, names);
  const year = between(2020, 2022);
  const month = String(between(1, 12)).padStart(2, '0');
  const date =
    rand() < 0.85 ? `${year}-${month}-${String(between(1, 28)).padStart(2, '0')}` : rand() < 0.5 ? `${year}-${month}` : `${year}`;
  const title = `${pick(tagged).name} and the ${pick(pools.vocab)} of ${pick(pools.vocab)} ${i}`;
  const outlet = pick(pools.outlets);
  const author = rand() < 0.7 ? `authors:\n  - name: ${q(pick(pools.authors))}\n    confidence: confirmed` : 'authors: []';
  writeArticle(dir, { i, title, date, outlet, author, tagged, taggedPlaces, paragraphs });
  return { paragraphs: paragraphs.length, words };
}

/** Two events for every five articles, each dated to a month and citing paragraphs its article has; how many. */
export function writeEvents(g: Generator, n: number, dir: string, pools: Pools, paragraphCounts: readonly number[]): number {
  const { pick, between, sample } = g;
  const events = Math.round((n * 2) / 5);
  for (let i = 0; i < events; i++) {
    const a = between(0, n - 1);
    const paras = sample(
      Array.from({ length: paragraphCounts[a] ?? 1 }, (_, k) => k + 1),
      between(1, 2),
    ).sort((x, y) => x - y);
    writeFileSync(
      join(dir, 'events', `bench-event-${i}.yaml`),
      [
        `title: ${q(`Event ${i}: ${pick(pools.vocab)} ${pick(pools.vocab)}`)}`,
        'when:',
        `  date: "${between(2020, 2022)}-${String(between(1, 12)).padStart(2, '0')}"`,
        '  confidence: inferred',
        'description: Synthetic event for the benchmark.',
        'actors:',
        ...sample(pools.actors, 2).map((x) => `  - ${x.id}`),
        'places: []',
        'confidence: inferred',
        'sources:',
        `  - article: bench-article-${a}`,
        `    paragraphs: [${paras.join(', ')}]`,
        // Dates are drawn independently, so an article may predate its event: the link is marked inferred.
        '    inferred: true',
        '    note: A synthetic link for the benchmark.',
        '    checked: { date: "2026-12-07", basis: knowledge, note: "Synthetic." }',
        '',
      ].join('\n'),
    );
  }
  return events;
}
