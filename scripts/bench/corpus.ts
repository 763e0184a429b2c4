/**
 * The benchmark's corpus writer: a synthetic content tree of N articles, laid out as the content
 * core reads it (`src/lib/content/read.ts`), which `ARCHIVE_CONTENT=<dir> npm run build` builds.
 *
 * - DIR/actors, DIR/places, DIR/outlets: the real registries (read through `readContent`, copied
 *   as they are) plus synthetic actors with transliteration variants and synthetic outlets;
 * - DIR/articles: 600–1,200 words each in paragraphs of the real captures' vocabulary, naming their
 *   tagged actors and places under their spellings, dated across 2020–2022 (some to a month or a year);
 * - DIR/sources: one capture per article whose text is the article's title and paragraphs plus
 *   debris lines (a header and a footer) that the article records under `removed`, so the archived
 *   text is the capture minus its debris (`src/lib/content/fidelity.ts`); `source.sha256` is the
 *   SHA-256 of the capture's bytes;
 * - DIR/events: 2 per 5 articles, each citing paragraphs that exist.
 *
 * Deterministic: the same N gives the same bytes, so two runs measure the same thing.
 * Used by `scripts/bench.ts` for every run and by `npm run bench -- --write-corpus N DIR`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/read.ts';

export interface Corpus {
  readonly dir: string;
  readonly articles: number;
  readonly events: number;
  readonly actors: number;
  readonly words: number;
}

/** mulberry32: a small seeded generator, so corpora are reproducible. */
function generator(start: number) {
  let seed = start;
  const rand = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0] as T);
    return out;
  };
  return { rand, pick, between, sample };
}

/** JSON's double-quoted string is a valid YAML double-quoted scalar. */
const q = (s: string) => JSON.stringify(s);
const SYLLABLES = [
  'ka',
  'zan',
  'bek',
  'ov',
  'mur',
  'tal',
  'sha',
  'rin',
  'gul',
  'nur',
  'dar',
  'len',
  'kov',
  'tse',
  'vich',
  'an',
  'ba',
  'sai',
];

/** Words of the real captures, so paragraphs have the archive's vocabulary and word lengths. */
function vocabulary(sources: string): string[] {
  const text = readdirSync(sources)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(sources, f), 'utf8'))
    .join(' ');
  return text
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}’'-]/gu, ''))
    .filter((w) => w.length > 1 && /^\p{Ll}/u.test(w));
}

/**
 * Writes a corpus of `n` articles into `dir` (created if missing; existing files of the same names
 * are overwritten), taking the registries and vocabulary from the content tree at `contentRoot`.
 */
