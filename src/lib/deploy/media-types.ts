/**
 * The media type of every kind of file the archive serves, with `charset=utf-8` for text, the same
 * for nginx (a `types` block and per-name locations, nginx-rules.ts) and for static hosts (`_headers`).
 * A server's own table would send BibTeX, RIS and TEI as `application/octet-stream` or `text/plain`
 * without a charset, and a browser would then guess the encoding of Cyrillic names.
 */
import { DOWNLOADS } from '../site/download-table.ts';

/** Every extension the build writes, and its type. Pagefind's own files are binary (the default type). */
export const BY_EXTENSION: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain',
  csv: 'text/csv',
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
  svg: 'image/svg+xml',
  webmanifest: 'application/manifest+json',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

/**
 * Files whose name says more than their extension: the downloads (src/lib/site/download-table.ts)
 * whose type is not their extension's, such as `cite.json`, CSL-JSON rather than plain JSON.
 */
export const BY_NAME: Readonly<Record<string, string>> = Object.fromEntries(
  DOWNLOADS.filter((d) => BY_EXTENSION[d.name.slice(d.name.lastIndexOf('.') + 1)] !== d.type).map((d) => [d.name, d.type]),
);

/** What the server sends for anything else (Pagefind's index chunks, a file of an unknown kind). */
export const DEFAULT_TYPE = 'application/octet-stream';

/** Types whose content is text, sent with `charset=utf-8`. */
export const TEXT_TYPES: readonly string[] = [
  ...new Set(
    [...Object.values(BY_EXTENSION), ...Object.values(BY_NAME)].filter(
      (t) => t.startsWith('text/') || /[/+](json|xml)$/.test(t) || t.endsWith('x-bibtex') || t.endsWith('research-info-systems'),
    ),
  ),
].sort();

/** A file's media type as sent, charset included; undefined for a type the server need not be told of (binary). */
export function mediaType(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const type = BY_NAME[name] ?? BY_EXTENSION[name.slice(name.lastIndexOf('.') + 1).toLowerCase()];
  if (type === undefined) return undefined;
  return TEXT_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/** The Content-Type a route sends for a file: the one the server rules give it, so that dev and server agree. */
export function contentTypeOf(file: string): string {
  const type = mediaType(file);
  if (type === undefined) throw new Error(`No media type for ${file} in src/lib/deploy/media-types.ts`);
  return type;
}
