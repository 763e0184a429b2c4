// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

/**
 * One setting moves the whole archive under a base path (for a shared host): ARCHIVE_BASE=/archive/.
 * Every internal link goes through `src/lib/urls.ts`, which reads the same value from Astro.
 */
const base = process.env.ARCHIVE_BASE ?? '/';
const site = process.env.ARCHIVE_SITE ?? 'https://kz-ru-archive.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro 7 emits one harmless warning per MDX file (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
