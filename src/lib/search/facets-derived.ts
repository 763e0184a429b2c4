/**
 * A facet value's pages written as the union of some values of the table's first facet (the actor
 * facet), with the pages where the union is wrong: "Person" is every page of the people tagged, and
 * "Russia" every page of the actors acting for Russia, but for the pages dated outside an
 * affiliation or whose derivation an editor overrode.
 *
 * The kind, state and acting facets follow from the actors by the involvement rule
 * (src/lib/involvement/), yet written out page by page they were a third of the table
 * (bench/README.md). The rule itself is not repeated here: the writer finds, for each value, the
 * actors whose pages mostly have it, and records every page where their union and the value
 * disagree, so the pages read back are the value's pages whatever the rule, and the writer keeps a
 * value's plain list when that is shorter (facets.ts).
 */

/** A value written through the first facet: the indexes of its values, and the pages where their union is wrong. */
export interface Derivation {
  readonly from: readonly number[];
  readonly flip: readonly number[];
}

/** How many of `pages` are marked in `marks`. */
function marked(pages: readonly number[], marks: Uint8Array): number {
  let n = 0;
  for (const p of pages) n += marks[p] ?? 0;
  return n;
}

/**
 * The first facet's values (`base`, each its ascending pages) whose union best gives `pages`, and
 * the pages it gets wrong. A base value is taken when more than half its pages have the value, the
 * purest first, and only if it adds more of the value's pages than it adds of others.
 */
export function derive(pages: readonly number[], base: ReadonlyArray<readonly number[]>, pageCount: number): Derivation {
  const has = new Uint8Array(pageCount);
  for (const p of pages) has[p] = 1;
  const candidates = base
    .map((ps, i) => ({ i, ps, hits: marked(ps, has) }))
    .filter((c) => c.hits * 2 > c.ps.length)
    .sort((a, b) => b.hits * a.ps.length - a.hits * b.ps.length || b.ps.length - a.ps.length || a.i - b.i);
  const covered = new Uint8Array(pageCount);
  const from: number[] = [];
  for (const c of candidates) {
    let gain = 0;
    for (const p of c.ps) if (covered[p] === 0) gain += has[p] === 1 ? 1 : -1;
    if (gain <= 0) continue;
    from.push(c.i);
    for (const p of c.ps) covered[p] = 1;
  }
  const flip: number[] = [];
  for (let p = 0; p < pageCount; p++) if (covered[p] !== has[p]) flip.push(p);
  return { from: from.sort((a, b) => a - b), flip };
}

/** The pages a derivation stands for: the union of its base values' pages, with its `flip` pages toggled. */
export function expand(d: Derivation, base: ReadonlyArray<readonly number[]>, pageCount: number): number[] {
  const on = new Uint8Array(pageCount);
  for (const i of d.from) {
    const ps = base[i];
    if (ps === undefined) throw new Error(`facet table: names value ${i} of the first facet, which has ${base.length}`);
    for (const p of ps) on[p] = 1;
  }
  for (const p of d.flip) {
    if (p >= pageCount) throw new Error(`facet table: names page ${p} of ${pageCount}`);
    on[p] = 1 - (on[p] ?? 0);
  }
  const pages: number[] = [];
  for (let p = 0; p < pageCount; p++) if (on[p] === 1) pages.push(p);
  return pages;
}
