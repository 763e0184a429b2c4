/**
 * Live results under the header's search field, loaded by the header's loader only when the reader
 * starts to search. Enter still submits to /search/ (the full page with facets); Escape closes the
 * panel; Arrow Down (or Tab past the button) moves from the field into the results.
 */
import { MIN_QUERY, countText, el, latestOnly, loadPagefind, renderResult } from './search-core.ts';

const SHOWN = 5;
const form = document.querySelector<HTMLFormElement>('.site-header .search-form');
const input = document.getElementById('site-search') as HTMLInputElement | null;
if (form && input) {
  const base = form.dataset['base'] ?? '/';
  const bundle = form.dataset['bundle'] ?? `${base}pagefind/`;
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const list = el('ol', { class: 'search-results' });
  const all = el('a', { href: form.action }, 'All results and filters');
  const panel = el('div', { class: 'search-panel', id: 'site-search-panel', hidden: '' }, status, list, el('p', {}, all));
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);

  const run = latestOnly(async (q: string, stale) => {
    if (q.length < MIN_QUERY) {
      panel.hidden = true;
      return;
    }
    const pf = await loadPagefind(bundle, base);
    const response = await pf.search(q);
    if (!response || stale() || input.value.trim() !== q) return;
    const items = await Promise.all(response.results.slice(0, SHOWN).map(async (r) => renderResult(await r.data(), 'h3')));
    list.replaceChildren(...items);
    status.textContent = `${countText(response.results.length)} for “${q}”${response.results.length > SHOWN ? `, first ${SHOWN} shown` : ''}.`;
    all.href = `${form.action}?${new URLSearchParams({ q })}`;
    panel.hidden = false;
  });
  const update = () => run(input.value.trim());
  input.addEventListener('input', update);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') panel.hidden = true;
    if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      panel.querySelector('a')?.focus();
    }
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  document.addEventListener('focusin', (e) => {
    if (!(e.target instanceof Node) || (!form.contains(e.target) && !panel.contains(e.target))) panel.hidden = true;
  });
  void loadPagefind(bundle, base);
  update();
}
