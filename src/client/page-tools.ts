/**
 * The article's and the event's tools in the browser, loaded by src/components/PageTools.astro on
 * first use (a tap on a ¶ mark or on "Share", opening "Cite this", printing):
 *
 * - The ¶ mark's menu, beside its paragraph: "Copy link to ¶N" and "Cite ¶N", which opens the
 *   citation of that paragraph right under it, each style with a Copy button.
 * - "Cite this": fills the citation templates (`cite-templates.json` beside the page, fetched once)
 *   with the paragraph the address targets (`#p4`) and today's date as the access date, again whenever the
 *   fragment changes, and gives each style a Copy button. When a paragraph is cited, a download is
 *   rewritten on the fly so that its address points at the paragraph (`…/#p4`); none of the three
 *   formats has a field for a paragraph of a reference, so the address is where the locator goes.
 * - "Share": the Web Share API where the browser has it, else the page's address copied.
 *
 * Every address it copies or shares is the page's own, without a query (so never a search's
 * highlight), and a paragraph's fragment where one is meant. Every word it writes is the page's
 * language's, given by the page (`data-words`, src/components/PageTools.astro), else English.
 */
import { fillTemplate, paragraphOf } from '../lib/citation/fill.ts';
import { MENU_STYLES, pageAddress, SCRIPTED_STYLES } from '../lib/citation/paragraph.ts';
import { anchorLabel, fill, type ToolKey, wordsOf } from '../lib/i18n/tool-words.ts';
import { el } from './dom.ts';

const box = document.getElementById('cite');
const status = document.getElementById('page-tools');
const words = wordsOf(status?.dataset['words']);
/** A word of the tools, its placeholders filled. */
const w = (key: ToolKey, vars: Readonly<Record<string, string | number>> = {}) => fill(words[key], vars);
/** A phrase's first letter in capitals, as at the start of a sentence. */
const initial = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
/** Each style's name, as the box's headings give it. */
const labels = new Map<string, string>();
box?.querySelectorAll<HTMLElement>('.citation[data-style]').forEach((p) => {
  labels.set(p.dataset['style'] ?? '', p.closest('dd')?.previousElementSibling?.textContent ?? '');
});
/** The templates by style; none (the citations stay as the page has them) when they do not load. */
const source = box?.dataset['templates'];
const templates: Promise<Map<string, string>> = source
  ? fetch(source)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
      .then(
        (t) => new Map(Object.entries(t)),
        () => new Map(),
      )
  : Promise.resolve(new Map());

/** Says something to screen readers (the visible confirmation is on the control itself). */
function say(text: string): void {
  if (status) status.textContent = text;
}

/**
 * Copies `text`, then says so on `button` for a moment. Where the clipboard is refused, the text
 * to copy is selected (`select`) and the button says to copy it by hand.
 */
async function copy(button: HTMLButtonElement, text: string, what: string, select: () => Element = () => button): Promise<void> {
  const label = button.textContent;
  let said: string;
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    said = w('tools.copied');
    say(initial(w('tools.saidCopied', { what })));
  } catch {
    const range = document.createRange();
    range.selectNodeContents(select());
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    said = w('tools.selectAndCopy');
    say(w('tools.saidSelected', { what }));
  }
  button.textContent = said;
  button.dataset['done'] = '';
  setTimeout(() => {
    button.textContent = label;
    delete button.dataset['done'];
  }, 2000);
}

function cited(): number | undefined {
  const n = paragraphOf(location.hash);
  return n !== undefined && document.getElementById(`p${n}`) ? n : undefined;
}

/** The citation of `paragraph` (or the whole article) in `style`, as HTML, from its template `t`. */
function citation(t: string, paragraph: number | undefined): string {
  return fillTemplate(t, { paragraph, today: new Date() });
}

/** A Copy button for the citation in `p`. */
function copyButton(p: HTMLElement, what: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'copy-button' }, w('tools.copy'));
  b.setAttribute('aria-label', w('tools.copyCitation', { style: what }));
  b.addEventListener('click', () => void copy(b, p.textContent ?? '', w('tools.theCitation', { style: what }), () => p));
  return b;
}

/** Adds the styles the page's HTML leaves to the script (SCRIPTED_STYLES), once, with their headings. */
function addScripted(all: ReadonlyMap<string, string>): void {
  const list = box?.querySelector('dl');
  for (const s of SCRIPTED_STYLES) {
    if (!list || !all.has(s.id) || list.querySelector(`[data-style="${s.id}"]`)) continue;
    labels.set(s.id, s.label);
    list.append(el('dt', { lang: s.lang }, s.label), el('dd', {}, el('p', { class: 'citation', 'data-style': s.id })));
  }
}

