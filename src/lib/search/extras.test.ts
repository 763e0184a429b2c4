import { describe, expect, it } from 'vitest';
import { extrasHtml, withExtras, type SearchManifest } from './extras.ts';

const manifest: SearchManifest = {
  blocks: { 'actor/csto': { id: 'names-actor-csto', text: 'CSTO; ОДКБ; <Collective & "Security">' } },
  pages: {},
};

describe('extrasHtml', () => {
  it('writes the name blocks, then the metadata and filters, escaped', () => {
    const html = extrasHtml(manifest, { names: ['actor/csto'], meta: { outlet: 'A & B' }, filters: { year: ['2022'], actor: ['CSTO'] } });
    expect(html).toBe(
      '<div hidden data-pagefind-body data-pagefind-weight="0.5">' +
        '<p id="names-actor-csto">CSTO; ОДКБ; &#60;Collective &#38; &#34;Security&#34;&#62;</p></div>' +
        '<div hidden><span data-pagefind-meta="outlet">A &#38; B</span>' +
        '<span data-pagefind-filter="year">2022</span><span data-pagefind-filter="actor">CSTO</span></div>',
    );
  });
  it('writes no name block for a page tagged with nothing', () => {
    expect(extrasHtml(manifest, { names: [], meta: {}, filters: {} })).toBe('<div hidden></div>');
  });
  it('names a block the manifest lacks', () => {
    expect(() => extrasHtml(manifest, { names: ['place/nowhere'], meta: {}, filters: {} })).toThrow(/"place\/nowhere"/);
  });
});

describe('withExtras', () => {
  it('puts the extras at the end of <main>', () => {
    expect(withExtras('<main><p>x</p></main><footer></footer>', '<i></i>', 'a')).toBe('<main><p>x</p><i></i></main><footer></footer>');
  });
  it('names the page without a <main>', () => {
    expect(() => withExtras('<p>x</p>', '<i></i>', 'articles/x/index.html')).toThrow(/articles\/x\/index.html: no <\/main>/);
  });
});
