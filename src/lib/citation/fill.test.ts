import { describe, expect, it } from 'vitest';
import { citationInput, citationTemplates, formatCitations, SLOTS, type CitationInput } from './citation.ts';
import { chicagoDay, FILL_SLOTS, fillTemplate, gostDay, mlaDay, paragraphOf } from './fill.ts';
import { articlesFrontmatter, outletLookup } from '../testing/content.ts';

const articles = articlesFrontmatter();
const outlets = outletLookup();
// Built the way the pages build it (src/data/citations.ts), with a test host.
const inputs: CitationInput[] = [...articles.values()].map((a) =>
  citationInput(a, outlets, { name: 'Kazakhstan–Russia Archive', url: `https://archive.test/articles/${a.slug}/` }),
);

const escapeQuotes = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('fill', () => {
  it('uses the placeholders citation.ts writes', () => {
    expect(FILL_SLOTS).toEqual(SLOTS);
  });

  it.each([
    ['2026-11-25', 'November 25, 2026', '25 Nov. 2026', '25.11.2026'],
    ['2024-09-03', 'September 3, 2024', '3 Sept. 2024', '03.09.2024'],
    ['2025-06-30', 'June 30, 2025', '30 June 2025', '30.06.2025'],
    ['2025-05-01', 'May 1, 2025', '1 May 2025', '01.05.2025'],
  ])('writes %s as Chicago, MLA and ГОСТ do', (iso, chicago, mla, gost) => {
    const d = new Date(`${iso}T12:00:00`);
    expect(chicagoDay(d)).toBe(chicago);
    expect(mlaDay(d)).toBe(mla);
    expect(gostDay(d)).toBe(gost);
  });

  it('reads the paragraph only from a #pN fragment', () => {
    expect(paragraphOf('#p4')).toBe(4);
    expect(paragraphOf('#p12')).toBe(12);
    expect(paragraphOf('#p0')).toBeUndefined();
    expect(paragraphOf('#standfirst')).toBeUndefined();
    expect(paragraphOf('#p4x')).toBeUndefined();
    expect(paragraphOf('')).toBeUndefined();
  });

  // The browser's result must be exactly what citation.ts writes for the same paragraph and day.
  const days = ['2025-09-30', '2026-07-04'];
  it.each(inputs.flatMap((input) => days.map((day) => [input.id, day, input] as const)))(
    'fills %s for %s as citation.ts formats it',
    (_id, day, input) => {
      const t = citationTemplates(input);
      const today = new Date(`${day}T12:00:00`);
      const direct = formatCitations({ ...input, accessed: day, paragraph: 4 });
      const whole = formatCitations({ ...input, accessed: day });
      const fill = (s: string, paragraph?: number) => fillTemplate(s, { paragraph, today });
      expect(fill(t['chicago-note'], 4)).toBe(direct.chicagoNote.html);
      expect(fill(t.mla, 4)).toBe(direct.mla.html);
      expect(fill(t['chicago-bib'], 4)).toBe(whole.chicagoBibliography.html);
      // APA 7 gives an archived copy no access date; the paragraph is in the address and the in-text citation.
      expect(fill(t.apa, 4)).toBe(formatCitations({ ...input, paragraph: 4 }).apa.html);
      expect(fill(t['apa-in-text'], 4)).toBe(escapeQuotes(direct.apaInText));
      expect(fill(t['mla-in-text'], 4)).toBe(escapeQuotes(direct.mlaInText));
      expect(fill(t.gost, 4)).toBe(direct.gost.html);
      // Without a paragraph, the same templates cite the whole article.
      expect(fill(t['chicago-note'])).toBe(whole.chicagoNote.html);
      expect(fill(t['chicago-bib'])).toBe(whole.chicagoBibliography.html);
      expect(fill(t.mla)).toBe(whole.mla.html);
      expect(fill(t.apa)).toBe(formatCitations(input).apa.html);
      expect(fill(t['apa-in-text'])).toBe(escapeQuotes(whole.apaInText));
      expect(fill(t['mla-in-text'])).toBe(escapeQuotes(whole.mlaInText));
      expect(fill(t.gost)).toBe(whole.gost.html);
      for (const block of Object.values(t)) expect(fill(block, 4)).not.toContain('{{');
    },
    60_000,
  ); // citation-js's first load is slow on a busy machine
});
