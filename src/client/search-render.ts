/**
 * A search's results and notes as DOM, the same in the header's live results and on the search
 * page: built from text nodes (dom.ts), and the excerpts' only markup is `excerptHtml`'s `<mark>`.
 */
import { typeLabel } from '../lib/search/facet-groups.ts';
import { excerptHtml, locateHit } from '../lib/search/hits.ts';
import { queryTerms } from '../lib/search/query.ts';
import type { Note } from '../lib/search/resolve.ts';
import { resultDate, resultTitle, resultUrl } from '../lib/search/result-lang.ts';
import { groupLabel } from '../lib/search/said.ts';
import { resultHref } from '../lib/search/url.ts';
import { foundThrough } from '../lib/search/variants.ts';
import { type SaidPart, type Speaker } from '../lib/search/words.ts';
import { el } from './dom.ts';
import type { PagefindData } from './index-files.ts';

/** A said sentence's parts as nodes, each slot filled by its element. */
function nodesOf(parts: readonly SaidPart[], slots: Readonly<Record<string, Node | Node[]>>): Array<Node | string> {
  return parts.flatMap((p): Array<Node | string> => (typeof p === 'string' ? [p] : ([] as Node[]).concat(slots[p.slot] ?? [])));
}

/** What the page marks as in another language than its own: `lang` where they differ. */
const langAttr = (sp: Speaker, lang: string) => (lang === sp.lang ? {} : { lang });

/**
 * One result as a list item: the linked title, in the page's language where the index has it (an
 * archived article's as collected); kind (for actor, place and event pages), date, outlet and author;
 * then up to three excerpts from different paragraphs, each linked to its paragraph with the words to
 * highlight: the words of the query `q` and their forms (src/lib/search/marks.ts). The link leads to
 * the page's copy in the page's language where there is one; `base` is the site's base path.
 */
