/**
 * A search's results and notes as DOM, the same in the header's live results and on the search
 * page: built from text nodes (dom.ts), and the excerpts' only markup is `excerptHtml`'s `<mark>`.
 */
import { excerptHtml, locateHit } from '../lib/search/hits.ts';
import { queryTerms } from '../lib/search/query.ts';
import type { Note } from '../lib/search/resolve.ts';
import { groupLabel } from '../lib/search/said.ts';
import { resultHref } from '../lib/search/url.ts';
import { el } from './dom.ts';
import type { PagefindData } from './index-files.ts';

/**
 * One result as a list item: the linked title; kind (for actor, place and event pages), date,
 * outlet and author; then up to three excerpts from different paragraphs, each linked to its
 * paragraph with the words to highlight: the words of the query `q` and their forms
 * (src/lib/search/marks.ts).
 */
export function renderResult(data: PagefindData, headingLevel: 'h2' | 'h3', q: string): HTMLLIElement {
  const hit = locateHit(data, queryTerms(q));
  const entity = data.meta['kind'] !== undefined;
  // Actor, place and event pages have no paragraphs to point at nor words to highlight.
  const link = el('a', { href: entity ? data.url : resultHref(data.url, hit.paragraph, hit.terms) }, data.meta['title'] ?? data.url);
  const meta = [data.meta['kind'], data.meta['date'], data.meta['outlet'], data.meta['author']].filter((x): x is string => !!x).join(' · ');
  const item = el('li', { class: 'search-result' }, el(headingLevel, {}, link), el('p', { class: 'meta' }, meta));
  // A match in the title is shown by the title itself; excerpts come from the other places it matched.
  const groups = entity ? [] : hit.groups.filter((g) => g.anchor !== 'title' && g.anchor !== undefined);
  const excerpts = groups.length > 0 ? groups : [undefined];
  const list = el('ul', { class: 'search-excerpts' });
  for (const g of excerpts) {
    const excerpt = el('span', { class: 'search-excerpt' });
    // excerptHtml escapes every word; its only markup is <mark>.
    excerpt.innerHTML = excerptHtml(hit, groups.length > 1 ? 24 : 32, g);
    const li = el('li', {});
    if (g !== undefined) {
      const terms = [...new Set(g.locations.map((l) => (hit.words[l] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))];
      const where = el('span', { class: 'visually-hidden' }, ` of ${data.meta['title'] ?? ''}`);
      li.append(el('a', { class: 'search-para', href: resultHref(data.url, g.anchor, terms) }, groupLabel(g), where), ' ');
    }
    li.append(excerpt);
    list.append(li);
  }
  item.append(list);
  if (hit.via !== undefined) item.append(el('p', { class: 'meta search-via' }, `Found as a spelling of ${hit.via}`));
  return item;
}

/** `terms` as “a”, “b”, each isolated for bidirectional text. */
function quotedTerms(p: HTMLElement, terms: readonly string[]): void {
  terms.forEach((t, i) => p.append(i > 0 ? ', ' : '', '“', el('bdi', {}, t), '”'));
}

/** `words` as links searching each exactly, comma-separated. */
function wordLinks(p: HTMLElement, words: readonly string[], link: (q: string, exact: boolean) => string): void {
  words.forEach((a, i) => p.append(i > 0 ? ', ' : '', el('a', { href: link(a, true) }, a)));
}

/** One note's sentence, appended to `p`. */
function appendNote(p: HTMLElement, n: Note, link: (q: string, exact: boolean) => string): void {
  if (n.kind === 'transliterated') {
    p.append(
      'No registered name or word matches “',
      el('bdi', {}, n.from),
      '”; showing results for its Latin transliteration ',
      el('a', { href: link(n.to, true) }, n.to),
      '. ',
    );
  } else if (n.kind === 'corrected') {
    const instead = el('a', { href: link(n.from, true) }, el('bdi', {}, n.from));
    p.append('Showing results for ', el('a', { href: link(n.to, true) }, n.to), '; search instead for ', instead, '.');
    if (n.alternatives.length > 0) {
      p.append(' Other near words: ');
      wordLinks(p, n.alternatives, link);
      p.append('.');
    }
  } else if (n.kind === 'dropped') {
    p.append(`No text in the archive has the word${n.terms.length === 1 ? '' : 's'} `);
    quotedTerms(p, n.terms);
    p.append('; showing results for ', el('a', { href: link(n.to, true) }, el('bdi', {}, n.to)), '. ');
  } else {
    p.append(`No text in the archive has the word${n.terms.length === 1 ? '' : 's'} `);
    quotedTerms(p, n.terms);
    if (n.suggestions.length > 0) {
      p.append('. Near words in the archive: ');
      wordLinks(p, n.suggestions, link);
      p.append('.');
    } else {
      p.append(`, and no word in the archive is close to ${n.terms.length === 1 ? 'it' : 'them'}.`);
    }
  }
}

/**
 * The notes of an outcome as a paragraph with links:
 * "Showing results for Kazakhstan; search instead for Kazakstan".
 */
export function renderNotes(notes: readonly Note[], link: (q: string, exact: boolean) => string): HTMLElement | undefined {
  if (notes.length === 0) return undefined;
  const p = el('p', { class: 'search-note' });
  for (const n of notes) appendNote(p, n, link);
  return p;
}
