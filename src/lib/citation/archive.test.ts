import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_BY_PEOPLE, ARCHIVE_BY_TEAM } from '../testing/archive-citation.ts';
import { type ArchiveCitationInput, archiveCitations } from './archive.ts';

const team = ARCHIVE_BY_TEAM;
const people = ARCHIVE_BY_PEOPLE;

describe('archiveCitations', () => {
  it.each<[string, ArchiveCitationInput, string]>([
    [
      'a corporate editor',
      team,
      'Editorial team of the Kazakhstan–Russia Archive, eds. Kazakhstan–Russia Archive, 2020–2022. Edition 2. ' +
        'Kazakhstan–Russia Archive, December 7, 2026. https://archive.kz/.',
    ],
    [
      'two people, accessed',
      people,
      'Editor, First and Second Editor, eds. Kazakhstan–Russia Archive, 2020–2022. Edition 2. ' +
        'Kazakhstan–Russia Archive, December 7, 2026. Accessed January 5, 2027. https://archive.kz/.',
    ],
  ])('Chicago for %s', (_, input, expected) => {
    expect(archiveCitations(input).chicago.text).toBe(expected);
    expect(archiveCitations(input).chicago.html).toContain('<i>Kazakhstan–Russia Archive, 2020–2022</i>');
  });

  it('gives APA with the version and the editors', () => {
    expect(archiveCitations(people).apa.text).toMatch(/^Editor, F\., & Editor, S\. \(Eds\.\)\. \(2026\)\. .*\(Version 2\)/);
  });

  it('round-trips the edition, date and editors through BibTeX, RIS and CSL-JSON', () => {
    const c = archiveCitations(team);
    for (const text of [c.bibtex, c.ris, c.csl]) {
      const [item] = new Cite(text).data as Array<Record<string, unknown>>;
      expect(item?.['title']).toBe(team.title);
      expect(String(item?.['version'] ?? item?.['edition'])).toBe('2');
      expect(JSON.stringify(item?.['issued'])).toContain('2026');
    }
    expect(c.ris).toMatch(/^ID {2}- kz-ru-archive-edition-2$/m);
    expect(c.ris).toMatch(/^ED {2}- Editorial team of the Kazakhstan–Russia Archive$/m);
    expect(c.bibtex).toMatch(/^@dataset\{/);
    expect(c.bibtex).toMatch(/editor = \{\{Editorial team of the Kazakhstan–Russia Archive\}\}/);
  });
});
