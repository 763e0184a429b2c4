// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from './src/integrations/sitemap.ts';
import { readRedirects } from './src/lib/content/read.ts';
import { astroRedirects } from './src/lib/site/redirects.ts';
import deploy from './src/integrations/deploy.ts';
import pagefind from './src/integrations/pagefind.ts';

/**
 * One setting moves the whole archive under a base path (for a shared host): ARCHIVE_BASE=/archive/.
 * Every internal link goes through `src/lib/site/urls.ts`, which reads the same value from Astro.
 */
const base = process.env.ARCHIVE_BASE ?? '/';
const site = process.env.ARCHIVE_SITE ?? 'https://kz-ru-archive.example.org';

/** Old paths of moved pages (content/redirects.yaml), read by the one reader from the same content root as the collections. */
const contentRoot = fileURLToPath(new URL(`${process.env.ARCHIVE_CONTENT ?? './content'}/`, new URL('./', import.meta.url)));
const moved = readRedirects(contentRoot, process.env.ARCHIVE_CONTENT ?? 'content');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro's redirect pages are replaced by src/integrations/deploy.ts's (valid HTML, beside the server rules).
  build: { format: 'directory', inlineStylesheets: 'never', redirects: false },
  // Still given to Astro, which redirects them in `astro dev`.
  redirects: astroRedirects(moved, base),
  /**
   * A Content-Security-Policy on every page: Astro hashes every script and stylesheet it bundles or
   * inlines and writes the policy into each page's <meta http-equiv>; src/integrations/deploy.ts sends
   * the same policy as a header, with frame-ancestors (which a meta tag cannot carry).
   * Pagefind compiles its WebAssembly in the page, which needs 'wasm-unsafe-eval'.
   */
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Deploy writes the server rules and precompresses files, so it runs after the others have written theirs.
  // No MDX integration: articles are read by the archive's own content loader (src/loaders/archive.ts),
  // which parses each body once into numbered blocks; nothing compiles a body into a module.
  // Deploy writes the server rules and precompresses files, so it runs after the others have written theirs.
  integrations: [sitemap(), pagefind(), deploy(moved)],
  devToolbar: { enabled: false },
});
