/**
 * The archive as a publication in a finished build: no reserved example domain anywhere; the rights
 * statement, licence, editors and contact on the site, in the data package and in every TEI file; the
 * MDX pages with their archive components; the archive's citation by edition; Dataset JSON-LD.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readPublication } from '../../src/lib/content/publication.ts';
import { isReservedHost } from '../../src/lib/site/settings.ts';
import { readTree } from '../../src/lib/testing/content.ts';
import { base, brokenReason, distDir, files, linksIn, read, settings } from './site-files.ts';

const tree = readTree();
const { archive, editions } = readPublication(settings.contentRoot);
const facts = archive!;
const current = editions.at(-1)!;
const abs = (path: string) => new URL(base.replace(/\/$/, '') + path, settings.site).href;
const pages = files().filter((f) => f.endsWith('.html'));
/** What a reader reads of a page: its text without tags, entities decoded where they matter here. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('addresses', () => {
  it('no built file names a host reserved for examples or tests', () => {
    const reserved: string[] = [];
    for (const f of files()) {
      if (/\.(png|svg|wasm|pf_\w+|ico)$/.test(f) || f.includes('/pagefind/')) continue;
      const bytes = readFileSync(join(distDir, f));
      const text = (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) if (isReservedHost(m[1]!.toLowerCase())) reserved.push(`${f}: ${m[0]}`);
      if (/\bexample\.(org|com|net)\b/i.test(text)) reserved.push(`${f}: an example.* name`);
    }
    expect(reserved).toEqual([]);
  });
});

describe('rights, licence, editors and contact', () => {
  it('every page links the rights page, the requests, the licence and the edition from its footer', () => {
    for (const page of pages.filter((p) => !p.includes('/pagefind/'))) {
      const html = read(page);
      if (/http-equiv="refresh"/.test(html)) continue; // A moved page's forwarding page.
      const footer = html.slice(html.indexOf('<footer'));
      // A page in Russian or Kazakh links the copies in its language (src/lib/i18n/page-languages.ts).
      const lang = /^\/(ru|kk)\//.exec(page)?.[1];
      const at = `${base}${lang === undefined ? '' : `${lang}/`}`;
      expect(footer, page).toContain(`href="${at}about/rights/"`);
      expect(footer, page).toContain(`href="${at}about/rights/#requests"`);
      expect(footer, page).toMatch(new RegExp(`rel="license">${facts.license}<`));
      expect(footer, page).toContain(`href="${at}about/editions/#edition-${current.edition}"`);
    }
  });

  it('the rights page states the basis, the takedown, the licence, the editors and the contact', () => {
    const html = read('/about/rights/index.html');
    const text = textOf(html);
    for (const fact of [facts.rights, facts.takedown, facts.contact.note, facts.publisher, ...facts.editors.map((e) => e.name)]) {
      expect(text).toContain(fact.replace(/\s+/g, ' '));
    }
    expect(html).toContain('id="requests"');
    expect(html).toContain(`href="https://spdx.org/licenses/${facts.license}.html"`);
    // A contact on this site (while the owners name no mailbox) is a section that exists.
    if (facts.contact.target.startsWith('/'))
      expect(brokenReason('/about/rights/', `${base}${facts.contact.target.slice(1)}`)).toBeUndefined();
  });

  it('the data package carries the licence, contributors, version and rights statement', () => {
    const dp = JSON.parse(read('/data/datapackage.json')) as Record<string, any>;
    expect(dp['version']).toBe(String(current.edition));
    expect(dp['licenses']).toEqual([
      expect.objectContaining({ name: facts.license, path: `https://spdx.org/licenses/${facts.license}.html` }),
    ]);
    expect(dp['contributors'].map((c: { title: string }) => c.title)).toEqual([...facts.editors.map((e) => e.name), facts.publisher]);
    expect(dp['description']).toContain(facts.rights);
    expect(dp['description']).toContain(facts.takedown);
  });

  const parser = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['respStmt', 'p'].includes(n) });
  it.each(tree.articles.map((a) => [a.data.slug]))('the TEI of %s states the licence, rights, editors, edition and date', (slug) => {
    const header = (parser.parse(read(`/articles/${slug}/tei.xml`)) as Record<string, any>)['TEI'].teiHeader.fileDesc;
    expect(header.titleStmt.respStmt.map((r: Record<string, string>) => r['orgName'] ?? r['persName'])).toEqual(
      facts.editors.map((e) => e.name),
    );
    expect(header.editionStmt.edition['@_n']).toBe(String(current.edition));
    const stmt = header.publicationStmt;
    expect(stmt.date['@_when']).toBe(current.date);
    expect(stmt.availability.licence['@_target']).toBe(`https://spdx.org/licenses/${facts.license}.html`);
    expect(stmt.availability.p[0]).toBe(facts.rights);
    expect(stmt.availability.p[1].ref['@_target']).toBe(abs('/about/rights/#requests'));
  });
});

describe('the MDX pages', () => {
  it.each(['/about/', '/about/method/', '/about/rights/', '/about/cite/', '/about/editions/'])(
    '%s is built, and its links resolve',
    (path) => {
      const html = read(`${path}index.html`);
      expect(html).toContain('<h1>');
      const broken = linksIn(html).flatMap((l) => {
        const why = brokenReason(path, l);
        return why === undefined ? [] : [`${l}: ${why}`];
      });
      expect(broken).toEqual([]);
    },
  );

  it('counts the entries and names the current edition from the content', () => {
    const text = textOf(read('/about/index.html'));
    expect(text).toContain(`${tree.articles.length} articles and ${tree.events.length} events`);
    expect(text).toContain(`edition ${current.edition} of`);
  });

  it('links the paragraph the method page names, and that paragraph exists', () => {
    const html = read('/about/method/index.html');
    expect(html).toContain(`href="${base}articles/russia-has-no-allies-bezpalko-says/#p8"`);
    expect(brokenReason('/about/method/', `${base}articles/russia-has-no-allies-bezpalko-says/#p8`)).toBeUndefined();
  });
});

describe('citing the archive', () => {
  it('gives the citation by edition on the How to cite page, in Chicago and APA', () => {
    const text = textOf(read('/about/cite/index.html'));
    expect(text).toContain(`Edition ${current.edition}. ${facts.publisher}`);
    expect(text).toContain(`(Version ${current.edition})`);
  });

  it.each(['archive.bib', 'archive.ris', 'archive.json'])('/about/cite/%s reads back with the edition', (file) => {
    const [item] = new Cite(read(`/about/cite/${file}`)).data as Array<Record<string, unknown>>;
    expect(item?.['title']).toBe(facts.title);
    expect(String(item?.['version'] ?? item?.['edition'])).toBe(String(current.edition));
  });

  it.each(['/index.html', '/data/index.html'])('%s carries schema.org Dataset JSON-LD with licence, version and editors', (page) => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read(page))?.[1];
    const ld = JSON.parse(json ?? '{}') as Record<string, any>;
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      version: String(current.edition),
      dateModified: current.date,
      license: `https://spdx.org/licenses/${facts.license}.html`,
      publisher: { name: facts.publisher },
    });
    expect(ld['editor'].map((e: { name: string }) => e.name)).toEqual(facts.editors.map((e) => e.name));
  });
});
