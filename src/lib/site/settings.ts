/**
 * The build's settings, from the environment, for the Astro config (astro.config.mjs) and the
 * steps that finish a build after Astro (scripts/finish-build.ts), so both agree:
 *
 * - ARCHIVE_BASE moves the whole archive under a base path (for a shared host), e.g. `/archive/`;
 *   every internal link goes through src/lib/site/urls.ts, which reads the same value from Astro;
 * - ARCHIVE_SITE is the origin of the archive's absolute addresses (citations, feeds, sitemap); without
 *   it, the `origin` of the content tree's `archive.yaml`; with neither, reading `site` throws
 *   {@link MissingOrigin}, since any default would be an address that never resolves;
 * - ARCHIVE_CONTENT is the content tree to build (the benchmark's corpora, the error fixtures).
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
  };
}
