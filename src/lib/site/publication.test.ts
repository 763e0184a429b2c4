import { describe, expect, it } from 'vitest';
import { contactHref, datasetJsonLd, licenceUrl, packageFacts, type PublicationFacts } from './publication.ts';

const facts: PublicationFacts = {
  archive: {
    title: 'An Archive, 2020–2022',
    shortTitle: 'An Archive',
    editors: [
      { name: 'The editors', role: 'Editors', corporate: true },
      { name: 'First Editor', role: 'Editor', corporate: false, orcid: '0000-0002-1825-0097' },
    ],
    publisher: 'A publisher',
    contact: { target: '/about/rights/#requests', note: 'Write.' },
    license: 'CC-BY-4.0',
    rights: 'Quoted for research.',
    takedown: 'Ask us.',
  },
  edition: 3,
  editionDate: '2026-12-07',
  homepage: 'https://archive.kz/',
  contactUrl: 'https://archive.kz/about/rights/#requests',
  rightsUrl: 'https://archive.kz/about/rights/',
};

describe('publication facts', () => {
  it.each([
    ['/about/rights/#requests', 'https://archive.kz/about/rights/#requests'],
    ['https://forms.archive.kz/requests', 'https://forms.archive.kz/requests'],
    ['editors@archive.kz', 'mailto:editors@archive.kz'],
  ])('contactHref(%s)', (target, expected) => {
    expect(contactHref(target, (p) => new URL(p, 'https://archive.kz').href)).toBe(expected);
  });

  it('gives the data package its version, licence and contributors', () => {
    expect(packageFacts(facts)).toEqual({
      version: '3',
      description: 'Quoted for research. Ask us. Contact: https://archive.kz/about/rights/#requests',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://spdx.org/licenses/CC-BY-4.0.html', title: expect.stringContaining('CC-BY-4.0') }],
      contributors: [
        { title: 'The editors', role: 'author' },
        { title: 'First Editor', role: 'author', path: 'https://orcid.org/0000-0002-1825-0097' },
        { title: 'A publisher', role: 'publisher' },
      ],
    });
  });

  it('describes the archive as a schema.org Dataset', () => {
    const ld = datasetJsonLd(facts, 'https://archive.kz/data/datapackage.json', 'D.');
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      version: '3',
      dateModified: '2026-12-07',
      license: licenceUrl('CC-BY-4.0'),
      publisher: { name: 'A publisher' },
    });
    expect(ld['editor']).toEqual([
      { '@type': 'Organization', name: 'The editors' },
      { '@type': 'Person', name: 'First Editor', sameAs: 'https://orcid.org/0000-0002-1825-0097' },
    ]);
  });
});
