/**
 * The archive's URL scheme, in one place. Every internal link is built here so that the whole site
 * moves under a base path (`/archive/` on a shared host) by one setting, and so that the scheme
 * documented in the README is the one the code follows:
 *
 * - `/articles/<slug>/` an article; `/articles/<slug>/#p3` its third paragraph
 * - `/actors/` and `/actors/<id>/`, `/places/` and `/places/<id>/`, `/events/<id>/`
 * - `/timeline/`, `/timeline/<year>/`
 * - `/search/?q=…`, `/about/` (and `/about/method/`, `/rights/`, `/cite/`, `/editions/`), `/data/`
 * - `/articles/<slug>/cite.bib`, `cite.ris`, `cite.json` (CSL-JSON): one article's citation
 * - `/articles/<slug>/source/` the collected copy, marked; `source.txt` the capture; `tei.xml` TEI P5
 * - `/feed.xml` (Atom), `/sitemap.xml`, `/data/<name>.json|.csv`, `/data/datapackage.json`
 * - a page that moves keeps its old path as a redirect (`content/redirects.yaml`)
 *
 * Slugs and ids are fixed in the content, so editing a title never moves a page.
 */

/** Joins the site's base path and a root-relative path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The paths of the archive's pages, before the base path is added. */
export const paths = {
  home: () => '/',
  about: () => '/about/',
  /** The archive's own pages in MDX (content/pages/<name>.mdx), under /about/. */
  aboutPage: (name: string) => `/about/${name}/`,
  method: () => '/about/method/',
  rights: () => '/about/rights/',
  /** Where corrections and takedown requests are explained, on the rights page. */
  requests: () => '/about/rights/#requests',
  howToCite: () => '/about/cite/',
  editions: () => '/about/editions/',
  edition: (n: number) => `/about/editions/#edition-${n}`,
  /** The archive's own citation as a file: `archive.bib`, `archive.ris`, `archive.json`. */
  archiveCitation: (file: string) => `/about/cite/${file}`,
  search: () => '/search/',
  /** The folder of the typo vocabulary the search page fetches when a word finds nothing (src/pages/search/vocabulary/). */
  searchVocabulary: () => '/search/vocabulary/',
  data: () => '/data/',
  timeline: () => '/timeline/',
  timelineYear: (year: number | string) => `/timeline/${year}/`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  places: () => '/places/',
  place: (id: string) => `/places/${id}/`,
  event: (id: string) => `/events/${id}/`,
  article: (slug: string) => `/articles/${slug}/`,
  paragraph: (slug: string, n: number) => `/articles/${slug}/#p${n}`,
  /** Any anchored passage of an article: `p4`, `standfirst`, `dateline`. */
  passage: (slug: string, anchor: string) => `/articles/${slug}/#${anchor}`,
  citation: (slug: string, format: 'bib' | 'ris' | 'json') => `/articles/${slug}/cite.${format}`,
  /** The collected copy with its removals and errors marked, and the capture itself, byte for byte. */
  collectedCopy: (slug: string) => `/articles/${slug}/source/`,
  captureFile: (slug: string) => `/articles/${slug}/source.txt`,
  citeTemplates: (slug: string) => `/articles/${slug}/cite-templates.json`,
  tei: (slug: string) => `/articles/${slug}/tei.xml`,
  /** Link-preview images (src/postbuild/previews.ts): an article's, an event's, and every other page's. */
  articlePreview: (slug: string) => `/articles/${slug}/preview.png`,
  eventPreview: (id: string) => `/events/${id}/preview.png`,
  defaultPreview: () => '/preview.png',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
  dataFile: (file: string) => `/data/${file}`,
} as const;

/**
 * Builds a link with the configured base. Pages pass `import.meta.env.BASE_URL`; keeping the base
 * an argument keeps this module free of Astro and testable.
 */
export function href(base: string, path: string): string {
  return withBase(base, path);
}

/** An absolute URL for feeds, citations and canonical links, from the configured `site`. */
export function absolute(site: URL | string | undefined, base: string, path: string): string {
  if (site === undefined) throw new Error('astro.config.mjs must set `site` for absolute URLs (canonical links, feeds, citations)');
  return new URL(withBase(base, path), site).href;
}
