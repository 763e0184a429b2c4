/**
 * `npm run check:content [-- --root <content dir>]`: checks every article, actor, place, outlet
 * and event before the build, printing each problem as `file:line:column field: found …; expected …`.
 * Exits 1 when there is any problem, so CI and editors see the same verdict as the build.
 */
import path from 'node:path';
import { checkContent, readContentTree, summarise } from './authoring/content-check.ts';
import { formatProblem } from '../src/lib/content/integrity.ts';

const args = process.argv.slice(2);
let root = path.resolve(import.meta.dirname, '..', 'content');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root' && args[i + 1] !== undefined) root = path.resolve(args[++i] ?? '');
  else {
    console.error(`check:content: unknown argument "${args[i]}"; expected only --root <content directory>`);
    process.exit(2);
  }
}

const display = path.relative(process.cwd(), root) || '.';
const tree = readContentTree(root, display);
const { problems, counts } = checkContent(tree.files, tree.sources);
const all = [...tree.problems, ...problems];
if (all.length === 0) {
  console.log(summarise(counts));
} else {
  for (const p of all) console.error(formatProblem(p));
  const files = new Set(all.map((p) => p.file)).size;
  console.error(`check:content: ${all.length} problem(s) in ${files} file(s).`);
  process.exit(1);
}
