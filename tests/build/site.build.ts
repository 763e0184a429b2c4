/**
 * Checks a finished build (dist/, or DIST_DIR with ARCHIVE_BASE for the base-path build) with
 * parsers that are not the ones that wrote it: fast-xml-parser for the feed and sitemap,
 * citation-js for the BibTeX, RIS and CSL-JSON downloads, JSON.parse for JSON-LD and the data
 * files. Expected values come from the content itself, through the one reader
 * (`src/lib/content/read.ts`), not from the modules that wrote the files under test. Run after a build: `npm run test:build`.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/lib/pagefind/meta.ts';
import { FacetTable } from '../../src/lib/search/facets.ts';
import { isTaggedResult, resultKey } from '../../src/lib/search/result-ids.ts';
import { monthText, spanOfKey } from '../../src/lib/search/chronology.ts';
import { dateStarts, readTree } from '../../src/lib/testing/content.ts';
import { base, brokenReason, distDir, files, linksIn, pagePath, read, settings } from './site-files.ts';

const { site } = settings;
const abs = (path: string) => new URL(base.replace(/\/$/, '') + path, site).href;
const tree = readTree();
const outlets = new Map(tree.outlets.map((o) => [o.id, o.data]));
const outlet = (id: string) => {
  const o = outlets.get(id);
  if (o === undefined) throw new Error(`no outlet ${id}`);
  return o;
};
const articles = tree.articles.map((a) => a.data);
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'url', 'author'].includes(name) });
const htmlFiles = files().filter((f) => f.endsWith('.html'));

/** name → contents of every <meta name=…> of a page. */
function metaTags(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) {
    const key = m[1] ?? '';
    out.set(key, [...(out.get(key) ?? []), decode(m[2] ?? '')]);
  }
  return out;
}

/** "Paul Goble" → "Goble, Paul": the convention Highwire readers take. */
const inverted = (name: string) => name.replace(/^(.*) (\S+)$/, '$2, $1');