export function writeCorpus(n: number, dir: string, contentRoot: string): Corpus {
  const { rand, pick, between, sample } = generator(20220107);
  const real = readContent(contentRoot);
  if (real.problems.length > 0) throw new Error(`${contentRoot} has ${real.problems.length} content problem(s); run npm run check:content`);
  for (const sub of ['articles', 'actors', 'places', 'outlets', 'events', 'sources']) mkdirSync(join(dir, sub), { recursive: true });
  for (const sub of ['actors', 'places', 'outlets'] as const) {
    for (const e of real[sub]) copyFileSync(join(contentRoot, sub, `${e.id}.yaml`), join(dir, sub, `${e.id}.yaml`));
  }
  // The archive's facts as they are; one edition of its own, since the real ones name the real articles.
  copyFileSync(join(contentRoot, 'archive.yaml'), join(dir, 'archive.yaml'));
  mkdirSync(join(dir, 'editions'), { recursive: true });
  const first = real.publication.editions[0];
  writeFileSync(join(dir, 'editions', '1.yaml'), `edition: 1\ndate: "${first?.date ?? '2026-01-01'}"\nsummary: A synthetic corpus.\n`);
  // The archive's own pages, as a deployment has them; their paragraph links point at the corpus's first article.
  mkdirSync(join(dir, 'pages'), { recursive: true });
  for (const name of readdirSync(join(contentRoot, 'pages')).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(contentRoot, 'pages', name), 'utf8');
    writeFileSync(
      join(dir, 'pages', name),
      text.replace(/<Paragraph article="[^"]*" p=\{\d+\}/g, '<Paragraph article="bench-article-0" p={1}'),
    );
  }

  const named = (e: { id: string; data: { name: string; spellings: string[] } }) => ({
    id: e.id,
    name: e.data.name,
    spellings: e.data.spellings,
  });
  const actors = real.actors.map(named);
  const places = real.places.map(named);
  const outlets = real.outlets.map((o) => o.id);
  const syntheticName = () => {
    const w = () => {
      const s = Array.from({ length: between(2, 3) }, () => pick(SYLLABLES)).join('');
      return s[0]!.toUpperCase() + s.slice(1);
    };
    return `${w()} ${w()}`;
  };
  // Synthetic actors with transliteration variants, as a growing archive would register them.
  // Each spelling names one entry across actors and places, as the reader checks (registry.ts).
  const taken = new Set([...actors, ...places].flatMap((a) => [a.name, ...a.spellings].map((s) => s.toLowerCase())));
  for (let i = 0; i < Math.round(n / 20); i++) {
    let name: string, spellings: string[];
    do {
      name = syntheticName();
      const [first, last] = name.split(' ') as [string, string];
      const variant = last.replace(/ov$/, 'ow').replace(/sh/, 'sch').replace(/k/, 'q');
      spellings = [...new Set([last, variant, `${first[0]}. ${last}`])].filter((s) => s !== name);
    } while ([name, ...spellings].some((s) => taken.has(s.toLowerCase())));
    for (const s of [name, ...spellings]) taken.add(s.toLowerCase());
    const entry = { id: `synthetic-actor-${i}`, name, spellings };
    actors.push(entry);
    writeFileSync(
      join(dir, 'actors', `${entry.id}.yaml`),
      `name: ${q(name)}\nkind: person\nspellings:\n${spellings.map((s) => `  - ${q(s)}`).join('\n')}\n` +
        'description: Synthetic actor for the benchmark.\n',
    );
  }
  for (let i = 0; i < 15; i++) {
    const id = `synthetic-outlet-${i}`;
    outlets.push(id);
    writeFileSync(
      join(dir, 'outlets', `${id}.yaml`),
      `name: Synthetic Outlet ${i}\nurl: null\nkind: newspaper\ndescription: Synthetic outlet for the benchmark.\n`,
    );
  }

  const vocab = vocabulary(join(contentRoot, 'sources'));
  const authors = Array.from({ length: 60 }, syntheticName);
  const paragraphCounts: number[] = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    const tagged = sample(actors, between(2, 6));
    const taggedPlaces = sample(places, between(0, 2));
    const names = [...tagged, ...taggedPlaces].map((a) => [a.name, ...a.spellings]);
    const paragraphs: string[] = [];
    let count = between(600, 1200);
    words += count;
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
    paragraphCounts.push(paragraphs.length);
    const year = between(2020, 2022);
    const month = String(between(1, 12)).padStart(2, '0');
    const date =
      rand() < 0.85 ? `${year}-${month}-${String(between(1, 28)).padStart(2, '0')}` : rand() < 0.5 ? `${year}-${month}` : `${year}`;
    const title = `${pick(tagged).name} and the ${pick(vocab)} of ${pick(vocab)} ${i}`;
    const slug = `bench-article-${i}`;
    const outlet = pick(outlets);
    const author = rand() < 0.7 ? `authors:\n  - name: ${q(pick(authors))}\n    confidence: confirmed` : 'authors: []';

    // The capture: a header line, the title, the paragraphs, a footer line. Both debris lines carry
    // a # (which no paragraph has), so each stands exactly once in the capture.
    const header = `${outlet} # ${date} # item ${i}`;
    const footer = 'Share # Comments (0) # Back to top';
    const capture = `${header}\n\n${title}\n\n${paragraphs.join('\n\n')}\n\n${footer}\n`;
    const file = `bench_${i}.txt`;
    writeFileSync(join(dir, 'sources', file), capture);
    const sha256 = createHash('sha256').update(capture).digest('hex');

    const frontmatter = [
      `slug: ${slug}`,
      `title: ${q(title)}`,
      'type: news-site-article',
      'published:',
      `  date: "${date}"`,
      '  confidence: confirmed',
      author,
      'outlet:',
      `  id: ${outlet}`,
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
      ...tagged.map((a) => `  - ${a.id}`),
      taggedPlaces.length > 0 ? `places:\n${taggedPlaces.map((p) => `  - ${p.id}`).join('\n')}` : 'places: []',
      'source:',
      `  file: ${file}`,
      `  sha256: ${sha256}`,
      'removed:',
      `  - text: ${q(header)}`,
      "    reason: The synthetic outlet's header line above the text.",
      `  - text: ${q(footer)}`,
      "    reason: The synthetic outlet's sharing footer.",
    ].join('\n');
    writeFileSync(join(dir, 'articles', `${slug}.mdx`), `---\n${frontmatter}\n---\n${paragraphs.join('\n\n')}\n`);
  }

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
        `title: ${q(`Event ${i}: ${pick(vocab)} ${pick(vocab)}`)}`,
        'when:',
        `  date: "${between(2020, 2022)}-${String(between(1, 12)).padStart(2, '0')}"`,
        '  confidence: inferred',
        'description: Synthetic event for the benchmark.',
        'actors:',
        ...sample(actors, 2).map((x) => `  - ${x.id}`),
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
  return { dir, articles: n, events, actors: actors.length, words };
}
