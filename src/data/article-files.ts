/**
 * An article's files beside its page: its capture (bytes, text, SHA-256), the capture cut into
 * marked lines for `/articles/<slug>/source/`, and its TEI document (the TEI's rules are
 * src/lib/provenance/tei.ts's). The reader checked the capture
 * and located the article in it (src/lib/content/captures.ts), so a failure here is a bug.
 */
import { decodeCapture, sha256Hex } from '../lib/content/captures.ts';
import { parseRegistryKey } from '../lib/content/mentions.ts';
import { type CopyInput, copyInput, type Located } from '../lib/provenance/collected.ts';
import { type CopyLine, copyLines } from '../lib/provenance/copy-lines.ts';
import { type TeiInput, type TeiName, type TeiPublication, toTei } from '../lib/provenance/tei.ts';
import { languageName } from '../lib/site/format.ts';
import { licenceUrl } from '../lib/site/publication.ts';
import { paths } from '../lib/site/urls.ts';
import type { Archive, Article } from './archive.ts';
import { ARCHIVE_NAME, siteUrl } from './citations.ts';
import { publication } from './publication.ts';
import { readCapture } from './sources.ts';
import type { Indexes } from './indexes.ts';

export interface CaptureView {
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly sha256: string;
  readonly input: CopyInput;
  readonly located: Located;
  readonly lines: readonly CopyLine[];
}

/** A file's size and SHA-256, as the data package lists the captures and the TEI documents. */
export interface CaptureDigest {
  readonly bytes: number;
  readonly sha256: string;
}

/** The article's capture bytes, as collected. */
export function captureBytes(article: Article): Uint8Array {
  const file = article.data.source.file;
  const bytes = readCapture(file);
  if (bytes === undefined) throw new Error(`${article.file} source.file: content/sources/${file} could not be read`);
  return bytes;
}

/**
 * The article's capture file's size and SHA-256. The hash is the one the article records
 * (`source.sha256`), which the content loader has already checked against the file's own.
 */
export function captureDigest(article: Article): CaptureDigest {
  return { bytes: captureBytes(article).length, sha256: article.data.source.sha256 };
}

/** The article's capture and where its removals, errors and paragraphs stand in it (for its collected-copy page). */
export function captureView(article: Article): CaptureView {
  const file = article.data.source.file;
  const bytes = captureBytes(article);
  const text = decodeCapture(bytes);
  if (text === undefined) throw new Error(`${article.file} source.file: content/sources/${file} could not be read as UTF-8`);
  const input = copyInput(article.data, article.body.blocks);
  // Located by the reader when it checked the capture against the article (src/lib/content/captures.ts).
  const located = article.capture;
  return { bytes, text, sha256: article.data.source.sha256, input, located, lines: copyLines(text, input, located) };
}

/** The TEI element for an actor of a type, or a place: people, organisations (media too) and places (states too). */
export function teiElement(archive: Archive, key: string): { element: TeiName['element']; ref: string } {
  const { collection, id } = parseRegistryKey(key);
  if (collection === 'places') return { element: 'placeName', ref: siteUrl(paths.place(id)) };
  const type = archive.actorById.get(id)?.data.type;
  const element = type === 'person' ? 'persName' : type === 'state' ? 'placeName' : 'orgName';
  return { element, ref: siteUrl(paths.actor(id)) };
}

/** The archive's publication facts as every TEI file states them. */
function teiPublication(): TeiPublication {
  const p = publication();
  return {
    editors: p.archive.editors,
    edition: p.edition,
    date: p.editionDate,
    licence: { id: p.archive.license, url: licenceUrl(p.archive.license) },
    rights: p.archive.rights,
    takedown: p.archive.takedown,
    contactUrl: p.contactUrl,
  };
}

/** Everything src/lib/provenance/tei.ts needs for one article. */
export function teiInput(views: Indexes, article: Article): TeiInput {
  const { archive } = views;
  const d = article.data;
  const codes = [d.language.original, d.language.archived, ...d.translations.flatMap((t) => [t.from, t.to])];
  return {
    title: d.title,
    authors: d.authors,
    signature: d.signature,
    standfirst: d.standfirst,
    archive: { name: ARCHIVE_NAME, url: siteUrl(paths.article(article.slug)) },
    original: { publisher: article.outlet.data.name, confidence: d.outlet.confidence, url: d.outlet.url, published: d.published },
    collected: {
      publisher: article.collectedFrom?.data.name ?? null,
      url: d.collected.url,
      title: d.collectedTitle,
      note: d.collected.note,
      date: d.collected.date,
      file: d.source.file,
      fileUrl: siteUrl(paths.captureFile(article.slug)),
      // Checked against the file by the content loader (src/lib/content/captures.ts).
      sha256: d.source.sha256,
    },
    language: {
      original: d.language.original,
      archived: d.language.archived,
      names: Object.fromEntries(codes.map((c) => [c, languageName(c)])),
    },
    translations: d.translations.map((t, i) => ({ ...t, by: article.translators[i]?.data.name ?? null })),
    removed: d.removed,
    publication: teiPublication(),
    blocks: article.body.blocks.map((b, i) => ({
      kind: b.kind,
      n: b.kind === 'paragraph' ? b.n : undefined,
      inlines: b.inlines,
      names: (article.mentions[i] ?? []).map((m) => ({ start: m.start, end: m.end, ...teiElement(archive, m.id) })),
    })),
  };
}

/** Size and hash of each TEI document written so far (the data package lists them). */
const teiDigests = new Map<string, CaptureDigest>();

/** The article as TEI P5 (src/lib/provenance/tei.ts); its size and hash are kept for the data package. */
export function teiDocument(views: Indexes, article: Article): string {
  const xml = toTei(teiInput(views, article));
  const bytes = new TextEncoder().encode(xml);
  teiDigests.set(article.id, { bytes: bytes.length, sha256: sha256Hex(bytes) });
  return xml;
}

/** The size and hash of the article's TEI document, without making it again when `/tei.xml` was written first. */
export function teiDigest(views: Indexes, article: Article): CaptureDigest {
  const hit = teiDigests.get(article.id);
  if (hit !== undefined) return hit;
  teiDocument(views, article);
  return teiDigests.get(article.id) as CaptureDigest;
}