async function renderBox(): Promise<void> {
  if (!box) return;
  const all = await templates;
  addScripted(all);
  const paragraph = cited();
  box.querySelectorAll<HTMLElement>('.citation[data-style]').forEach((p) => {
    const style = p.dataset['style'] ?? '';
    const t = all.get(style);
    if (t !== undefined) p.innerHTML = citation(t, paragraph);
    if (!p.nextElementSibling?.matches('.copy-button')) p.after(copyButton(p, labels.get(style) ?? style));
  });
  const scope = box.querySelector('.cite-scope');
  if (scope) scope.textContent = paragraph === undefined ? w('tools.scopeWhole') : w('tools.scopeParagraph', { n: paragraph });
}

box?.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.cite-download') : null;
  const paragraph = cited();
  const url = box.dataset['archiveUrl'];
  if (!a || paragraph === undefined || !url) return;
  e.preventDefault();
  fetch(a.href)
    .then((r) => r.text())
    .then(
      (text) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([text.split(url).join(`${url}#p${paragraph}`)], { type: 'text/plain' }));
        link.download = a.download.replace(/(\.\w+)$/, `-p${paragraph}$1`);
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      },
      () => {
        location.href = a.href;
      },
    );
});

/** The citation of one paragraph, shown under it, each style with its Copy button. */
function citePanel(all: ReadonlyMap<string, string>, n: number | undefined, name: string): HTMLElement {
  const list = el('dl');
  // In the order "Cite this" gives them (ГОСТ first on a Russian or Kazakh page).
  const order = [...(box?.querySelectorAll<HTMLElement>('.citation[data-style]') ?? [])].map((p) => p.dataset['style'] ?? '');
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  for (const style of [...MENU_STYLES].sort((a, b) => rank(a) - rank(b))) {
    const t = all.get(style);
    if (t === undefined) continue;
    const p = el('p', { class: 'citation', 'data-style': style });
    p.innerHTML = citation(t, n);
    const scripted = SCRIPTED_STYLES.find((s) => s.id === style);
    const label = labels.get(style) ?? scripted?.label ?? style;
    list.append(el('dt', scripted ? { lang: scripted.lang } : {}, label), el('dd', {}, p, copyButton(p, label)));
  }
  const scope = n === undefined ? w('tools.wholeArticle') : name;
  return el('div', { class: 'ptools-cite' }, el('p', { class: 'meta' }, w('tools.citing', { scope })), list);
}

/** Opens the menu of the ¶ mark `a` under its paragraph (closing any other), focused on its first button. */
function openMenu(a: HTMLAnchorElement): void {
  const id = a.hash.slice(1);
  const target = document.getElementById(id);
  if (!target) return;
  const open = document.querySelector('.ptools');
  const same = open?.getAttribute('data-for') === id;
  open?.remove();
  if (same) return;
  history.replaceState(history.state, '', pageAddress(location.href, id));
  void renderBox();
  const n = paragraphOf(`#${id}`);
  const name = anchorLabel(words, id);
  const short = n === undefined ? name : `¶${n}`;
  const menu = el('div', { class: 'ptools', role: 'group', 'aria-label': w('tools.menu', { name }), 'data-for': id });
  const link = el('button', { type: 'button' }, w('tools.copyLink', { short }));
  link.addEventListener('click', () => void copy(link, pageAddress(location.href, id), w('tools.theLink', { name })));
  const cite = el(
    'button',
    { type: 'button', 'aria-expanded': 'false' },
    n === undefined ? w('tools.citeArticle') : w('tools.cite', { short }),
  );
  const close = el('button', { type: 'button', class: 'ptools-close', 'aria-label': w('tools.close') }, '×');
  close.addEventListener('click', () => {
    menu.remove();
    a.focus();
  });
  cite.addEventListener('click', async () => {
    const shown = menu.querySelector('.ptools-cite');
    if (shown) shown.remove();
    else menu.append(citePanel(await templates, n, name));
    cite.setAttribute('aria-expanded', String(!shown));
  });
  menu.append(link, cite, close);
  (target.closest('.standfirst, .meta') ?? target).after(menu);
  link.focus({ preventScroll: true });
}

/** Shares the page: the system's share sheet where there is one, else its address copied. */
async function share(button: HTMLButtonElement): Promise<void> {
  const url = pageAddress(location.href);
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return;
    } catch (error) {
      // The reader closed the share sheet: nothing to do. Any other refusal falls back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  await copy(button, url, w('tools.theAddress'), () => {
    const shown = button.parentElement?.querySelector('.share-address') ?? el('span', { class: 'share-address' });
    shown.textContent = url;
    button.after(' ', shown);
    return shown;
  });
}

/** A tap on a ¶ mark or a Share button, passed on by the loader (PageTools.astro) as a `page-tools` event. */
document.addEventListener('page-tools', (e) => {
  const target = (e as CustomEvent<unknown>).detail;
  if (target instanceof HTMLAnchorElement) openMenu(target);
  else if (target instanceof HTMLButtonElement) void share(target);
});

void renderBox();
addEventListener('hashchange', () => void renderBox());
