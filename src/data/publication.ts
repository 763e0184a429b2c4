/**
 * The archive as a publication, for pages, feeds, downloads and the TEI: `archive.yaml` and the
 * editions changelog, read once per build by the one reader. The content loader has already read
 * and checked both with the rest of the tree and stopped the build on any problem.
 */
import type { ArchiveCitationInput } from '../lib/citation/archive.ts';
import { type Edition, readPublication } from '../lib/content/publication.ts';
import { contactHref, type PublicationFacts } from '../lib/site/publication.ts';
import { processSettings } from '../lib/site/settings.ts';
import { absolute, paths } from '../lib/site/urls.ts';

// Not citations.ts's siteUrl: citations.ts takes the archive's name from here.
const siteUrl = (path: string) => absolute(import.meta.env.SITE, import.meta.env.BASE_URL, path);

export interface PublicationView extends PublicationFacts {
  /** Every edition, oldest first. */
  readonly editions: readonly Edition[];
}

let cached: PublicationView | undefined;

/** The archive's facts and editions; throws with the reader's words if they are not there. */
export function publication(): PublicationView {
  if (cached !== undefined) return cached;
  const { contentRoot, contentLabel } = processSettings();
  const p = readPublication(contentRoot, contentLabel);
  const current = p.editions.at(-1);
  if (p.archive === undefined || current === undefined || p.problems.length > 0) {
    throw new Error(`${contentLabel}/archive.yaml or ${contentLabel}/editions/ has problems: run npm run check:content`);
  }
  cached = {
    archive: p.archive,
    editions: p.editions,
    edition: current.edition,
    editionDate: current.date,
    homepage: siteUrl(paths.home()),
    contactUrl: contactHref(p.archive.contact.target, siteUrl),
    rightsUrl: siteUrl(paths.rights()),
  };
  return cached;
}

/** The archive's own citation, by its current edition. */
export function archiveCitationInput(): ArchiveCitationInput {
  const p = publication();
  return {
    title: p.archive.title,
    editors: p.archive.editors,
    publisher: p.archive.publisher,
    edition: p.edition,
    date: p.editionDate,
    url: p.homepage,
  };
}
