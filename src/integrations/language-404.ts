/**
 * Each prefixed language's 404 page where a server looks for it, `/ru/404.html` beside `/404.html`
 * (deploy's nginx rules answer a missing address under /ru/ with it, src/lib/deploy/nginx-rules.ts):
 * Astro writes only the root's 404 route as `404.html`, and src/pages/[lang]/404.astro as `ru/404/index.html`.
 * Copied, not moved: Astro's page cache (README, "Rebuilding what changed") keeps the file it wrote.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILT_LANGS } from '../data/built-languages.ts';
import { DEFAULT_LANG } from '../lib/i18n/langs.ts';

export default function language404(): AstroIntegration {
  return {
    name: 'archive-language-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const lang of BUILT_LANGS.filter((l) => l !== DEFAULT_LANG)) {
          const page = fileURLToPath(new URL(`${lang}/404/index.html`, dir));
          if (!existsSync(page))
            throw new Error(`src/pages/[lang]/404.astro wrote no ${lang}/404/index.html: the ${lang} 404 page is missing`);
          copyFileSync(page, fileURLToPath(new URL(`${lang}/404.html`, dir)));
        }
      },
    },
  };
}
