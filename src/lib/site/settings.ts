/**
 * The build's settings, from the environment, for the Astro config (astro.config.mjs) and the
 * steps that finish a build after Astro (scripts/finish-build.ts), so both agree:
 *
 * - ARCHIVE_BASE moves the whole archive under a base path (for a shared host), e.g. `/archive/`;
 *   every internal link goes through src/lib/site/urls.ts, which reads the same value from Astro;
 * - ARCHIVE_SITE is the origin of the archive's absolute addresses (citations, feeds, sitemap); without
 *   it, the `origin` of the content tree's `archive.yaml`; with neither, reading `site` throws
 *   {@link MissingOrigin}, since any default would be an address that never resolves;
 * - ARCHIVE_CONTENT is the content tree to build (the benchmark's corpora, the error fixtures);
 * - ARCHIVE_HEADERS adds headers to every response the server rules describe, one `Name: value` a
 *   line (Strict-Transport-Security once the site is served over HTTPS: README, "Deploy").
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** What a build is configured with. */
export interface Settings {
  /** The base path, with a slash at each end (`/` at the root). */
  readonly base: string;
  /** The site's origin, for absolute addresses; reading it throws {@link MissingOrigin} when none is set. */
  readonly site: string;
  /** The content tree's folder, absolute. */
  readonly contentRoot: string;
  /** The content tree as given, for messages (`content` unless ARCHIVE_CONTENT names another). */
  readonly contentLabel: string;
  /** Headers the operator adds to every response (ARCHIVE_HEADERS), by name. */
  readonly headers: Readonly<Record<string, string>>;
}

/** The headers the build sets itself, which ARCHIVE_HEADERS may not replace. */
const OWN_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cache-control'];

/**
 * ARCHIVE_HEADERS as headers: `Name: value` lines. A name must be an HTTP token and a value printable
 * text (it is written into nginx's and the static hosts' files); anything else stops the build.
 */
export function parseHeaders(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, line] of (text ?? '').split('\n').entries()) {
    if (line.trim() === '') continue;
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*([\x20-\x7e]*?)\s*$/.exec(line);
    const where = `ARCHIVE_HEADERS, line ${i + 1}`;
    if (m?.[1] === undefined || m[2] === undefined || m[2] === '') {
      throw new Error(`${where}: expected "Name: value" with printable ASCII, such as "Strict-Transport-Security: max-age=63072000"`);
    }
    if (OWN_HEADERS.includes(m[1].toLowerCase())) throw new Error(`${where}: ${m[1]} is set by the build itself (src/lib/deploy/rules.ts)`);
    out[m[1]] = m[2];
  }
  return out;
}

/** The origin `npm start` builds for: the address `astro preview` serves. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Hosts reserved for examples and tests (RFC 2606, RFC 6761): an address there never reaches the archive. */
export function isReservedHost(hostname: string): boolean {
  return /(^|\.)(example|test|invalid)$/.test(hostname) || /(^|\.)example\.(com|net|org)$/.test(hostname);
}

/** A build for deployment with no origin from either place. */
export class MissingOrigin extends Error {}

/** The `origin` written in `<contentRoot>/archive.yaml`, if any; the reader checks the file itself. */
export function archiveOrigin(contentRoot: string): string | undefined {
  try {
    const data: unknown = parse(readFileSync(join(contentRoot, 'archive.yaml'), 'utf8'));
    const origin = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['origin'] : undefined;
    return typeof origin === 'string' && origin.trim() !== '' ? origin.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The origin from ARCHIVE_SITE, else from archive.yaml; throws naming both when neither is set or one is reserved. */
export function originFrom(envSite: string | undefined, fileOrigin: string | undefined, contentLabel: string): string {
  const file = `${contentLabel}/archive.yaml`;
  const origin = envSite?.trim() || fileOrigin;
  if (origin === undefined) {
    throw new MissingOrigin(
      `No origin for the archive's absolute addresses: set ARCHIVE_SITE (e.g. ARCHIVE_SITE=https://your.host npm run build) ` +
        `or \`origin:\` in ${file}. \`npm start\` builds for ${LOCAL_ORIGIN} without either.`,
    );
  }
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new MissingOrigin(`The origin "${origin}" (${envSite ? 'ARCHIVE_SITE' : file}) is not an absolute http(s) address.`);
  }
  if (!/^https?:$/.test(url.protocol) || isReservedHost(url.hostname)) {
    throw new MissingOrigin(`The origin "${origin}" (${envSite ? 'ARCHIVE_SITE' : file}) is not a real http(s) address.`);
  }
  return url.origin;
}

/**
 * The settings from `env`, with relative paths resolved against the repository's folder `repo`.
 * The origin is worked out when `site` is first read, so the tools that need only the base path or
 * the content tree (the browser tests' config, the content checker) work without one.
 */
export function settingsFrom(
  env: Readonly<Record<string, string | undefined>>,
  repo: string,
  readOrigin: (contentRoot: string) => string | undefined = archiveOrigin,
): Settings {
  const contentLabel = env['ARCHIVE_CONTENT'] ?? 'content';
  const contentRoot = isAbsolute(contentLabel) ? contentLabel : resolve(repo, contentLabel);
  let site: string | undefined;
  return {
    base: env['ARCHIVE_BASE'] ?? '/',
    get site() {
      site ??= originFrom(env['ARCHIVE_SITE'], readOrigin(contentRoot), contentLabel);
      return site;
    },
    contentRoot,
    contentLabel,
    headers: parseHeaders(env['ARCHIVE_HEADERS']),
  };
}

let current: Settings | undefined;

/**
 * The settings of this process, from its environment and the folder it runs in (the repository): read
 * once, so the content collections, the archive's loading, the captures and the publication facts of one
 * build see one content tree and one origin.
 */
export function processSettings(): Settings {
  current ??= settingsFrom(process.env, process.cwd());
  return current;
}
