/**
 * Which kinds of page exist in every interface language, declared once: the layout reads it for each
 * page's alternates and language switcher, and for where its own links lead (a link on a Russian page goes
 * to the Russian copy when there is one, else to the English page); the build test checks that every
 * page of a kind listed here was built under /ru/ and /kk/. A kind is listed when all its strings are in
 * the dictionaries (tests/i18n/interface-strings.test.ts scans its files).
 */
import { DEFAULT_LANG, LANGS, type Lang } from './langs.ts';
import { localized, unlocalized } from './paths.ts';

/** A kind of page built in every language: its name and whether an English path (no fragment, no query) is of it. */
export interface LanguageKind {
  readonly kind: string;
  readonly matches: (path: string) => boolean;
}

export const LANGUAGE_KINDS: readonly LanguageKind[] = [
  { kind: 'home', matches: (p) => p === '/' },
  { kind: 'browse', matches: (p) => p.startsWith('/browse/') },
  { kind: 'not-found', matches: (p) => p === '/404/' },
  { kind: 'search', matches: (p) => p === '/search/' },
  // The archive's own MDX pages (/about/, /about/method/…) and the editions changelog; the removed texts are a kind of their own.
  { kind: 'about', matches: (p) => /^\/about\/(?:[a-z-]+\/)?$/.test(p) && !p.startsWith('/about/removed/') },
  { kind: 'removed', matches: (p) => /^\/about\/removed\/(?:\d+\/)?$/.test(p) },
  { kind: 'timeline', matches: (p) => p.startsWith('/timeline/') },
  { kind: 'actors-index', matches: (p) => p === '/actors/' },
  { kind: 'places-index', matches: (p) => p === '/places/' },
  { kind: 'data', matches: (p) => p === '/data/' },
  // An article's page, not its collected copy (/articles/<slug>/source/) or downloads, which are sources and exist once.
  { kind: 'article', matches: (p) => /^\/articles\/[^/]+\/$/.test(p) },
  { kind: 'event', matches: (p) => /^\/events\/[^/]+\/$/.test(p) },
  { kind: 'actor', matches: (p) => /^\/actors\/[^/]+\/$/.test(p) },
  { kind: 'place', matches: (p) => /^\/places\/[^/]+\/$/.test(p) },
  // An actor's or a place's full list of articles or events, made when it is longer than the entry page's preview.
  { kind: 'actor-list', matches: (p) => /^\/actors\/[^/]+\/(?:articles|events)\/(?:\d+\/)?$/.test(p) },
  { kind: 'place-list', matches: (p) => /^\/places\/[^/]+\/(?:articles|events)\/(?:\d+\/)?$/.test(p) },
];

/** The English path without its fragment and query. */
const bare = (path: string) => path.replace(/[?#].*$/, '');

/** The languages a page (by its path in any language) exists in: all of them for a kind listed above, else English. */
export function languagesOf(path: string, kinds: readonly LanguageKind[] = LANGUAGE_KINDS): readonly Lang[] {
  const english = bare(unlocalized(path).path);
  return kinds.some((k) => k.matches(english)) ? LANGS : [DEFAULT_LANG];
}

/** Where a link from a page in `lang` to the English `path` leads: its copy in `lang` if there is one, else the English page. */
export function linkIn(path: string, lang: Lang, kinds: readonly LanguageKind[] = LANGUAGE_KINDS): string {
  return languagesOf(path, kinds).includes(lang) ? localized(path, lang) : path;
}
