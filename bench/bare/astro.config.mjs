// The bench's bare reference: Astro + @astrojs/mdx, one page per article, nothing else.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
