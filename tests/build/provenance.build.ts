/**
 * Provenance in a finished build (issue 12), checked with parsers and expectations that do not
 * come from the modules that wrote it: the capture bytes and hashes from content/sources and
 * node:crypto, the removals and paragraphs from the MDX files, the TEI through fast-xml-parser,
 * the registry's names through src/lib/content/mentions.ts (the matcher the actor pages use).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/lib/content/registry.ts';
import { readTree } from '../../src/lib/testing/content.ts';

const tree = readTree();
const sourcesDir = join(tree.root, 'sources');
import { base, distDir, read, settings } from './site-files.ts';

const { site } = settings;
const abs = (path: string) => new URL(base.replace(/\/$/, '') + path, site).href;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const entities: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
/** The text of an HTML fragment: tags dropped, character references decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e.startsWith('#x') || e.startsWith('#X')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (entities[e] ?? m),
    );

/** The registry: each entry's matcher key, its page and its TEI element. */
type Entry = { key: string; name: string; spellings: string[]; ref: string; element: string };
const registry: Entry[] = (['actors', 'places'] as const).flatMap((collection) =>
  tree[collection].map(({ id, data: d }) => {
    const type = 'type' in d ? d.type : undefined;
    const element = collection === 'places' || type === 'state' ? 'placeName' : type === 'person' ? 'persName' : 'orgName';
    return { key: `${collection}/${id}`, name: d.name, spellings: d.spellings, ref: abs(`/${collection}/${id}/`), element };
  }),
);
const byKey = new Map(registry.map((e) => [e.key, e]));
const matcher = compileMatcher(registry.map((e) => ({ id: e.key, name: e.name, spellings: e.spellings })));

type XNode = Record<string, unknown>;
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false });
const nameOf = (n: XNode) => Object.keys(n).find((k) => k !== ':@') ?? '';
const attrs = (n: XNode) => (n[':@'] ?? {}) as Record<string, string>;
const kids = (n: XNode) => (Array.isArray(n[nameOf(n)]) ? (n[nameOf(n)] as XNode[]) : []);
const xmlText = (n: XNode): string =>
  nameOf(n) === '#text' ? String(n['#text']) : nameOf(n) === 'lb' ? '\n' : kids(n).map(xmlText).join('');
function findAll(nodes: XNode[], name: string): XNode[] {
  return nodes.flatMap((n) => [...(nameOf(n) === name ? [n] : []), ...findAll(kids(n), name)]);
}

