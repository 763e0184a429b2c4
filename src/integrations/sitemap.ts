/**
 * Writes dist/sitemap.xml after the build from the pages Astro actually generated, so it can never
 * list a page that does not exist or miss one that a later change adds; each page with language copies
 * carries its alternates (src/lib/i18n/sitemap.ts).
 *
 * Why not @astrojs/sitemap: it would add two dependencies (sitemap, zod) for what is one loop over
 * `pages`, and it would list redirect pages and the 404 page unless filtered; here they are left
 * out by reading each page's HTML for the meta refresh that redirect pages carry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILT_LANGS } from '../data/built-languages.ts';
import { isNotFoundPage, languageSitemapXml } from '../lib/i18n/sitemap.ts';
import { outOfSitemap } from '../lib/site/page-kinds.ts';
import { absolute } from '../lib/site/urls.ts';

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'archive-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
        base = config.base;
      },
      'astro:build:done': ({ dir, pages }) => {
        const paths: string[] = [];
        for (const { pathname } of pages) {
          const path = `/${pathname}`.replace(/\/+$/, '/');
          if (isNotFoundPage(path)) continue; // every language's 404 page
          if (outOfSitemap(path)) continue; // a kind of page the table leaves out (src/lib/site/page-kinds.ts)
          const file = fileURLToPath(new URL(`${pathname === '' ? '' : pathname.replace(/\/?$/, '/')}index.html`, dir));
          let html: string;
          try {
            html = readFileSync(file, 'utf8');
          } catch {
            continue; // not an HTML page (an endpoint such as feed.xml)
          }
          if (/<meta http-equiv="refresh"/i.test(html)) continue; // a redirect, not a page
          paths.push(path);
        }
        writeFileSync(
          fileURLToPath(new URL('sitemap.xml', dir)),
          languageSitemapXml(paths, (p) => absolute(site, base, p), BUILT_LANGS),
        );
      },
    },
  };
}