export function renderResult(sp: Speaker, base: string, data: PagefindData, headingLevel: 'h2' | 'h3', q: string): HTMLLIElement {
  const hit = locateHit(data, queryTerms(q));
  const entity = data.meta['kind'] !== undefined;
  const url = resultUrl(data.url, base, sp.lang);
  const title = resultTitle(data.meta, sp.lang, data.url);
  // Actor, place and event pages have no paragraphs to point at nor words to highlight.
  const link = el('a', { href: entity ? url : resultHref(url, hit.paragraph, hit.terms), ...langAttr(sp, title.lang) }, title.text);
  const kind = data.meta['kind'] === undefined ? undefined : typeLabel(sp, data.meta['kind']);
  const meta = [kind, resultDate(data.meta, sp.lang), data.meta['outlet'], data.meta['author']].filter((x): x is string => !!x).join(' · ');
  const item = el('li', { class: 'search-result' }, el(headingLevel, {}, link), el('p', { class: 'meta' }, meta));
  // A match in the title is shown by the title itself; excerpts come from the other places it matched.
  const groups = entity ? [] : hit.groups.filter((g) => g.anchor !== 'title' && g.anchor !== undefined);
  const excerpts = groups.length > 0 ? groups : [undefined];
  // The excerpts are the archived text (or the English page's), in English.
  const list = el('ul', { class: 'search-excerpts', ...langAttr(sp, 'en') });
  for (const g of excerpts) {
    const excerpt = el('span', { class: 'search-excerpt' });
    // excerptHtml escapes every word; its only markup is <mark>.
    excerpt.innerHTML = excerptHtml(hit, groups.length > 1 ? 24 : 32, g);
    const li = el('li', {});
    if (g !== undefined) {
      const terms = [...new Set(g.locations.map((l) => (hit.words[l] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))];
      const of = el(
        'span',
        { class: 'visually-hidden', ...langAttr(sp, sp.lang) },
        ` ${sp.say('searchJs.paragraphOf', { title: title.text })}`,
      );
      li.append(
        el('a', { class: 'search-para', href: resultHref(url, g.anchor, terms), ...langAttr(sp, sp.lang) }, groupLabel(sp, g), of),
        ' ',
      );
    }
    li.append(excerpt);
    list.append(li);
  }
  item.append(list);
  const through = foundThrough(hit.viaBlock, hit.via);
  if (through !== undefined && 'term' in through)
    item.append(el('p', { class: 'meta search-via' }, sp.say('searchJs.viaGlossary', { term: sp.term(through.term) ?? hit.via ?? '' })));
  else if (through !== undefined) item.append(el('p', { class: 'meta search-via' }, sp.say('searchJs.via', { name: through.name })));
  return item;
}

/** `terms` as “a”, “b” (in the language's quotation marks), each isolated for bidirectional text. */
function quotedTerms(sp: Speaker, terms: readonly string[]): Array<Node | string> {
  return terms.flatMap((t, i) => [
    ...(i > 0 ? [', '] : []),
    ...nodesOf(sp.parts('searchJs.quoted', {}, ['term']), { term: el('bdi', {}, t) }),
  ]);
}

/** `words` as links searching each exactly, comma-separated. */
function wordLinks(words: readonly string[], link: (q: string, exact: boolean) => string): Node[] {
  return words.map((a) => el('a', { href: link(a, true) }, a));
}

/** A list of nodes joined by commas, as one fragment. */
function joined(nodes: readonly Node[]): DocumentFragment {
  const f = document.createDocumentFragment();
  nodes.forEach((n, i) => f.append(...(i > 0 ? [', '] : []), n));
  return f;
}

/** One note's sentence, appended to `p`. */
function appendNote(sp: Speaker, p: HTMLElement, n: Note, link: (q: string, exact: boolean) => string): void {
  const exact = (q: string, text: Node | string = q) => el('a', { href: link(q, true) }, text);
  if (n.kind === 'transliterated') {
    const from = quotedTerms(sp, [n.from]);
    p.append(...nodesOf(sp.parts('searchJs.transliterated', {}, ['from', 'to']), { from: joinedNodes(from), to: exact(n.to) }));
  } else if (n.kind === 'corrected') {
    p.append(
      ...nodesOf(sp.parts('searchJs.corrected', {}, ['from', 'to']), { to: exact(n.to), from: exact(n.from, el('bdi', {}, n.from)) }),
    );
    if (n.alternatives.length > 0)
      p.append(...nodesOf(sp.parts('searchJs.nearWords', {}, ['words']), { words: joined(wordLinks(n.alternatives, link)) }));
  } else if (n.kind === 'dropped') {
    const terms = joinedNodes(quotedTerms(sp, n.terms));
    const to = exact(n.to, el('bdi', {}, n.to));
    p.append(...nodesOf(sp.parts('searchJs.dropped', { count: n.terms.length }, ['terms', 'to']), { terms, to }));
  } else {
    const terms = joinedNodes(quotedTerms(sp, n.terms));
    p.append(...nodesOf(sp.parts('searchJs.missing', { count: n.terms.length }, ['terms']), { terms }));
    if (n.suggestions.length > 0)
      p.append(...nodesOf(sp.parts('searchJs.suggestions', {}, ['words']), { words: joined(wordLinks(n.suggestions, link)) }));
    else p.append(sp.say('searchJs.noSuggestion', { count: n.terms.length }));
  }
}

/** Nodes and text as one fragment, to fill one slot. */
function joinedNodes(parts: ReadonlyArray<Node | string>): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(...parts);
  return f;
}

/**
 * The notes of an outcome as a paragraph with links:
 * "Showing results for Kazakhstan; search instead for Kazakstan".
 */
export function renderNotes(sp: Speaker, notes: readonly Note[], link: (q: string, exact: boolean) => string): HTMLElement | undefined {
  if (notes.length === 0) return undefined;
  const p = el('p', { class: 'search-note' });
  for (const n of notes) appendNote(sp, p, n, link);
  return p;
}
