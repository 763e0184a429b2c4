/**
 * The archive as a publication (`content/archive.yaml`): its title, origin, editors, publisher, contact,
 * the licence of its own metadata and the basis on which it reproduces the press texts. Every page,
 * download, feed, TEI file and the data package take these facts from here. The current edition is
 * not a field: it is the last file of the editions changelog (`./edition.ts`).
 */
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { z } from 'zod';
import { isReservedHost } from '../../site/settings.ts';
import { nonEmpty, paragraphs } from './common.ts';

const SPDX = new Set<string>(spdxIds);

/**
 * Whether an ORCID iD's last character is its ISO 7064 MOD 11-2 check digit, the algorithm ORCID
 * documents for its identifiers; no maintained package of it is smaller than these lines.
 */
export function orcidChecksumOk(id: string): boolean {
  const digits = id.replaceAll('-', '');
  let total = 0;
  for (const d of digits.slice(0, -1)) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits.at(-1) === (check === 10 ? 'X' : String(check));
}

/** An ORCID iD in its four groups, its check digit right. */
export const orcid = z
  .string({ error: 'an ORCID iD such as "0000-0002-1825-0097", as text' })
  .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { error: 'an ORCID iD of four groups of four digits, such as "0000-0002-1825-0097"' })
  .refine(orcidChecksumOk, { error: 'an ORCID iD whose last character is its check digit (ISO 7064 MOD 11-2)' });

/** An e-mail address, or an http(s) URL or a site-relative path the archive serves. */
const contactTarget = z
  .string({ error: 'an e-mail address, an http(s) URL, or a path on this site starting with "/", as text' })
  .refine((v) => z.email().safeParse(v).success || /^\/(?!\/)\S*$/.test(v) || z.url({ protocol: /^https?$/ }).safeParse(v).success, {
    error: 'an e-mail address, an http(s) URL, or a path on this site starting with "/"',
  });

/** An editor: a person or, while the owners name none, the editorial team as a corporate editor. */
export const editorSchema = z.strictObject({
  /** The editor's name as it should be cited, or the team's name for a corporate editor. */
  name: nonEmpty("the editor's name"),
  /** What the editor does for the archive. */
  role: nonEmpty('the editor\'s role, e.g. "Editor"'),
  /** True for an organisation or team (cited as one name, never split into given and family names). */
  corporate: z.boolean().default(false),
  /** The editor's ORCID iD, when a person has one. */
  orcid: orcid.optional(),
});

export const archiveSchema = z.strictObject({
  /** The archive's full title, as cited. */
  title: nonEmpty("the archive's full title"),
  /** The short title used in the header and page titles. */
  shortTitle: nonEmpty("the archive's short title"),
  /** The origin the archive is deployed at (scheme and host); ARCHIVE_SITE overrides it. */
  origin: z
    .url({ protocol: /^https?$/, error: 'an http(s) origin such as "https://archive.kz", without a path' })
    .refine((v) => new URL(v).pathname === '/' && !isReservedHost(new URL(v).hostname), {
      error: 'a real http(s) origin without a path (never a reserved example or test domain)',
    })
    .optional(),
  /** Who edits the archive, in citation order. */
  editors: z.array(editorSchema, { error: 'a list of editors' }).min(1, { error: 'at least one editor' }),
  /** Who publishes or hosts the archive. */
  publisher: nonEmpty('the publisher or host, as cited'),
  /** Where corrections and takedown requests go. */
  contact: z.strictObject({
    /** An e-mail address, a URL, or a path on this site. */
    target: contactTarget,
    /** What to send there, in one sentence. */
    note: paragraphs('what to send to the contact, in one sentence'),
  }),
  /** The licence of the archive's own metadata, notes and data: an SPDX identifier. */
  license: z
    .string({ error: 'an SPDX licence identifier such as "CC-BY-4.0", as text' })
    .refine((id) => SPDX.has(id), { error: 'an SPDX licence identifier from the SPDX list, such as "CC-BY-4.0"' }),
  /** The basis on which the press texts are reproduced: whose copyright they stay, and why they are quoted. */
  rights: paragraphs('the basis on which the press texts are reproduced'),
  /** How a rights holder has a text removed. */
  takedown: paragraphs('how a rights holder has a text removed'),
});

export type ArchiveInfo = z.output<typeof archiveSchema>;
export type Editor = z.output<typeof editorSchema>;
