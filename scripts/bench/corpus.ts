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
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/read.ts';
import { type Named, type Pools, q, writeEvents, writeOneArticle } from './corpus-articles.ts';
import { type Generator, generator } from './random.ts';

export interface Corpus {
  readonly dir: string;
  readonly articles: number;
  readonly events: number;
  readonly actors: number;
  readonly words: number;
}

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

/** The kinds of synthetic actors, weighted as a growing archive's register would be: people first. */
const SYNTHETIC_KINDS = ['person', 'person', 'person', 'person', 'company', 'think-tank', 'outlet', 'international-organisation'] as const;
const RELATIONS = ['acts-for', 'acts-for', 'belongs-to', 'serves'] as const;

/**
 * The `kind` and `affiliations` lines of each synthetic actor, so the search's kind, state and
 * "acting for" facets and the events' derived involvement have values to count. Drawn from a
 * generator of their own, so the articles and events are the same bytes as a corpus without them.
 */
function syntheticIdentity(states: readonly string[]): () => string {
  const { rand, pick, sample, between } = generator(20220228);
  return () => {
    const kind = pick(SYNTHETIC_KINDS);
    if (states.length === 0 || rand() < 0.2) return `kind: ${kind}\n`;
    const held = sample(states, between(1, 2)).map((state) => {
      const relation = kind === 'outlet' ? 'serves' : pick(RELATIONS);
      const from = rand() < 0.3 ? `    from: "${between(2020, 2022)}"\n` : '';
      return (
        `  - state: ${state}\n    relation: ${relation}\n${from}` +
        `    source: "https://bench.invalid/${state}"\n` +
        '    checked: { date: "2026-12-07", basis: page, note: "Synthetic." }\n'
      );
    });
    return `kind: ${kind}\naffiliations:\n${held.join('')}`;
  };
}

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
 * The real tree's registries, facts and pages, copied; one edition of its own, since the real ones
 * name the real articles.
 */
function copyRealEntries(real: ReturnType<typeof readContent>, dir: string, contentRoot: string): void {
  for (const sub of ['articles', 'actors', 'places', 'outlets', 'events', 'sources']) mkdirSync(join(dir, sub), { recursive: true });
  for (const sub of ['actors', 'places', 'outlets'] as const) {
    for (const e of real[sub]) copyFileSync(join(contentRoot, sub, `${e.id}.yaml`), join(dir, sub, `${e.id}.yaml`));
  }
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
}

/** A made-up two-word name of the archive's syllables. */
function nameMaker({ pick, between }: Generator): () => string {
  const w = () => {
    const s = Array.from({ length: between(2, 3) }, () => pick(SYLLABLES)).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return () => `${w()} ${w()}`;
}

/**
 * Synthetic actors with transliteration variants, as a growing archive would register them: one for
 * every 20 articles. Each spelling names one entry across actors and places, as the reader checks
 * (registry.ts), so names already `taken` are drawn again.
 */
function writeSyntheticActors(n: number, dir: string, taken: Set<string>, syntheticName: () => string, whoItIs: () => string): Named[] {
  const actors: Named[] = [];
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
      `name: ${q(name)}\n${whoItIs()}spellings:\n${spellings.map((s) => `  - ${q(s)}`).join('\n')}\n` +
        'description: Synthetic actor for the benchmark.\n',
    );
  }
  return actors;
}

/** Fifteen synthetic outlets; their ids. */
function writeSyntheticOutlets(dir: string): string[] {
  return Array.from({ length: 15 }, (_, i) => {
    const id = `synthetic-outlet-${i}`;
    writeFileSync(
      join(dir, 'outlets', `${id}.yaml`),
      `name: Synthetic Outlet ${i}\nurl: null\nkind: newspaper\ndescription: Synthetic outlet for the benchmark.\n`,
    );
    return id;
  });
}

/**
 * Writes a corpus of `n` articles into `dir` (created if missing; existing files of the same names
 * are overwritten), taking the registries and vocabulary from the content tree at `contentRoot`.
 */
export function writeCorpus(n: number, dir: string, contentRoot: string): Corpus {
  const g = generator(20220107);
  const real = readContent(contentRoot);
  if (real.problems.length > 0) throw new Error(`${contentRoot} has ${real.problems.length} content problem(s); run npm run check:content`);
  copyRealEntries(real, dir, contentRoot);
  const named = (e: { id: string; data: { name: string; spellings: string[] } }) => ({
    id: e.id,
    name: e.data.name,
    spellings: e.data.spellings,
  });
  const places = real.places.map(named);
  const realActors = real.actors.map(named);
  const syntheticName = nameMaker(g);
  const whoItIs = syntheticIdentity(real.actors.filter((a) => a.data.kind === 'state').map((a) => a.id));
  const taken = new Set([...realActors, ...places].flatMap((a) => [a.name, ...a.spellings].map((s) => s.toLowerCase())));
  const actors = [...realActors, ...writeSyntheticActors(n, dir, taken, syntheticName, whoItIs)];
  const outlets = [...real.outlets.map((o) => o.id), ...writeSyntheticOutlets(dir)];
  const vocab = vocabulary(join(contentRoot, 'sources'));
  const pools: Pools = { actors, places, outlets, vocab, authors: Array.from({ length: 60 }, syntheticName) };
  const paragraphCounts: number[] = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    const written = writeOneArticle(g, dir, i, pools);
    paragraphCounts.push(written.paragraphs);
    words += written.words;
  }
  const events = writeEvents(g, n, dir, pools, paragraphCounts);
  return { dir, articles: n, events, actors: actors.length, words };
}
