// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import language404 from './src/integrations/language-404.ts';
import sitemap from './src/integrations/sitemap.ts';
import { treeCacheDir } from './src/lib/build/cache.ts';
import { displayOf, readRedirects } from './src/lib/content/read.ts';
import { astroRedirects } from './src/lib/site/redirects.ts';
import { LOCAL_ORIGIN, MissingOrigin, settingsFrom } from './src/lib/site/settings.ts';

/**
 * The settings (base path, site, content tree) from the environment, read as scripts/finish-build.ts
 * reads them (src/lib/site/settings.ts).
 *
 * `astro build` writes the pages; `npm run build` (scripts/build.ts) then writes the search index,
 * the precompressed files and the server rules in a process of its own (src/postbuild/).
 */
const settings = settingsFrom(process.env, fileURLToPath(new URL('./', import.meta.url)));
const { base, contentRoot } = settings;

/**
 * The origin of absolute addresses. A build writes them into its files, so it must have a real one
 * (settings.site throws, naming ARCHIVE_SITE and archive.yaml, when there is none; scripts/build.ts
 * stops before Astro starts); `astro dev`, `preview` and `check` write nothing and serve on this machine.
 */
/** @param {string | undefined} command */
function originFor(command) {
  try {
    return settings.site;
  } catch (error) {
    if (command === 'build' || !(error instanceof MissingOrigin)) throw error;
    return LOCAL_ORIGIN;
  }
}
const site = originFor(process.argv.slice(2).find((a) => !a.startsWith('-')));

// A build of another content tree has an Astro cache folder of its own (src/lib/build/cache.ts).
const cacheDir = treeCacheDir(fileURLToPath(new URL('./', import.meta.url)), contentRoot);

/** Old paths of moved pages (content/redirects.yaml), read by the one reader from the same content root as the collections. */
const moved = readRedirects(contentRoot, displayOf(contentRoot));

export default defineConfig({
  site,
  base,
  ...(cacheDir === undefined ? {} : { cacheDir }),
  trailingSlash: 'always',
  /**
   * English at the unprefixed addresses it always had, Russian and Kazakh under /ru/ and /kk/
   * (src/pages/[lang]/, src/lib/i18n/). Which kinds of page exist in all three: src/lib/i18n/page-languages.ts.
   */
  i18n: { locales: ['en', 'ru', 'kk'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Astro's redirect pages are replaced by src/postbuild/deploy-files.ts's (valid HTML, beside the server rules).
  // Up to 8 pages render at once, so that a page's file writes overlap the next pages' rendering
  // (bench/README.md has what it saves).
  build: { format: 'directory', inlineStylesheets: 'never', redirects: false, concurrency: 8 },
  // Still given to Astro, which redirects them in `astro dev`.
  redirects: astroRedirects(moved, base),
  /**
   * A Content-Security-Policy on every page: Astro hashes every script and stylesheet it bundles or
   * inlines and writes the policy into each page's <meta http-equiv>; src/postbuild/deploy-files.ts sends
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
  // MDX renders the archive's own pages (content/pages/*.mdx) with its components. The articles are not
  // MDX modules: the archive's content loader (src/loaders/archive.ts) parses each body once into
  // numbered blocks, and nothing compiles a body into a module.
  integrations: [mdx(), language404(), sitemap()],
  // Shiki colours code with inline styles, which the Content-Security-Policy below refuses; the pages
  // show code as plain monospace text.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  /**
   * A page whose `cacheKey` (src/data/cache-keys.ts, from src/lib/build/cache-keys.ts) and page code are as
   * at the last build is copied from the page cache in cacheDir instead of rendered (README, "Rebuilding
   * what changed"); scripts/build.ts drops the cache when the build's code changed.
   */
  experimental: { incrementalBuild: true },
});
