import { describe, expect, it } from 'vitest';
import { partsByHash } from './parts.ts';

const pages = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `articles/a-${String(from + i).padStart(5, '0')}/index.html`);

describe('partsByHash', () => {
  it.each([
    [0, 3],
    [1, 3],
    [3, 3],
  ])('keeps %i pages in one part when they fit in parts of %i', (count, most) => {
    expect(partsByHash(pages(count), most)).toEqual([pages(count)]);
  });

  it.each([
    [10, 3],
    [1_000, 100],
    [12_000, 1_250],
  ])('cuts %i pages into parts of at most %i, each page once, none tiny', (count, most) => {
    const parts = partsByHash(pages(count), most);
    expect(parts.flat().sort()).toEqual(pages(count));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(most);
    if (count >= 1_000) for (const part of parts) expect(part.length).toBeGreaterThan(most / 5);
  });

  it('keeps each part’s pages in the order given', () => {
    const given = pages(50).reverse();
    for (const part of partsByHash(given, 10)) expect(part).toEqual(given.filter((p) => part.includes(p)));
  });

  it('changes only the part a page added in the middle falls in', () => {
    const before = partsByHash(pages(1_000), 100);
    const added = [...pages(500), 'articles/a-00499-added/index.html', ...pages(500, 500)];
    const after = partsByHash(added, 100);
    const keyOf = (part: string[]) => part.join('\n');
    const kept = new Set(before.map(keyOf));
    const changed = after.filter((p) => !kept.has(keyOf(p)));
    // The part that took the page, or the two it was split into when it grew past the limit.
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(changed.flat()).toContain('articles/a-00499-added/index.html');
    expect(after.length - changed.length).toBeGreaterThanOrEqual(before.length - 1);
  });

  it('changes only the part a removed page was in', () => {
    const all = pages(1_000);
    const before = partsByHash(all, 100);
    const after = partsByHash(
      all.filter((p) => p !== all[10]),
      100,
    );
    const kept = new Set(before.map((p) => p.join('\n')));
    expect(after.filter((p) => !kept.has(p.join('\n'))).length).toBeLessThanOrEqual(1);
  });

  it('refuses parts of no page', () => {
    expect(() => partsByHash(['a'], 0)).toThrow(/at least one page/);
  });
});
