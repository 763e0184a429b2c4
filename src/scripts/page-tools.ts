/**
 * "Cite this" (src/components/CiteThis.astro) in the browser, loaded when the box is first
 * opened: fills the citation templates of the page's <template id="cite-templates"> with the
 * paragraph the address targets (`#p4`) and today's date as the access date,
 * and again whenever the address's fragment changes. When a paragraph is cited, a download is
 * rewritten on the fly so that its address points at the paragraph (`…/#p4`); none of the three
 * formats has a field for a paragraph of a reference, so the address is where the locator goes.
 */
import { fillTemplate, paragraphOf } from '../lib/citation/fill.ts';

const box = document.getElementById('cite');
const templates = new Map<string, string>();
const data = document.getElementById('cite-templates');
if (data instanceof HTMLTemplateElement)
  data.content.querySelectorAll<HTMLElement>('[data-style]').forEach((p) => templates.set(p.dataset['style'] ?? '', p.innerHTML));

function cited(): number | undefined {
  const n = paragraphOf(location.hash);
  return n !== undefined && document.getElementById(`p${n}`) ? n : undefined;
}

function render(): void {
  if (!box) return;
  const paragraph = cited();
  const today = new Date();
  box.querySelectorAll<HTMLElement>('.citation[data-style]').forEach((el) => {
    const t = templates.get(el.dataset['style'] ?? '');
    if (t !== undefined) el.innerHTML = fillTemplate(t, { paragraph, today });
  });
  const scope = box.querySelector('.cite-scope');
  if (scope)
    scope.textContent =
      paragraph === undefined
        ? 'Citing the whole article, accessed today.'
        : `Citing paragraph ${paragraph} (from the address #p${paragraph}), accessed today.`;
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

render();
addEventListener('hashchange', render);
