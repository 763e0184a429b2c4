/**
 * The hand-written APA 7 entry (apa.ts) against citation-js with the APA CSL style it bundles, which
 * is the reference: every combination below must come out of both the same, as HTML and as text.
 */
import { describe, expect, it } from 'vitest';
import type { DateSpec } from '../dates/dates.ts';
import { apa, apaByHand, apaByProcessor as reference } from './apa.ts';
import { type CitationInput, citationInput, SLOT } from './csl.ts';
import { articlesFrontmatter, outletLookup, readTree } from '../testing/content.ts';

const base: CitationInput = {
  id: 'an-article',
  title: 'Russia has no allies, Bezpalko says',
  authors: ['Paul Goble'],
  container: 'Window on Eurasia',
  type: 'blog-post',
  genre: 'blog',
  published: { date: '2021-03-05' },
  originalUrl: 'https://example.net/x',
  language: 'en',
  translators: [],
  archive: { name: 'Kazakhstan–Russia Archive', url: 'https://kz-ru-archive.example.org/articles/an-article/' },
};

const authors: (readonly string[])[] = [
  [],
  ['Paul Goble'],
  ['Goble'],
  ['Basel Hajj Jasem'],
  ['Kassym-Jomart Tokayev'],
  ['Charles de Gaulle'],
  ["Conor O'Brien"],
  ['Ólafur Ragnar Grímsson'],
  ['J. R. R. Tolkien'],
  ['Wilder Alejandro Sanchez', 'Anna Smith'],
  ['A B', 'C D', 'E F'],
  ['Fyodor Lukyanov', 'Dmitri Trenin', 'Lilia Shevtsova', 'Mikhail Delyagin'],
  Array.from({ length: 21 }, (_, i) => `Given${i} Family${i}`),
  Array.from({ length: 25 }, (_, i) => `Given${i} Family${i}`),
];
const translators: (readonly string[])[] = [[], ['InoSMI'], ['InoSMI', 'Window on Eurasia'], ['A', 'B', 'C']];
const dates: DateSpec[] = [
  { date: '2021-03-05' },
  { date: '2021-03' },
  { date: '2021' },
  { date: '2021-03-05', approximate: true },
  { date: '2022-06', approximate: true },
  { from: '2021-03', to: '2021-05' },
  { from: '2021-03-01', to: '2021-03-05' },
  { from: '2021-03-28', to: '2021-04-02' },
  { from: '2020-12-30', to: '2021-01-02' },
  { from: '2021-12', to: '2022-01' },
  { from: '2020', to: '2022' },
  { from: '2021-03', to: '2021-05', approximate: true },
];
const titles = [
  'Russia has no allies, Bezpalko says',
  'Is it over?',
  'Stop!',
  'It ends with a full stop.',
  'R&D and “quotes” in <it>',
  "Russia's 'special' \"operation\"",
  'Kazakhstan: a year after',
  'russia, lower case',
];
const containers = ['Window on Eurasia', 'The Real Russia. Today.', 'R&D Weekly'];

const inputs: Array<[string, CitationInput]> = [];
authors.forEach((a, i) => inputs.push([`authors ${i}`, { ...base, authors: a }]));
translators.forEach((t, i) => {
  inputs.push([`translators ${i}`, { ...base, translators: t }]);
  inputs.push([`translators ${i}, no author`, { ...base, authors: [], translators: t }]);
});
dates.forEach((d, i) => {
  inputs.push([`date ${i}`, { ...base, published: d }]);
  inputs.push([`date ${i}, no author`, { ...base, authors: [], published: d }]);
});
titles.forEach((t, i) => {
  inputs.push([`title ${i}`, { ...base, title: t }]);
  inputs.push([`title ${i}, translated, no author`, { ...base, title: t, authors: [], translators: ['InoSMI'] }]);
  inputs.push([`title ${i}, translated`, { ...base, title: t, translators: ['InoSMI'] }]);
});
containers.forEach((c, i) => inputs.push([`container ${i}`, { ...base, container: c }]));
inputs.push(['newspaper', { ...base, genre: undefined }]);
inputs.push(['newsletter', { ...base, genre: 'newsletter', publisher: 'Meduza' }]);
inputs.push(['republished', { ...base, republished: { by: 'AsiaNews', title: 'Another title', url: 'https://example.org/y' } }]);
inputs.push(['no original', { ...base, originalUrl: null }]);
inputs.push(['paragraph', { ...base, paragraph: 4 }]);
inputs.push(['paragraph slot', { ...base, paragraph: SLOT, accessed: undefined }]);
inputs.push(['accessed', { ...base, accessed: '2026-11-26' }]);
inputs.push(['url with ampersand', { ...base, archive: { ...base.archive, url: 'https://example.org/a?b=1&c=2' } }]);

/** The shapes left to citeproc-js: a lower-case particle, an apostrophe, angle brackets, straight quotes. */
const processed = new Set([
  'authors 5',
  'authors 6',
  ...[4, 5].flatMap((i) => [`title ${i}`, `title ${i}, translated, no author`, `title ${i}, translated`]),
]);

describe('apa, against citation-js', () => {
  it.each(inputs)('%s', (name, input) => {
    const theirs = reference(input);
    expect(apa(input)).toEqual(theirs);
    const mine = apaByHand(input);
    if (processed.has(name)) expect(mine).toBeUndefined();
    else expect(mine).toEqual(theirs);
  });
});

describe('apa of every article in the archive, against citation-js', () => {
  const tree = readTree();
  const outlets = outletLookup(tree);
  const articles = [...articlesFrontmatter(tree).values()];
  it.each(articles.map((a) => [a.slug, a] as const))('%s', (slug, article) => {
    const input = citationInput(article, outlets, { name: 'Kazakhstan–Russia Archive', url: `https://archive.test/articles/${slug}/` });
    const variants: CitationInput[] = [input, { ...input, paragraph: SLOT }];
    for (const variant of variants) expect(apa(variant)).toEqual(reference(variant));
  });
});
