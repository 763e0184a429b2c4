/**
 * Live results under the header's search field, loaded by the header's loader only when the reader
 * starts to search. Enter still submits to /search/ (the full page with facets); Escape closes the
 * panel; Arrow Down (or Tab past the button) moves from the field into the results.
 */
import { latestOnly } from '../lib/search/latest-only.ts';
import { MIN_QUERY } from '../lib/search/query.ts';
import { failureText, queryMessage } from '../lib/search/said.ts';
import { readWords, type Speaker, speaker, wordsFile } from '../lib/search/words.ts';
import { el } from './dom.ts';
import { loadPagefind } from './index-files.ts';
import { searchArchive } from './search-core.ts';
import { renderNotes, renderResult } from './search-render.ts';

const SHOWN = 5;
const form = document.querySelector<HTMLFormElement>('.site-header .search-form');
const input = document.getElementById('site-search') as HTMLInputElement | null;
if (form && input) {
  const base = form.dataset['base'] ?? '/';
  const bundle = form.dataset['bundle'] ?? `${base}pagefind/`;
  const vocabularyUrl = form.dataset['vocabulary'] ?? `${base}search/vocabulary/`;
  // What the panel says, in the page's language: one small file per language (src/pages/search/words/),
  // since the header is on every page and its words are needed only once the reader searches.
  let words: Promise<Speaker> | undefined;
  const loadWords = () =>
    (words ??= fetch(wordsFile(base, document.documentElement.lang)).then(async (r) => {
      if (!r.ok) throw new Error(`The search's words did not load (${r.status} ${r.url})`);
      return speaker(readWords(await r.text()));
    }));
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const notes = el('div', {});
  const list = el('ol', { class: 'search-results' });
  const all = el('a', { href: form.action });
  const panel = el('div', { class: 'search-panel', id: 'site-search-panel', hidden: '' }, status, notes, list, el('p', {}, all));
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);

  const link = (q: string, exact: boolean) => `${form.action}?${new URLSearchParams(exact ? { q, exact: '1' } : { q })}`;
  const run = latestOnly(
    async (typed: string, stale) => {
      const sp = await loadWords();
      all.textContent = sp.say('searchJs.allResults');
      const { q, message } = queryMessage(sp, typed);
      if (q.length < MIN_QUERY) {
        panel.hidden = message === undefined;
        list.replaceChildren();
        notes.replaceChildren();
        status.textContent = message ?? '';
        return;
      }
      const pf = await loadPagefind(bundle, base);
      const outcome = await searchArchive(pf, q, { exact: false, filters: {}, vocabularyUrl });
      if (stale() || input.value.trim() !== typed) return;
      const shown = outcome.results.slice(0, SHOWN);
      const items = await Promise.all(
        shown.map(async (r) => renderResult(sp, base, await (outcome.data.get(r.id) ?? r.data()), 'h3', outcome.q)),
      );
      list.replaceChildren(...items);
      const n = outcome.results.length;
      const shownNote = n > SHOWN ? `, ${sp.say('searchJs.firstShown', { n: SHOWN })}` : '';
      status.textContent = `${sp.say('searchJs.forWords', { count: n, q: outcome.q })}${shownNote}.${message ? ` ${message}` : ''}`;
      const note = renderNotes(sp, outcome.notes, link);
      notes.replaceChildren(...(note ? [note] : []));
      all.href = link(typed, false);
      panel.hidden = false;
    },
    (error) => {
      void loadWords().then(
        (sp) => {
          status.textContent = failureText(sp, error);
        },
        // Without its words the panel can only give the error's own message.
        () => {
          status.textContent = String(error);
        },
      );
      panel.hidden = false;
    },
  );
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
  void loadWords().catch(() => undefined);
  update();
}
