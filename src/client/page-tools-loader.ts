/**
 * The loader of an article's or an event's tools (src/components/PageTools.astro says what it does).
 * A file of its own, not an inline script: pages stay smaller (an article page within its
 * gzipped budget), the browser keeps it across pages, and the Content-Security-Policy lists no hash for it.
 */
const d = (document.getElementById('page-tools') as HTMLElement).dataset;
// The tools take each tap as a `page-tools` event: a script bundled on its own exports nothing.
let tools: Promise<unknown> | undefined;
const load = () => (tools ??= import(/* @vite-ignore */ d['tools'] ?? ''));
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target.closest('a.plink, button[data-share]') : null;
  if (!t || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  load().then(
    () => document.dispatchEvent(new CustomEvent('page-tools', { detail: t })),
    () => {
      // The tools did not load: the ¶ mark does what its link does.
      if (t instanceof HTMLAnchorElement) location.hash = t.hash;
    },
  );
});
document.getElementById('cite')?.addEventListener('toggle', load, { once: true });
addEventListener('beforeprint', load);
for (const b of document.querySelectorAll<HTMLElement>('button[data-share]')) b.hidden = false;
if (new URLSearchParams(location.search).has('highlight')) import(/* @vite-ignore */ d['highlight'] ?? '');
