/**
 * The build's settings, from the environment, for the Astro config (astro.config.mjs) and the
 * steps that finish a build after Astro (scripts/finish-build.ts), so both agree:
 *
 * - ARCHIVE_BASE moves the whole archive under a base path (for a shared host), e.g. `/archive/`;
 *   every internal link goes through src/lib/site/urls.ts, which reads the same value from Astro;
 * - ARCHIVE_SITE is the origin of the archive's absolute addresses (citations, feeds, sitemap);
 * - ARCHIVE_CONTENT is the content tree to build (the benchmark's corpora, the error fixtures).
 */
import { isAbsolute, resolve } from 'node:path';

/** What a build is configured with. */
export interface Settings {
  /** The base path, with a slash at each end (`/` at the root). */
  readonly base: string;
  /** The site's origin, for absolute addresses. */
  readonly site: string;
  /** The content tree's folder, absolute. */
  readonly contentRoot: string;
  /** The content tree as given, for messages (`content` unless ARCHIVE_CONTENT names another). */
  readonly contentLabel: string;
}

/** The settings from `env`, with relative paths resolved against the repository's folder `repo`. */
export function settingsFrom(env: Readonly<Record<string, string | undefined>>, repo: string): Settings {
  const contentLabel = env['ARCHIVE_CONTENT'] ?? 'content';
  return {
    base: env['ARCHIVE_BASE'] ?? '/',
    site: env['ARCHIVE_SITE'] ?? 'https://kz-ru-archive.example.org',
    contentRoot: isAbsolute(contentLabel) ? contentLabel : resolve(repo, contentLabel),
    contentLabel,
  };
}
