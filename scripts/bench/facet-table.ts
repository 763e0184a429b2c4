/**
 * The facet table of a built archive, written both ways: every value's pages listed, and with the
 * values derived from the actor facet where that is shorter (src/lib/search/facets-derived.ts).
 * `node scripts/bench/facet-table.ts DIST [RUNS]` prints each facet's gzipped bytes both ways, the
 * time to write the table each way (medians of RUNS, default 3), the time to read it in the
 * browser's reader, and whether both give every value the same pages.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expand } from '../../src/lib/search/facets-derived.ts';
import { decodePages, encodePages } from '../../src/lib/search/facets-rice.ts';
import { BASE_FACET, FACETS_FILE, FacetTable, facetTableText } from '../../src/lib/search/facets.ts';
import { spread } from './stats.ts';

const [dist, runsArg = '3'] = process.argv.slice(2);
if (dist === undefined) {
  console.error('Usage: node scripts/bench/facet-table.ts DIST [RUNS]   (a built archive)');
  process.exit(2);
}
const text = readFileSync(join(dist, 'pagefind', FACETS_FILE), 'utf8');
const [head = '', ...lines] = text.trimEnd().split('\n');
const [, , build = '', pages = ''] = head.split(' ');
const pageCount = Number(pages);

/** The table's memberships, derived values expanded. */
const memberships = new Map<string, Map<string, number[]>>();
const base: number[][] = [];
let facet = '';
for (const line of lines) {
  if (line.startsWith('=')) {
    facet = line.slice(1);
    memberships.set(facet, new Map());
    continue;
  }
  const [value = '', first = '', flip] = line.split('\t');
  const listed = flip === undefined ? decodePages(first) : expand({ from: decodePages(first), flip: decodePages(flip) }, base, pageCount);
  if (facet === BASE_FACET) base.push(listed);
  memberships.get(facet)?.set(value, listed);
}

/** Each facet's lines gzipped alone, and the whole text gzipped. */
function sizes(table: string) {
  const sections: Record<string, string[]> = {};
  let name = '';
  for (const line of table.split('\n').slice(1)) {
    if (line.startsWith('=')) {
      name = line.slice(1);
      sections[name] = [];
    } else if (line !== '') sections[name]?.push(line);
  }
  const bytes = Object.fromEntries(Object.entries(sections).map(([k, ls]) => [k, gzipSync(ls.join('\n')).length]));
  return { whole: gzipSync(table).length, ...bytes };
}

const listedText = () => {
  const out = [`facets listed ${build} ${pageCount}`];
  for (const [name, values] of memberships) {
    out.push(`=${name}`);
    for (const [value, ps] of values) out.push(`${value}\t${encodePages(ps)}`);
  }
  return `${out.join('\n')}\n`;
};
const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const runs = Math.max(1, Number(runsArg));
const listedMs = Array.from({ length: runs }, () => time(listedText));
const derivedMs = Array.from({ length: runs }, () => time(() => facetTableText(build, pageCount, memberships)));
const derived = facetTableText(build, pageCount, memberships);
const readMs = Array.from({ length: runs }, () => time(() => new FacetTable(derived)));
const counts = new FacetTable(derived).count(new FacetTable(derived).allPages(), {}).counts;
const differing = [...memberships].flatMap(([name, values]) =>
  [...values].filter(([value, ps]) => counts[name]?.[value] !== ps.length).map(([value]) => `${name}/${value}`),
);
console.log(
  JSON.stringify(
    {
      pageCount,
      listed: { gzipBytes: sizes(listedText()), writeMs: spread(listedMs) },
      derived: { gzipBytes: sizes(derived), writeMs: spread(derivedMs), readMs: spread(readMs) },
      sameAsBuilt: derived === text,
      valuesCountedDifferently: differing,
      // The 1, 5 and 15-minute load averages, beside the times they bear on.
      load: loadavg().map((l) => l.toFixed(2)),
    },
    null,
    2,
  ),
);
