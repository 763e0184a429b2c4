import { describe, expect, it } from 'vitest';
import { dublinCoreTags } from './dublin-core.ts';
import { exactDate, highwireDate, highwireTags, jsonLd, jsonLdScript, type MetaTag } from './meta.ts';
import { citationInputs, readTree } from '../testing/content.ts';

const tree = readTree();
const page = { description: 'A description', siteName: 'Kazakhstan–Russia Archive', siteUrl: 'https://archive.test/' };
const inputFor = citationInputs(tree);
const values = (tags: MetaTag[], key: string) => tags.filter((t) => ('name' in t ? t.name : t.property) === key).map((t) => t.content);

describe('highwireDate', () => {
  it('keeps the known precision and gives a span only what both ends share', () => {
    expect(highwireDate({ date: '2021-03-06' })).toBe('2021/03/06');
    expect(highwireDate({ date: '2019-03' })).toBe('2019/03');
    expect(highwireDate({ from: '2022-06', to: '2022-07', approximate: true })).toBe('2022');
    expect(highwireDate({ from: '2022-09-13', to: '2022-09-15' })).toBe('2022/09');
    expect(highwireDate({ date: '2022-06-17', approximate: true })).toBe('2022');
  });
});

describe('Highwire tags', () => {
  it('a signed, exactly dated post', () => {
    const tags = highwireTags(inputFor('russia-has-no-allies-bezpalko-says'));
    expect(values(tags, 'citation_title')).toEqual(['‘Russia has No Allies’ and Must Stop Supporting Those Who Aren’t, Bezpalko Says']);
    expect(values(tags, 'citation_author')).toEqual(['Goble, Paul']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2021/03/06']);
    expect(values(tags, 'prism.publicationName')).toEqual(['Window on Eurasia']);
    expect(values(tags, 'citation_public_url')).toEqual(['https://archive.test/articles/russia-has-no-allies-bezpalko-says/']);
  });
  it('an unsigned newsletter has no author tag and names its publisher', () => {
    const tags = highwireTags(inputFor('kazakhstan-terrorists-to-be-shot-on-sight'));
    expect(values(tags, 'citation_author')).toEqual([]);
    expect(values(tags, 'prism.publicationName')).toEqual(['The Real Russia. Today.']);
    expect(values(tags, 'citation_publisher')).toEqual(['Meduza (English edition)']);
  });
  it('an approximate span is dated only by its year', () => {
    const tags = highwireTags(inputFor('is-kazakhstan-moving-away-from-russia'));
    expect(values(tags, 'citation_publication_date')).toEqual(['2022']);
    expect(values(tags, 'citation_author')).toEqual(['Jasem, Basel Hajj']);
  });
});

/**
 * What Zotero's Embedded Metadata translator keys the item type on (zotero/translators,
 * "Embedded Metadata.js", init(): `citation_journal_title` sets `hwType = "journalArticle"`, which
 * overrides every other type; RDF.js, detectType(): `dc:type` "blogPost", an existing Zotero type,
 * gives a blog post, "News Item" (lower-cased, spaces removed: "newsitem") a newspaper article;
 * RDF.js, importItem: `prism:publicationName` is read as the publication's title before `dc:source`).
 */
describe('the tags Zotero reads the type and the outlet from', () => {
  const all = (slug: string) => [...highwireTags(inputFor(slug)), ...dublinCoreTags(inputFor(slug))];
  const cases = [
    ['russia-has-no-allies-bezpalko-says', 'blogPost', 'Window on Eurasia'],
    ['moscow-warning-post-soviet-states-about-belarus', 'blogPost', 'Window on Eurasia'],
    ['kazakhs-fear-becoming-imperial-target-of-moscow', 'newsitem', 'AsiaNews'],
    ['kazakhstan-terrorists-to-be-shot-on-sight', 'newsitem', 'The Real Russia. Today.'],
    ['is-kazakhstan-moving-away-from-russia', 'newsitem', 'Al Araby Al Jadeed'],
  ] as const;
  it.each(cases)('%s', (slug, zoteroReads, outlet) => {
    const tags = all(slug);
    expect(tags.some((t) => 'name' in t && t.name.endsWith('citation_journal_title'))).toBe(false);
    // Exactly one DC.type: detectType reads only the first.
    const dcTypes = values(tags, 'DC.type');
    expect(dcTypes).toHaveLength(1);
    expect(zoteroReads === 'blogPost' ? dcTypes[0] : dcTypes[0]?.toLowerCase().replace(/\s/g, '')).toBe(zoteroReads);
    expect(values(tags, 'prism.publicationName')).toEqual([outlet]);
  });
});

describe('JSON-LD and social tags', () => {
  it('points isBasedOn at the original when it is known', () => {
    const ld = jsonLd(inputFor('kazakhs-fear-becoming-imperial-target-of-moscow'), page);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['isBasedOn']).toBe('https://www.asianews.it/news-en/Kazakhs-fear-becoming-a-new-imperial-target-of-Moscow-57406.html');
    expect(ld['datePublished']).toBe('2022-12-28');
    expect(ld['author']).toEqual([{ '@type': 'Person', name: 'Vladimir Rozanskij' }]);
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: 'AsiaNews' });
  });
  it('falls back to the collected copy, and gives no datePublished for an approximate span', () => {
    const input = inputFor('is-kazakhstan-moving-away-from-russia');
    const ld = jsonLd(input, page);
    expect(ld['isBasedOn']).toBe('https://vpk.name/en/614137_central-asia-has-become-an-arena-of-confrontation-between-world-powers.html');
    expect(ld).not.toHaveProperty('datePublished');
    expect(exactDate(input.published)).toBeUndefined();
  });
  it('an unsigned piece with no known copy has no author and no isBasedOn', () => {
    const ld = jsonLd(inputFor('kazakhstan-terrorists-to-be-shot-on-sight'), page);
    expect(ld).not.toHaveProperty('author');
    expect(ld).not.toHaveProperty('isBasedOn');
  });
  it('a blog post is a BlogPosting that is part of a Blog', () => {
    const ld = jsonLd(inputFor('moscow-warning-post-soviet-states-about-belarus'), page);
    expect(ld['@type']).toBe('BlogPosting');
    expect(ld['isPartOf']).toEqual({ '@type': 'Blog', name: 'Window on Eurasia' });
  });
  it('serialises safely inside a script element and round-trips', () => {
    const ld = { name: '</script><script>alert(1)</script>' };
    const text = jsonLdScript(ld);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual(ld);
  });
  it('gives a published time for an exact day only', () => {
    expect(exactDate(inputFor('moscow-warning-post-soviet-states-about-belarus').published)).toBe('2020-08-29');
  });
});
