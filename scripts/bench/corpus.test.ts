import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fidelityProblems } from '../../src/lib/content/fidelity.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { writeCorpus } from './corpus.ts';

const content = resolve(import.meta.dirname, '../../content');
const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'corpus-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('writeCorpus', () => {
  const dir = scratch();
  const corpus = writeCorpus(40, dir, content);
  const tree = readContent(dir);

  test('writes a tree the content core reads without a problem', () => {
    expect(tree.problems).toEqual([]);
    expect(tree.counts.articles).toBe(40);
    expect(tree.counts.events).toBe(16);
    expect(corpus.events).toBe(16);
    const real = readContent(content);
    // The real registries are all there, plus the synthetic ones.
    expect(tree.counts.actors).toBe(real.counts.actors + 2);
    expect(tree.counts.places).toBe(real.counts.places);
    expect(tree.counts.outlets).toBe(real.counts.outlets + 15);
    expect(readdirSync(join(dir, 'sources'))).toHaveLength(40);
  });

  test("each article records its capture's SHA-256 and is the capture minus the debris it records", () => {
    for (const article of tree.articles) {
      const bytes = readFileSync(join(dir, 'sources', article.data.source.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(article.data.source.sha256);
      expect(article.data.removed.length).toBe(2);
      expect(fidelityProblems(bytes.toString('utf8'), article)).toEqual([]);
    }
  });

  test("gives the search's kind and state facets values to count: synthetic actors of several kinds acting for states", () => {
    const big = readContent(writeCorpus(400, scratch(), content).dir);
    expect(big.problems).toEqual([]);
    const synthetic = big.actors.filter((a) => a.id.startsWith('synthetic-actor-'));
    expect(synthetic).toHaveLength(20);
    expect(new Set(synthetic.map((a) => a.data.kind)).size).toBeGreaterThan(2);
    const states = new Set(big.actors.filter((a) => a.data.kind === 'state').map((a) => a.id));
    const held = synthetic.flatMap((a) => a.data.affiliations);
    expect(held.filter((x) => x.relation === 'acts-for').length).toBeGreaterThan(3);
    for (const x of held) expect(states).toContain(x.state);
  }, 120_000); // 400 articles: seconds on an idle machine, tens on the shared one

  test('is deterministic', () => {
    const again = scratch();
    writeCorpus(40, again, content);
    for (const sub of ['articles', 'sources', 'events', 'actors']) {
      for (const f of readdirSync(join(dir, sub)))
        expect(readFileSync(join(again, sub, f), 'utf8')).toBe(readFileSync(join(dir, sub, f), 'utf8'));
    }
  });
});
