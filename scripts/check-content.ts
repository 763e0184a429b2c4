/**
 * `npm run check:content [-- --root <content dir>]`: reads the whole content tree through the one
 * reader (`src/lib/content/read.ts`) and prints each problem as `file:line:column field: found …;
 * expected …`, the same lines the build stops on, and the editorial fields not yet translated. Exits 1 when there is any problem, 2 on bad
 * arguments.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/content/integrity.ts';
import { displayOf, readContent, summarise } from '../src/lib/content/read.ts';
import { formatMissing } from '../src/lib/content/translations-checked.ts';

let root: string;
try {
  const { values } = parseArgs({ options: { root: { type: 'string' } }, strict: true, allowPositionals: false });
  root = path.resolve(values.root ?? path.join(import.meta.dirname, '..', 'content'));
} catch (error) {
  console.error(`check:content: ${(error as Error).message}; expected only --root <content directory>`);
  process.exit(2);
}

const tree = readContent(root, { display: displayOf(root) });
// Missing translations are not problems (a page shows the English, marked), but never go unsaid: they go to
// stderr with the problems, as a compiler's warnings do, so the summary on stdout stays one line.
const missing = formatMissing(tree.missingTranslations);
const sayMissing = () =>
  missing.length > 0 && console.error(['check:content: translations missing (not an error):', ...missing].join('\n'));
if (tree.problems.length === 0) {
  console.log(`check:content: ${summarise(tree.counts)}`);
  sayMissing();
} else {
  sayMissing();
  for (const p of tree.problems) console.error(formatProblem(p));
  const files = new Set(tree.problems.map((p) => p.file)).size;
  console.error(`check:content: ${tree.problems.length} problem(s) in ${files} file(s).`);
  process.exit(1);
}
