import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../content/body.ts';
import { mixedContent, teiDate, toTei, type TeiInput } from './tei.ts';

const body = parseBody(
  'Vladimir Putin met *Kassym-Jomart Tokayev* in Moscow.\n\n## A & B heading\n\nSecond <br/> line.'.replace(' <br/>', '\\\n'),
);
const input: TeiInput = {
  title: 'A “title” & more',
  authors: [{ name: 'Paul Goble', confidence: 'confirmed' }],
  archive: { name: 'Archive', url: 'https://a.example/articles/x/' },
  original: {
    publisher: 'Window on Eurasia',
    confidence: 'inferred',
    url: 'https://o.example/?a=1&b=2',
    published: { from: '2022-06', to: '2022-07', approximate: true, confidence: 'inferred' },
  },
  collected: {
    publisher: 'Copy site',
    url: null,
    file: '000_x.txt',
    fileUrl: 'https://a.example/articles/x/source.txt',
    sha256: 'ab'.repeat(32),
  },
  language: { original: 'ar', archived: 'en', names: { ar: 'Arabic', en: 'English', ru: 'Russian' } },
  translations: [
    { by: 'InoSMI', from: 'ar', to: 'ru', confidence: 'inferred' },
    { by: null, from: 'ru', to: 'en', confidence: 'unknown' },
  ],
  removed: [{ text: '<debris>', reason: 'a footer' }],
  blocks: body.blocks.map((b) => ({
    kind: b.kind,
    n: b.kind === 'paragraph' ? b.n : undefined,
    inlines: b.inlines,
    names:
      b.kind === 'paragraph' && b.n === 1
        ? [
            { start: 0, end: 14, element: 'persName' as const, ref: 'https://a.example/actors/vladimir-putin/' },
            { start: 19, end: 40, element: 'persName' as const, ref: 'https://a.example/actors/kassym-jomart-tokayev/' },
            { start: 44, end: 50, element: 'placeName' as const, ref: 'https://a.example/places/moscow/' },
          ]
        : [],
  })),
};

const parser = new XMLParser({
  ignoreAttributes: false,
  preserveOrder: false,
  isArray: (n) => ['p', 'bibl', 'author', 'persName', 'div', 'idno'].includes(n),
});

