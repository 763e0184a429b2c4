/**
 * The header search's loader (src/layouts/Base.astro), the only script on a page before the reader
 * searches: `/` focuses the search field, and focusing or typing in it loads the live search (and
 * Pagefind) once. A file of its own, not an inline script: the browser keeps it across pages, and
 * every page is smaller by it (an article page within its gzipped budget). It also carries the language
 * switcher's keeper of the reader's place.
 */
import './lang-switcher.ts';

const field = document.getElementById('site-search') as HTMLInputElement | null;
const start = () => {
  const src = document.querySelector<HTMLElement>('.site-header .search-form')?.dataset['script'];
  if (src && !document.getElementById('search-q')) import(/* @vite-ignore */ src);
};
field?.addEventListener('focus', start, { once: true });
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  e.preventDefault();
  (document.getElementById('search-q') ?? field)?.focus();
});
