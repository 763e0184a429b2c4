/**
 * The archive as a whole, as the citation tests cite it: once with a corporate editor, once with two
 * editors who are people and an access date. Shared by every style's test so that the styles are
 * compared on the same input.
 */
import type { ArchiveCitationInput } from '../citation/archive.ts';

export const ARCHIVE_BY_TEAM: ArchiveCitationInput = {
  title: 'Kazakhstan–Russia Archive, 2020–2022',
  editors: [{ name: 'Editorial team of the Kazakhstan–Russia Archive', corporate: true }],
  publisher: 'Kazakhstan–Russia Archive',
  edition: 2,
  date: '2026-12-07',
  url: 'https://archive.kz/',
};

export const ARCHIVE_BY_PEOPLE: ArchiveCitationInput = {
  ...ARCHIVE_BY_TEAM,
  editors: [
    { name: 'First Editor', corporate: false },
    { name: 'Second Editor', corporate: false },
  ],
  accessed: '2027-01-05',
};