describe.each(tree.articles.map((a) => [a.data.slug, a] as const))('article %s', (slug, a) => {
  const bytes = new Uint8Array(readFileSync(join(sourcesDir, a.data.source.file)));
  const raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const hash = a.data.source.sha256 as string;
  const copy = read(`/articles/${slug}/source/index.html`);
  const page = read(`/articles/${slug}/index.html`);
  const removed = a.data.removed as Array<{ text: string }>;

  it('serves the capture byte for byte at source.txt, with the recorded SHA-256', () => {
    const served = new Uint8Array(readFileSync(join(distDir, 'articles', slug, 'source.txt')));
    expect(Buffer.from(served).equals(Buffer.from(bytes))).toBe(true);
    expect(sha256(served)).toBe(hash);
  });

  it('shows every line of the capture on the collected-copy page, in order, exactly', () => {
    const lines = [...copy.matchAll(/<span class="cl-text"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => textOf(m[1] ?? ''));
    expect(lines).toEqual(raw.split('\n'));
  });

  it('marks every removal exactly once, with its text and reason', () => {
    removed.forEach((r, i) => {
      const n = i + 1;
      expect(copy.match(new RegExp(`<del id="removed-${n}"`, 'g')), `removal ${n}`).toHaveLength(1);
      const parts = [...copy.matchAll(new RegExp(`<del[^>]* data-removal="${n}"[^>]*>([\\s\\S]*?)</del>`, 'g'))].map((m) =>
        textOf(m[1] ?? ''),
      );
      expect(parts.join('\n')).toBe(r.text);
      expect(copy).toContain(`id="removed-${n}-note"`);
    });
    expect(copy.match(/<del id="removed-/g)?.length ?? 0).toBe(removed.length);
  });

  it('numbers each archived paragraph once in the margin, linking to it', () => {
    const margin = [...copy.matchAll(/<span class="cl-pn"[^>]*>([\s\S]*?)<\/span>/g)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/href="([^"]+)"/g)].map((h) => h[1]),
    );
    expect(margin).toEqual(a.body.paragraphs.map((p) => `${base}articles/${slug}/#p${p.n}`));
  });

  it('shows the SHA-256 on both pages, and the article links to the collected copy and the TEI', () => {
    expect(copy).toContain(hash);
    expect(page).toContain(hash);
    expect(page).toMatch(new RegExp(`<a href="${base}articles/${slug}/source/">Compare with the collected copy</a>`));
    expect(page).toContain(`href="${base}articles/${slug}/tei.xml"`);
  });

  it('puts a Wayback Machine look-up, at the publication date, beside each external address', () => {
    const p = a.data.published as { date?: string; from?: string };
    const stamp = (p.date ?? p.from ?? '').replaceAll('-', '');
    const urls = [a.data.outlet.url, a.data.collected.url, ...((a.data.links ?? []) as Array<{ url: string }>).map((l) => l.url)].filter(
      (u): u is string => typeof u === 'string',
    );
    expect(stamp).toMatch(/^\d{4}(\d{2}(\d{2})?)?$/);
    for (const u of urls)
      expect(page.replaceAll('&amp;', '&')).toContain(
        `href="https://web.archive.org/web/${stamp}/${u}" rel="nofollow">find archived copies near `,
      );
  });

  it('carries Dublin Core tags that agree with the frontmatter', () => {
    expect(page).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
    const dc = (name: string) =>
      [...page.matchAll(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`, 'g'))].map((m) => textOf(m[1] ?? ''));
    expect(dc('DC.title')).toEqual([a.data.title]);
    expect(dc('DC.creator')).toEqual((a.data.authors as Array<{ name: string }>).map((x) => x.name));
    expect(dc('DC.identifier')).toEqual([abs(`/articles/${slug}/`)]);
    expect(dc('DC.language')).toEqual([a.data.language.archived]);
    const p = a.data.published as { date?: string; approximate?: boolean };
    if (p.date !== undefined && p.approximate !== true) expect(dc('DC.date')).toEqual([p.date]);
  });

  describe('TEI', () => {
    const xml = read(`/articles/${slug}/tei.xml`);
    const doc = ordered.parse(xml) as XNode[];
    const tei = doc.find((n) => nameOf(n) === 'TEI') as XNode;
    const body = findAll([tei], 'body')[0] as XNode;
    const teiParas = findAll([body], 'p');

    it('is well-formed, in the TEI namespace, with the capture hash', () => {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(attrs(tei)['@_xmlns']).toBe('http://www.tei-c.org/ns/1.0');
      expect(findAll([tei], 'idno').some((n) => attrs(n)['@_type'] === 'sha256' && xmlText(n) === hash)).toBe(true);
      expect(findAll(findAll([tei], 'editorialDecl'), 'del').map(xmlText)).toEqual(removed.map((r) => r.text));
    });

    it('has the same paragraphs as the article page', () => {
      const htmlParas = [...page.matchAll(/<p class="para" id="p(\d+)"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => ({
        n: m[1],
        text: textOf(
          (m[2] ?? '')
            .replace(/<span class="pn"[^>]*>[\s\S]*?<\/span>/, '')
            .replace(/<a class="plink"[\s\S]*?<\/a>/, '')
            .replace(/<br\s*\/?>/g, '\n'),
        ),
      }));
      expect(teiParas.map((p) => ({ n: attrs(p)['@_n'], id: attrs(p)['@_xml:id'] }))).toEqual(
        htmlParas.map((p) => ({ n: p.n, id: `p${p.n}` })),
      );
      expect(teiParas.map(xmlText)).toEqual(htmlParas.map((p) => p.text));
    });

    it('marks each registry name the mention finder finds, with its element and ref', () => {
      for (const p of teiParas) {
        const marked = kids(p)
          .filter((k) => ['persName', 'placeName', 'orgName'].includes(nameOf(k)))
          .map((k) => ({ element: nameOf(k), ref: attrs(k)['@_ref'], text: xmlText(k) }));
        const expected = matcher(xmlText(p)).map((m) => ({ element: byKey.get(m.id)?.element, ref: byKey.get(m.id)?.ref, text: m.text }));
        expect(marked, `paragraph ${attrs(p)['@_n']}`).toEqual(expected);
      }
      expect(teiParas.flatMap((p) => kids(p).filter((k) => nameOf(k).endsWith('Name'))).length).toBeGreaterThan(0);
    });
  });
});

describe('the data package lists the captures and TEI files with their hashes', () => {
  const dp = JSON.parse(read('/data/datapackage.json')) as {
    profile: string;
    resources: Array<{ name: string; path: string; bytes?: number; hash?: string }>;
  };
  const articles = tree.articles;
  it.each(articles.map((a) => [a.data.slug]))('%s', (slug) => {
    for (const [suffix, file] of [
      ['capture', 'source.txt'],
      ['tei', 'tei.xml'],
    ] as const) {
      const r = dp.resources.find((x) => x.name === `${slug}-${suffix}`);
      const built = new Uint8Array(readFileSync(join(distDir, 'articles', slug, file)));
      expect(r?.path).toBe(abs(`/articles/${slug}/${file}`));
      expect(r?.hash).toBe(`sha256:${sha256(built)}`);
      expect(r?.bytes).toBe(built.length);
    }
  });
});
