/**
 * `npm run citation:cff`: writes CITATION.cff at the repository root from content/archive.yaml and the
 * current edition (src/lib/citation/cff.ts). Exits 1, writing nothing, when those have problems.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { citationCff } from '../src/lib/citation/cff.ts';
import { formatProblem } from '../src/lib/content/integrity.ts';
import { readPublication } from '../src/lib/content/publication.ts';

const repo = path.resolve(import.meta.dirname, '..');
const p = readPublication(path.join(repo, 'content'), 'content');
const current = p.editions.at(-1);
if (p.archive === undefined || current === undefined || p.problems.length > 0) {
  for (const problem of p.problems) console.error(formatProblem(problem));
  console.error('citation:cff: CITATION.cff was not written.');
  process.exit(1);
}
writeFileSync(path.join(repo, 'CITATION.cff'), citationCff(p.archive, current, p.archive.origin));
console.log(`citation:cff: wrote CITATION.cff for edition ${current.edition} of ${current.date}.`);
