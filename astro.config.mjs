// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from './src/integrations/sitemap.ts';
import { astroRedirects, parseRedirects } from './src/lib/site/redirects.ts';
import pagefind from './src/integrations/pagefind.ts';

/**
 * One setting moves the whole archive under a base path (for a shared host): ARCHIVE_BASE=/archive/.
 * Every internal link goes through `src/lib/site/urls.ts`, which reads the same value from Astro.
 */
const base = process.env.ARCHIVE_BASE ?? '/';
const site = process.env.ARCHIVE_SITE ?? 'https://kz-ru-archive.example.org';

/** Old paths of moved pages (see content/redirects.yaml), from the same content root as the collections. */
const redirectsFile = new URL(`${process.env.ARCHIVE_CONTENT ?? './content'}/redirects.yaml`, new URL('./', import.meta.url));
const redirects = existsSync(redirectsFile) ? astroRedirects(parseRedirects(readFileSync(redirectsFile, 'utf8')), base) : {};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  redirects,
  // No MDX integration: articles are read by the archive's own content loader (src/loaders/archive.ts),
  // which parses each body once into numbered blocks; nothing compiles a body into a module.
  integrations: [sitemap(), pagefind()],
  devToolbar: { enabled: false },
});
