/**
 * Builds the search index as the last step of `astro build`, through Pagefind's Node API, as
 * Starlight's `integrations/pagefind.ts` does: every Pagefind error stops the build, and the
 * Pagefind service is closed whatever happens, so a failed build never leaves its binary running.
 *
 * Only elements marked `data-pagefind-body` are indexed (the article text and its hidden spelling
 * blocks); metadata, filters and the date sort key come from `data-pagefind-*` attributes on the
 * article page.
 *
 * Pagefind also writes its own search interfaces, highlight script and worker, which the archive's
 * search never loads: they are removed after writing (src/lib/deploy/pagefind-files.ts says which).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parseEntry, prunePlan } from '../lib/deploy/pagefind-files.ts';

interface PagefindResponse {
  errors: string[];
}

/**
 * The only pages with a `data-pagefind-body` element are the article, actor, place and event pages
 * (`src/pages/{articles,actors,places,events}/[…].astro`), and Pagefind skips every other page once
 * one page has it; so Pagefind is given only those pages, and does not read the thousands of
 * timeline and list pages just to skip them. The index is the same (tests/build/site.build.ts).
 */
const SEARCHED_PAGES = '{articles,actors,places,events}/*/index.html';

function check<T extends PagefindResponse>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind ${step}: ${error}`);
    throw new Error(`Pagefind failed while ${step}: ${response.errors.join('; ')}`);
  }
  return response;
}

/** The Astro integration; the index is written to `<outDir>/pagefind/`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const created = check(await pagefind.createIndex({ forceLanguage: 'en' }), 'creating the index', logger);
          const index = created.index;
          if (index === undefined) throw new Error('Pagefind returned no index');
          const added = check(
            await index.addDirectory({ path: fileURLToPath(dir), glob: SEARCHED_PAGES }),
            'indexing the built pages',
            logger,
          );
          if (added.page_count === 0) throw new Error(`Pagefind found no HTML page in ${fileURLToPath(dir)}`);
          const outputPath = fileURLToPath(new URL('./pagefind/', dir));
          check(await index.writeFiles({ outputPath }), 'writing the index', logger);
          const plan = prunePlan(readdirSync(outputPath), parseEntry(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')));
          for (const name of plan.remove) rmSync(join(outputPath, name), { recursive: true });
          logger.info(`Removed ${plan.remove.length} Pagefind files the archive's search does not load: ${plan.remove.join(', ')}`);
          // The benchmark reads this line (scripts/bench.ts): keep its shape.
          logger.info(`Pagefind read ${added.page_count} HTML pages and wrote the index in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
