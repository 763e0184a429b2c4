/**
 * The browser's measures alone, on a site already built (a build the bench kept with `--keep`):
 * `node scripts/bench/measure-search.ts DIST [PORT]` prints the search figures as JSON, so they can
 * be taken again without rebuilding 10,000 articles.
 */
import { resolve } from 'node:path';
import { measureBrowser } from './browser.ts';
import { pagefindFirstQuery } from './pagefind-query.ts';
import { served } from './server.ts';

const [dir, port = '4402'] = process.argv.slice(2);
if (dir === undefined || !Number.isInteger(Number(port))) {
  console.error('Usage: node scripts/bench/measure-search.ts DIST [PORT]   (a built archive; the port the server listens on)');
  process.exit(2);
}
const figures = await served(resolve(dir), Number(port), async (p) => ({
  ...(await measureBrowser(p, 'bench-article-0')),
  pagefindFirstQuery: await pagefindFirstQuery(p, '/articles/bench-article-0/', 'Lukasenko'),
}));
console.log(JSON.stringify(figures, null, 2));