describe('toTei', () => {
  const xml = toTei(input);
  const doc = parser.parse(xml) as Record<string, any>;
  const tei = doc['TEI'];
  it('is well-formed, in the TEI namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(tei['@_xmlns']).toBe('http://www.tei-c.org/ns/1.0');
  });
  it('describes the original with its date span and certainty, and the capture with its hash', () => {
    const [original, collected, ...translations] = tei.teiHeader.fileDesc.sourceDesc.bibl;
    expect(original.date).toMatchObject({ '@_notBefore': '2022-06', '@_notAfter': '2022-07', '@_cert': 'medium', '@_type': 'approximate' });
    expect(original.ptr['@_target']).toBe('https://o.example/?a=1&b=2');
    expect(collected.idno.find((i: any) => i['@_type'] === 'sha256')['#text']).toBe('ab'.repeat(32));
    expect(translations.map((t: any) => t.note)).toEqual([
      'Translated from Arabic into Russian.',
      'Translated from Russian into English by an unidentified translator.',
    ]);
    expect(tei.teiHeader.fileDesc.titleStmt.title).toBe('A “title” & more');
  });
  it('says when the copy was collected, or that nobody knows', () => {
    const collectedOf = (i: TeiInput) => (parser.parse(toTei(i)) as Record<string, any>)['TEI'].teiHeader.fileDesc.sourceDesc.bibl[1];
    expect([collectedOf(input).note].flat()).toContainEqual({ '#text': 'Date of collection unknown.', '@_type': 'collected' });
    const dated = collectedOf({
      ...input,
      collected: { ...input.collected, date: { from: '2021-03-06', to: '2026-11-23', confidence: 'inferred' } },
    });
    const note = [dated.note].flat().find((n: any) => n['@_type'] === 'collected');
    expect(note.date).toMatchObject({ '@_notBefore': '2021-03-06', '@_notAfter': '2026-11-23', '@_cert': 'medium' });
  });
  it('lists each removal in the editorial declaration', () => {
    const ps = tei.teiHeader.encodingDesc.editorialDecl.p;
    expect(ps[1].del).toBe('<debris>');
    expect(ps[1]['#text']).toContain('a footer');
  });
  it('numbers paragraphs and puts headings in a div', () => {
    expect(tei.text.body.p[0]['@_n']).toBe('1');
    expect(tei.text.body.p[0]['@_xml:id']).toBe('p1');
    expect(tei.text.body.div[0].head).toBe('A & B heading');
    expect(tei.text.body.div[0].p[0]['@_xml:id']).toBe('p2');
    expect(xml).toContain('Second<lb/>line.');
  });
  it('marks names with ref, around emphasis', () => {
    expect(xml).toContain(
      '<persName ref="https://a.example/actors/vladimir-putin/">Vladimir Putin</persName> met ' +
        '<persName ref="https://a.example/actors/kassym-jomart-tokayev/"><hi rend="italic">Kassym-Jomart Tokayev</hi></persName> ' +
        'in <placeName ref="https://a.example/places/moscow/">Moscow</placeName>.',
    );
  });
  it('states the edition, the editors, the licence, the rights and the contact from the publication facts', () => {
    const withPublication = toTei({
      ...input,
      publication: {
        editors: [
          { name: 'The editorial team', role: 'Editors', corporate: true },
          { name: 'First Editor', role: 'Editor', corporate: false },
        ],
        edition: 2,
        date: '2026-12-07',
        licence: { id: 'CC-BY-4.0', url: 'https://spdx.org/licenses/CC-BY-4.0.html' },
        rights: 'Quoted for research.',
        takedown: 'Ask for removal.',
        contactUrl: 'https://archive.kz/about/rights/#requests',
      },
    });
    expect(XMLValidator.validate(withPublication)).toBe(true);
    const fileDesc = (parser.parse(withPublication) as Record<string, any>)['TEI'].teiHeader.fileDesc;
    expect(fileDesc.titleStmt.respStmt).toEqual([
      { resp: 'Editors', orgName: 'The editorial team' },
      { resp: 'Editor', persName: ['First Editor'] },
    ]);
    expect(fileDesc.editionStmt.edition).toMatchObject({ '@_n': '2' });
    expect(fileDesc.publicationStmt.date).toMatchObject({ '@_when': '2026-12-07' });
    const availability = fileDesc.publicationStmt.availability;
    expect(availability.licence).toMatchObject({ '@_target': 'https://spdx.org/licenses/CC-BY-4.0.html' });
    expect(availability.p[0]).toBe('Quoted for research.');
    expect(availability.p[1].ref['@_target']).toBe('https://archive.kz/about/rights/#requests');
    expect(fileDesc.titleStmt.respStmt).toBeDefined();
    expect(tei.teiHeader.fileDesc.editionStmt).toBeUndefined();
  });
  it('says when a piece is unsigned', () => {
    const unsigned = parser.parse(toTei({ ...input, authors: [], signature: 'The Editors' })) as Record<string, any>;
    expect(unsigned['TEI'].teiHeader.fileDesc.titleStmt.author).toBeUndefined();
    expect(unsigned['TEI'].teiHeader.fileDesc.sourceDesc.bibl[0].note['#text']).toBe('Unsigned; signed “The Editors”.');
  });
});

describe('teiDate', () => {
  it('uses when for a single date at its precision', () => {
    const built = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false }).build([
      teiDate({ date: '2022-06', confidence: 'confirmed' }),
    ]);
    const b = new XMLParser({ ignoreAttributes: false }).parse(`<x>${built}</x>`);
    expect(b.x.date).toMatchObject({ '@_when': '2022-06', '@_cert': 'high', '#text': 'June 2022' });
  });
  it('keeps offsets across a break', () => {
    expect(
      mixedContent(
        [{ type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: 'Bob c' }],
        [{ start: 2, end: 5, element: 'persName', ref: 'r' }],
      ),
    ).toHaveLength(4);
  });
});