describe.each(articles.map((a) => [a.slug, a] as const))('article %s', (slug, a) => {
  const page = `/articles/${slug}/`;
  const html = read(`${page}index.html`);
  const url = abs(page);
  const original = outlet(a.outlet.id);
  const container = a.type === 'newsletter-issue' && a.series ? a.series.name : original.name;
  const authors: string[] = a.authors.map((x: { name: string }) => x.name);
  const published = a.published;

  it('has citation_* tags that match the frontmatter', () => {
    const tags = metaTags(html);
    expect(tags.get('citation_title')).toEqual([a.title]);
    expect(tags.get('citation_author') ?? []).toEqual(authors.map(inverted));
    const date =
      published.date !== undefined && !published.approximate
        ? published.date.replaceAll('-', '/')
        : String(published.from ?? published.date).slice(0, 4);
    expect(tags.get('citation_publication_date')).toEqual([date]);
    // Not a journal: Zotero's Embedded Metadata would save a journal article whatever else the page says.
    expect(tags.has('citation_journal_title')).toBe(false);
    expect(tags.get('prism.publicationName')).toEqual([container]);
    // The type Zotero reads (RDF.js, detectType: dc:type "newsitem" once lower-cased, or a Zotero type name).
    expect(tags.get('DC.type')).toEqual([a.type === 'blog-post' ? 'blogPost' : 'News Item']);
    expect(tags.get('citation_language')).toEqual([a.language.archived]);
    expect(tags.get('citation_public_url')).toEqual([url]);
    expect(tags.get('og:url')).toEqual([url]);
    // Every citation_* tag is one of those checked above or citation_publisher.
    const names = [...tags.keys()].filter((k) => k.startsWith('citation_')).sort();
    expect(names).toEqual(
      [
        'citation_language',
        'citation_public_url',
        'citation_publication_date',
        'citation_publisher',
        'citation_title',
        ...(authors.length ? ['citation_author'] : []),
      ].sort(),
    );
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
  });

  it('has JSON-LD that parses and agrees with the frontmatter', () => {
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]?.[1] ?? '') as Record<string, any>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe(a.type === 'blog-post' ? 'BlogPosting' : 'NewsArticle');
    expect(ld['headline']).toBe(a.title);
    expect(ld['url']).toBe(url);
    expect((ld['author'] ?? []).map((p: { name: string }) => p.name)).toEqual(authors);
    expect(ld['isBasedOn']).toBe(a.outlet.url ?? a.collected.url ?? undefined);
    if (published.date !== undefined && !published.approximate) expect(ld['datePublished']).toBe(published.date);
    else expect(ld).not.toHaveProperty('datePublished');
  });

  it('has BibTeX, RIS and CSL-JSON downloads that citation-js reads back', async () => {
    for (const ext of ['bib', 'ris', 'json']) {
      const text = read(`${page}cite.${ext}`);
      const data = (await Cite.async(text)).data as Record<string, any>[];
      expect(data, ext).toHaveLength(1);
      const item = data[0] ?? {};
      expect(item['title'], ext).toBe(a.title);
      expect(item['URL'], ext).toBe(url);
      expect(item['container-title'], ext).toBe(container);
      expect(item['issued']['date-parts'][0][0], ext).toBe(Number(String(published.date ?? published.from).slice(0, 4)));
      // A span's start month is never given as the date where only the span's year is shared.
      if (published.from !== undefined && ext !== 'json') expect(item['issued']['date-parts'][0], ext).toHaveLength(1);
      const names = item['author'] ?? item['reporter'] ?? [];
      const families = typeof names === 'string' ? [names.split(',')[0]] : names.map((n: { family: string }) => n.family);
      expect(families, ext).toEqual(authors.map((n) => n.split(' ').at(-1)));
    }
  });

  it('links the RIS, BibTeX, CSL-JSON and TEI files as alternates, with their media types', () => {
    const alternates = [...html.matchAll(/<link rel="alternate" type="([^"]+)"[^>]* href="([^"]+)"/g)].map((m) => [m[2], m[1]]);
    expect(alternates).toEqual(
      expect.arrayContaining([
        [`${base}articles/${slug}/cite.ris`, 'application/x-research-info-systems'],
        [`${base}articles/${slug}/cite.bib`, 'application/x-bibtex'],
        [`${base}articles/${slug}/cite.json`, 'application/vnd.citationstyles.csl+json'],
        [`${base}articles/${slug}/tei.xml`, 'application/tei+xml'],
      ]),
    );
    for (const [href] of alternates) expect(brokenReason(page, href ?? '')).toBeUndefined();
  });

  it('marks no byline when the piece is unsigned (Zotero would take an author from it)', () => {
    if (authors.length === 0) expect(html).not.toMatch(/class="[^"]*(byline|vcard)/);
    else expect(html).toMatch(/class="byline"/);
  });

  it('says when the copy was collected, and labels Wayback links as look-ups', () => {
    const collected = a.collected.date as { from?: string; date?: string } | undefined;
    expect(html.replace(/<[^>]*>/g, '')).toMatch(collected === undefined ? /Collected: unknown/ : /Collected: \S/);
    expect(html).toContain('find archived copies near ');
    expect(html).not.toContain('>archived copy');
  });

  it('offers the downloads and the three citation styles on the page', () => {
    for (const ext of ['bib', 'ris', 'json']) expect(html).toContain(`href="${base}articles/${slug}/cite.${ext}"`);
    for (const label of ['Chicago (note)', 'Chicago (bibliography)', 'APA 7', 'MLA 9'])
      expect(html).toMatch(new RegExp(`<dt[^>]*>${label.replace(/[()]/g, '\\$&')}</dt>`));
  });
});

