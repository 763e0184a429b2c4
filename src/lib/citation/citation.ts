/**
 * "Cite this": the citations an article page shows (Chicago note and bibliography, APA 7, MLA 9,
 * the in-text forms, and ГОСТ Р 7.0.100–2018), and the templates its script fills for a paragraph and
 * an access date.
 * Split by job: the CSL item (`csl.ts`), Chicago (`chicago.ts`), MLA (`mla.ts`), APA (`apa.ts`),
 * ГОСТ (`gost.ts`), the downloads (`formats.ts`); this module re-exports them, so callers import one place.
 */
import { apa, apaInText } from './apa.ts';
import { chicagoBibliography, chicagoNote } from './chicago.ts';
import { type CitationInput, SLOT } from './csl.ts';
import { gost } from './gost.ts';
import { mla, mlaInText } from './mla.ts';
import { escapeHtml } from './text.ts';

export * from './apa.ts';
export * from './chicago.ts';
export * from './csl.ts';
export * from './formats.ts';
export { gost } from './gost.ts';
export * from './mla.ts';
export * from './names.ts';
export { headlineCase } from './text.ts';

/** All the formatted citations an article page shows. APA has no access date for an archived copy. */
export function formatCitations(input: CitationInput) {
  const apaInput = input.accessed === SLOT ? { ...input, accessed: undefined } : input;
  return {
    chicagoNote: chicagoNote(input),
    chicagoBibliography: chicagoBibliography(input),
    apa: apa(apaInput),
    apaInText: apaInText(input),
    mla: mla(input),
    mlaInText: mlaInText(input),
    gost: gost(input),
  };
}

/** The citation blocks a page shows, each as HTML, keyed by the id the page and its script share. */
export function citationBlocks(
  input: CitationInput,
): Record<'chicago-note' | 'chicago-bib' | 'apa' | 'apa-in-text' | 'mla' | 'mla-in-text' | 'gost', string> {
  const c = formatCitations(input);
  return {
    'chicago-note': c.chicagoNote.html,
    'chicago-bib': c.chicagoBibliography.html,
    apa: c.apa.html,
    'apa-in-text': escapeHtml(c.apaInText),
    mla: c.mla.html,
    'mla-in-text': escapeHtml(c.mlaInText),
    gost: c.gost.html,
  };
}

/**
 * What a page embeds for its script: the citation blocks of a paragraph, with placeholders
 * (`SLOTS`) for the paragraph number and the reader's access date. The whole article's blocks are
 * these without the locator (src/lib/citation/fill.ts takes it out; its tests check the result).
 */
export function citationTemplates(input: CitationInput) {
  return citationBlocks({ ...input, accessed: SLOT, paragraph: SLOT });
}
