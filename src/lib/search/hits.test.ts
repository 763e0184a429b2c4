import { describe, expect, it } from 'vitest';
import { MAX_GROUPS, escapeHtml, excerptHtml, locateHit, splitWords, type HitFragment } from './hits.ts';

// Word positions:        0     1     2      3      4        5        6      7         8           9
const content = 'Alpha beta gamma. Delta Lukashenka’s epsilon. Zeta Eta. Alexander Lukashenko; Lukashenka; Lukasenko';
const anchors = [
  { element: 'p', id: 'p1', text: 'Alpha beta gamma.', location: 0 },
  { element: 'p', id: 'p2', text: 'Delta Lukashenka’s epsilon.', location: 3 },
  { element: 'p', id: 'p3', text: 'Zeta Eta.', location: 6 },
  { element: 'div', id: 'names-actor-alexander-lukashenko', text: 'Alexander Lukashenko; Lukashenka; Lukasenko', location: 8 },
];

describe('locateHit', () => {
  it('keeps matches in the text and finds their paragraph', () => {
    const hit = locateHit({ content, anchors, locations: [4, 9] });
    expect(hit.locations).toEqual([4]);
    expect(hit.paragraph).toBe('p2');
    expect(hit.terms).toEqual(['Lukashenka’s']);
    expect(hit.via).toBeUndefined();
  });
  it('maps a match only in the hidden names to the spelling the text uses', () => {
    // "Lukasenko" is position 11, inside the hidden block only.
    const hit = locateHit({ content, anchors, locations: [11] });
    expect(hit.locations).toEqual([4]);
    expect(hit.paragraph).toBe('p2');
    expect(hit.via).toBe('Alexander Lukashenko');
    expect(hit.viaBlock).toMatch(/^names-/);
  });
  it('finds nothing to link when the text does not name the entry', () => {
    const f: HitFragment = {
      content: 'One two. Almaty; Alma-Ata',
      anchors: [
        { element: 'p', id: 'p1', location: 0 },
        { element: 'div', id: 'names-place-almaty', text: 'Almaty; Alma-Ata', location: 2 },
      ],
      locations: [3],
    };
    const hit = locateHit(f);
    expect(hit.locations).toEqual([]);
    expect(hit.paragraph).toBeUndefined();
    expect(hit.via).toBe('Almaty');
    expect(hit.viaBlock).toBe('names-place-almaty');
  });
  it('matches multi-word spellings word by word', () => {
    const f: HitFragment = {
      content: 'Said Alyaksandr Lukashenka today. Alexander Lukashenko; Alyaksandr Lukashenka',
      anchors: [
        { element: 'p', id: 'p1', location: 0 },
        { element: 'div', id: 'names-actor-x', text: 'Alexander Lukashenko; Alyaksandr Lukashenka', location: 4 },
      ],
      locations: [5],
    };
    expect(locateHit(f).locations).toEqual([1, 2]);
  });
});

describe('excerptHtml', () => {
  it('marks the matched words and never shows the hidden names', () => {
    const html = excerptHtml(locateHit({ content, anchors, locations: [11] }), 6);
    expect(html).toContain('<mark>Lukashenka’s</mark>');
    expect(html).not.toContain('Lukasenko');
  });
  it('escapes markup from the index', () => {
    const hit = locateHit({ content: 'a <img src=x onerror=alert(1)> b', anchors: [], locations: [1] });
    expect(excerptHtml(hit)).toBe('a <mark>&#60;img</mark> src=x onerror=alert(1)&#62; b');
    expect(escapeHtml('"\'&')).toBe('&#34;&#39;&#38;');
  });
  it('splits words as Pagefind counts positions', () => {
    expect(splitWords(' a\n b  c ')).toEqual(['a', 'b', 'c']);
  });
});

describe('groups of matches', () => {
  // Title (0–1), standfirst (2–5), p1 (6–8), p2 (9–11), p3 (12–14), p4 (15–17), hidden names (18–19).
  const f = (locations: number[]): HitFragment => ({
    content:
      'Kazakhstan unrest Police ordered shoot-to-kill measures. Tokayev spoke first. Tokayev spoke again. ' +
      'Tokayev spoke more. Tokayev spoke last. Tokaev; Tokayev',
    anchors: [
      { element: 'h1', id: 'title', location: 0 },
      { element: 'p', id: 'standfirst', location: 2 },
      { element: 'p', id: 'p1', location: 6 },
      { element: 'p', id: 'p2', location: 9 },
      { element: 'p', id: 'p3', location: 12 },
      { element: 'p', id: 'p4', location: 15 },
      { element: 'p', id: 'names-actor-kassym-jomart-tokayev', location: 18 },
    ],
    locations,
  });
  it('links a standfirst match to the standfirst, and keeps its excerpt inside it', () => {
    const hit = locateHit(f([4]));
    expect(hit.paragraph).toBe('standfirst');
    expect(hit.groups).toEqual([{ anchor: 'standfirst', locations: [4], start: 2, end: 6 }]);
    expect(excerptHtml(hit, 32, hit.groups[0])).toBe('Police ordered <mark>shoot-to-kill</mark> measures.');
  });
  it('gives one group per paragraph, in reading order, at most three', () => {
    const hit = locateHit(f([6, 9, 12, 15, 19]));
    expect(hit.groups.map((g) => g.anchor)).toEqual(['p1', 'p2', 'p3']);
    expect(hit.groups).toHaveLength(MAX_GROUPS);
    expect(hit.matchedWords).toEqual(['Tokayev']);
  });
  it('does not link a match in the title to an anchor', () => {
    const hit = locateHit(f([0]));
    expect(hit.groups[0]?.anchor).toBe('title');
    expect(hit.paragraph).toBeUndefined();
  });
  it('reports every matched word, the hidden names included, for the fallback check', () => {
    expect(locateHit(f([18])).matchedWords).toEqual(['Tokaev']);
  });
});

describe('locateHit with the query', () => {
  // What Pagefind reports for "shoot to kill": every word that starts with a query word.
  const f: HitFragment = {
    content: 'Police ordered to shoot to kill. Tokayev said killers were killed today. Tokaev; Tokayev',
    anchors: [
      { element: 'p', id: 'p1', location: 0 },
      { element: 'p', id: 'p2', location: 6 },
      { element: 'p', id: 'names-actor-kassym-jomart-tokayev', text: 'Tokaev; Tokayev', location: 12 },
    ],
    locations: [2, 3, 4, 5, 6, 8, 10, 11, 13],
  };
  it('marks the query words and their forms, never a word that merely starts with one', () => {
    const hit = locateHit(f, ['shoot', 'to', 'kill']);
    expect(hit.terms).toEqual(['shoot', 'to', 'kill', 'killed']);
    expect(excerptHtml(hit, 32, hit.groups[1])).not.toContain('<mark>Tokayev');
    expect(excerptHtml(hit, 32, hit.groups[0])).toBe('Police ordered to <mark>shoot</mark> <mark>to</mark> <mark>kill.</mark>');
  });
  it('still reaches the text through a registered spelling the query names', () => {
    expect(locateHit({ ...f, locations: [12] }, ['Tokaev']).terms).toEqual(['Tokayev']);
  });
});