describe('feed and sitemap', () => {
  it('feed.xml is valid Atom with one entry per article', () => {
    const text = read('/feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = feed.entry as Record<string, any>[];
    expect(entries.map((e) => e.id).sort()).toEqual(articles.map((a) => abs(`/articles/${a.slug}/`)).sort());
    for (const e of entries) {
      const a = articles.find((x) => abs(`/articles/${x.slug}/`) === e.id);
      expect(e.title).toBe(a?.title);
      const exact = a?.['published'].date !== undefined && !a?.['published'].approximate;
      expect(e.published).toBe(exact ? `${a?.['published'].date}T00:00:00Z` : undefined);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('sitemap.xml lists every HTML page except the 404 and redirects, each one built', () => {
    const text = read('/sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const locs = (xml.parse(text).urlset.url as { loc: string }[]).map((u) => u.loc);
    const pages = htmlFiles
      .filter((f) => !/^\/(?:ru\/|kk\/)?404/.test(f) && !read(f).includes('http-equiv="refresh"'))
      .map((f) => abs(pagePath(f)));
    expect([...locs].sort()).toEqual([...pages].sort());
    for (const a of articles) expect(locs).toContain(abs(`/articles/${a.slug}/`));
  });
});

describe('data downloads', () => {
  const dp = JSON.parse(read('/data/datapackage.json')) as {
    resources: { path: string; format: string; schema?: { fields: { name: string }[] } }[];
  };
  // The tables; the captures and TEI files are checked in tests/build/provenance.build.ts.
  const tables = dp.resources.flatMap((r) => (r.schema === undefined ? [] : [{ ...r, schema: r.schema }]));
  it.each(tables.map((r) => [r.path, r] as const))('%s matches its schema in datapackage.json', (path, r) => {
    const text = read(`/data/${path}`);
    const fields = r.schema.fields.map((f) => f.name);
    if (r.format === 'json') {
      const rows = JSON.parse(text) as Record<string, unknown>[];
      for (const row of rows) expect(Object.keys(row)).toEqual(fields);
      if (path === 'articles.json') expect(rows.map((x) => x.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
    } else {
      // The CSV starts with a UTF-8 byte order mark for spreadsheets (tests/build/data.build.ts).
      expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(fields.join(','));
    }
  });
});

describe('redirects and links', () => {
  it('an old address redirects to its new page with a canonical link', () => {
    const html = read('/articles/index.html');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}">`);
    expect(html).toContain(`<link rel="canonical" href="${abs('/')}">`);
  });

  it.each(htmlFiles.map((f) => [f]))('every internal link on %s resolves', (file) => {
    const from = pagePath(file);
    const broken = linksIn(read(file))
      .map((l) => [l, brokenReason(from, l)])
      .filter(([, why]) => why !== undefined);
    expect(broken).toEqual([]);
  });

  it('every paragraph anchor of every article resolves', () => {
    for (const a of tree.articles) {
      const html = read(`/articles/${a.data.slug}/index.html`);
      for (const p of a.body.paragraphs)
        expect(brokenReason(`/articles/${a.data.slug}/`, `#${p.id}`), `${a.data.slug}#${p.id}`).toBeUndefined();
      // One ¶ link per paragraph; the standfirst and dateline have their own (#standfirst, #dateline).
      expect(html.match(/class="plink" href="#p\d+"/g)?.length).toBe(a.body.paragraphs.length);
    }
  });
});

describe('search index input', () => {
  // src/postbuild/search-parts.ts gives Pagefind only {articles,actors,places,events}/*/index.html:
  // the index is complete only while no other page has content marked for search.
  it('only article, actor, place and event pages carry data-pagefind-body, and every article does', () => {
    const marked = htmlFiles.filter((f) => /\sdata-pagefind-body[\s>=]/.test(read(f)));
    expect(marked.filter((f) => !/^\/(articles|actors|places|events)\/[^/]+\/index\.html$/.test(f))).toEqual([]);
    for (const a of tree.articles) expect(marked).toContain(`/articles/${a.data.slug}/index.html`);
  });

  // src/components/SearchNames.astro: a search for any registered name or spelling of an event's
  // actors and places finds the event, as it finds the articles tagged with them.
  const registered = new Map(
    [...tree.actors, ...tree.places].map((e) => {
      const d = e.data as { name: string; spellings: string[]; names: Array<{ form: string }> };
      return [e.id, [d.name, ...d.spellings, ...d.names.map((n) => n.form)]] as const;
    }),
  );
  it.each(tree.events.map((e) => [e.id, e.data as { actors: string[]; places: string[] }] as const))(
    'event %s carries every name of its actors and places in its hidden search block, after its text',
    (id, data) => {
      const html = read(`/events/${id}/index.html`);
      const block = html.match(/<div hidden data-pagefind-body data-pagefind-weight="0.5">(.*?)<\/div>/s)?.[1] ?? '';
      const tagged = [...data.actors, ...data.places];
      expect(block === '').toBe(tagged.length === 0);
      // Forms that differ only in accents or punctuation ("Nūr-Sūltan", "Nur-Sultan") are one word to the index: listed once.
      const fold = (x: string) =>
        ` ${x
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()} `;
      const text = fold(decode(block.replace(/<[^>]+>/g, ' ')));
      for (const t of tagged)
        for (const form of registered.get(t) ?? [`(no entry ${t})`]) expect(text, `${id}: ${t}`).toContain(fold(form));
      expect(html.indexOf('class="prose" data-pagefind-body')).toBeLessThan(html.indexOf('data-pagefind-weight="0.5"'));
    },
  );
});

/** A fragment of the built index by its result id (`<build>/<number>`, src/lib/search/result-ids.ts). */
function fragmentOf(id: string) {
  const text = gunzipSync(readFileSync(join(distDir, 'pagefind', 'fragment', `${id}.pf_fragment`))).toString('utf8');
  return JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
}

describe('search result ids', () => {
  // src/lib/search/result-ids.ts: after Pagefind, the finishing step names every result
  // `<build>/<page number>` (`t` before the number of an actor, place or event page), moves its
  // fragment there and writes the metadata again under a name of its own hash.
  const folder = join(distDir, 'pagefind');
  const entry = JSON.parse(read('/pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string }> };
  const metaName = `pagefind.${entry.languages['en']?.hash}.pf_meta`;
  const metaBody = gunzipSync(readFileSync(join(folder, metaName)));
  const meta = readMeta(new Uint8Array(metaBody), metaName);
  const ids = meta.pages.map(([id]) => id);
  const build = ids[0]?.split('/')[0] ?? '';

  it('names each page by its number under one build folder, and nothing else is in the fragment folder', () => {
    expect(ids.length).toBeGreaterThan(0);
    ids.forEach((id, page) => expect(id).toMatch(new RegExp(`^${build}/t?${page.toString(16)}$`)));
    expect(readdirSync(join(folder, 'fragment'))).toEqual([build]);
    expect(readdirSync(join(folder, 'fragment', build)).sort()).toEqual(ids.map((id) => `${resultKey(id)}.pf_fragment`).sort());
  });

  it('marks exactly the actor, place and event pages', () => {
    for (const id of ids) expect(isTaggedResult(id), id).toBe(/\/(actors|places|events)\//.test(fragmentOf(id).url));
  });

  // src/lib/search/facets.ts: the search page counts its facets from pagefind/facets.txt.
  it('lists in the facet table every page’s filter values as its fragment has them, and nothing else', () => {
    const table = new FacetTable(read('/pagefind/facets.txt'));
    expect(table.build).toBe(build);
    expect(table.pageCount).toBe(ids.length);
    ids.forEach((id, page) => {
      const { filters } = fragmentOf(id);
      const counted = table.count([page], {}).counts;
      const listed = Object.fromEntries(
        Object.entries(counted)
          .map(
            ([facet, values]) =>
              [
                facet,
                Object.keys(values)
                  .filter((v) => values[v] === 1)
                  .sort(),
              ] as const,
          )
          .filter(([, values]) => values.length > 0),
      );
      const expected = Object.fromEntries(Object.entries(filters).map(([facet, values]) => [facet, [...new Set(values)].sort()]));
      expect(listed, id).toEqual(expected);
    });
  });

  it('names the metadata by a hash of its content, so that a cached copy is never stale', () => {
    const hash = createHash('sha256').update(metaBody.subarray('pagefind_dcd'.length)).digest('hex');
    expect(metaName).toBe(`pagefind.en_${hash.slice(0, 10)}.pf_meta`);
  });
});

describe('date order of search results', () => {
  // src/lib/search/dates.ts: the search page's "oldest first", "newest first" and its range of months
  // follow pagefind/date-order.txt, written after Pagefind: a line a dated result, its id's key and its months.
  const [build = ''] = readdirSync(join(distDir, 'pagefind', 'fragment'));
  const lines = read('/pagefind/date-order.txt')
    .split('\n')
    .filter((l) => l !== '');
  const listed = lines.map((line) => {
    const [id = '', months = ''] = line.split('\t');
    const fragment = fragmentOf(`${build}/${id}`);
    return { id, months, url: fragment.url, key: fragment.meta['datekey'] };
  });
  const starts = dateStarts(tree);
  const pathOf = (url: string) => url.replace(/^.*(\/(?:articles|events)\/)/, '$1');

  it('lists every article and event page once, and no other page', () => {
    expect(new Set(listed.map((l) => l.id)).size).toBe(lines.length);
    expect(listed.map((l) => pathOf(l.url)).sort()).toEqual([...starts.keys()].sort());
  });

  it('lists them oldest first, each by the start of its date as the content gives it', () => {
    const start = (l: (typeof listed)[number]) => (l.key ?? '').split('/')[0] ?? '';
    for (const l of listed) expect(start(l), l.url).toBe(starts.get(pathOf(l.url)));
    const keys = listed.map(start);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives each the months its date may fall in, as the timeline reads an imprecise date', () => {
    for (const l of listed) {
      const span = spanOfKey(l.key ?? '');
      const first = monthText(span.start).replace('-', '');
      expect(l.months, l.url).toBe(span.end > span.start ? `${first}+${span.end - span.start}` : first);
    }
  });
});

describe('preview cards', () => {
  /** A PNG's width and height, from its IHDR chunk. */
  const pngSize = (file: string): [number, number] => {
    const png = readFileSync(join(distDir, file));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };
  it.each(htmlFiles)('%s has Open Graph and Twitter tags, a one-line description within 200 characters, and a built image', (file) => {
    const html = read(file);
    if (/<meta http-equiv="refresh"/.test(html)) return;
    const tags = metaTags(html);
    for (const key of ['og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:title', 'twitter:image'])
      expect(tags.get(key), key).toHaveLength(1);
    const description = tags.get('og:description')?.[0] ?? '';
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).not.toMatch(/[\n\r]/);
    expect(tags.get('twitter:card')).toEqual(['summary_large_image']);
    const image = new URL(tags.get('og:image')?.[0] ?? '');
    expect(image.origin).toBe(new URL(site).origin);
    // An article's page in any language has the article's own card (it shows the archived title); an event's
    // card is drawn with its English title, so only the English event page has it, its copies the archive's.
    const own = file.match(/^\/(?:(?:ru|kk)\/(?=articles))?(articles|events)\/([^/]+)\/index\.html$/);
    expect(image.pathname).toBe(own ? `${base}${own[1]}/${own[2]}/preview.png` : `${base}preview.png`);
    expect(pngSize(image.pathname.slice(base.length - 1))).toEqual([1200, 630]);
    expect(tags.get('og:type')).toEqual([own?.[1] === 'articles' ? 'article' : 'website']);
  });
});
