/**
 * The archive's `CITATION.cff` (Citation File Format 1.2.0), made from the same facts as every other
 * citation: `content/archive.yaml` and the current edition. `npm run citation:cff` writes it; a test
 * checks the file at the repository root against this and against the CFF 1.2.0 schema.
 */
import { stringify } from 'yaml';
import type { ArchiveInfo } from '../content/schema.ts';

/** A person's name as CFF splits it (the last word the family name, as `csl.ts` does); a team's as an entity. */
function cffAuthor(e: ArchiveInfo['editors'][number]): Record<string, string> {
  if (e.corporate) return { name: e.name };
  const words = e.name.trim().split(/\s+/);
  const family = words.pop() ?? e.name;
  return {
    'family-names': family,
    ...(words.length > 0 ? { 'given-names': words.join(' ') } : {}),
    ...(e.orcid === undefined ? {} : { orcid: `https://orcid.org/${e.orcid}` }),
  };
}

/** The CFF document as data. `origin` is the deployed archive's address, when the owners have set one. */
export function citationCffData(archive: ArchiveInfo, edition: { edition: number; date: string }, origin?: string) {
  return {
    'cff-version': '1.2.0',
    message: 'If you use this archive, please cite it by its edition, as below.',
    type: 'dataset',
    title: archive.title,
    version: String(edition.edition),
    'date-released': edition.date,
    authors: archive.editors.map(cffAuthor),
    license: archive.license,
    ...(origin === undefined ? {} : { url: origin.endsWith('/') ? origin : `${origin}/` }),
  };
}

/** The file's text, with a first line saying where it comes from. */
export function citationCff(archive: ArchiveInfo, edition: { edition: number; date: string }, origin?: string): string {
  const header = '# Written by `npm run citation:cff` from content/archive.yaml and content/editions/: edit those, then run it.\n';
  // The date quoted, so that a YAML 1.1 reader (most CFF tools) keeps it as the text the schema asks for.
  const text = stringify(citationCffData(archive, edition, origin), { lineWidth: 0 }).replace(
    /^date-released: (.*)$/m,
    'date-released: "$1"',
  );
  return header + text;
}
