/**
 * The archive's facts (`content/archive.yaml` and its current edition) as each channel writes them:
 * the data package's `licenses`, `contributors` and `version`, schema.org `Dataset` JSON-LD, and the
 * one-line rights notice. Pure: the pages and downloads resolve addresses and pass them in.
 */
import type { ArchiveInfo } from '../content/schema.ts';

/** The archive's facts with its current edition and absolute addresses resolved. */
export interface PublicationFacts {
  readonly archive: ArchiveInfo;
  readonly edition: number;
  /** The current edition's release day, ISO. */
  readonly editionDate: string;
  /** The archive's home page, absolute. */
  readonly homepage: string;
  /** The contact for corrections and takedown requests: a mailto: or an absolute URL. */
  readonly contactUrl: string;
  /** The page that states the rights and the licence, absolute. */
  readonly rightsUrl: string;
}

/** The SPDX licence list's page for an identifier: the one address every SPDX id has. */
export const licenceUrl = (spdx: string): string => `https://spdx.org/licenses/${spdx}.html`;

/** A contact as a link: an e-mail address as mailto:, a site path resolved by `resolve`, a URL as it is. */
export function contactHref(target: string, resolve: (path: string) => string): string {
  if (target.startsWith('/')) return resolve(target);
  return /^https?:/.test(target) ? target : `mailto:${target}`;
}

/** The Frictionless data package's publication fields (Data Package v1: `licenses`, `contributors`, `version`). */
export function packageFacts(f: PublicationFacts) {
  return {
    version: String(f.edition),
    description: `${f.archive.rights} ${f.archive.takedown} Contact: ${f.contactUrl}`,
    licenses: [
      {
        name: f.archive.license,
        path: licenceUrl(f.archive.license),
        title: `${f.archive.license} (the archive's own metadata, notes and data)`,
      },
    ],
    contributors: [
      ...f.archive.editors.map((e) => ({
        title: e.name,
        role: 'author',
        ...(e.orcid === undefined ? {} : { path: `https://orcid.org/${e.orcid}` }),
      })),
      { title: f.archive.publisher, role: 'publisher' },
    ],
  };
}

const agent = (e: ArchiveInfo['editors'][number]) => ({
  '@type': e.corporate ? 'Organization' : 'Person',
  name: e.name,
  ...(e.orcid === undefined ? {} : { sameAs: `https://orcid.org/${e.orcid}` }),
});

/** schema.org `Dataset` JSON-LD for the home and data pages. */
export function datasetJsonLd(f: PublicationFacts, dataUrl: string, description: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: f.archive.title,
    alternateName: f.archive.shortTitle,
    description,
    url: f.homepage,
    version: String(f.edition),
    datePublished: f.editionDate,
    dateModified: f.editionDate,
    license: licenceUrl(f.archive.license),
    creator: f.archive.editors.map(agent),
    editor: f.archive.editors.map(agent),
    publisher: { '@type': 'Organization', name: f.archive.publisher },
    copyrightNotice: f.archive.rights,
    usageInfo: f.rightsUrl,
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: dataUrl }],
  };
}
