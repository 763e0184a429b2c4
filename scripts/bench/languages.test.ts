import { describe, expect, it } from 'vitest';
import { phasesOf, secondsByName, withoutLanguageLinks } from './languages.ts';

describe('secondsByName', () => {
  it.each([
    [
      'inputs read 0.7; caches checked 0.0; Astro 95.5; finishing step 30.9',
      { 'inputs read': 0.7, 'caches checked': 0, Astro: 95.5, 'finishing step': 30.9 },
    ],
    ['search index’s .gz 6.5; server rules 12', { 'search index’s .gz': 6.5, 'server rules': 12 }],
    ['', {}],
    ['no figure here', {}],
  ])('%j', (line, expected) => {
    expect(secondsByName(line)).toEqual(expected);
  });
});

describe('phasesOf', () => {
  it('reads the build’s phase lines, Astro’s stages and Pagefind’s line from a log', () => {
    const log = [
      '20:52:19 [build] ✓ Completed in 8.57s.',
      '20:52:54 ✓ Completed in 430ms.',
      '[finish] Pagefind read 84 HTML pages and wrote the index in 2954 ms',
      '[finish] Finishing step, seconds from its start to the end of each part: preview images 2.4; search index 4.9',
      'Build phases, seconds each: inputs read 0.7; Astro 95.5; finishing step 30.9',
    ].join('\n');
    expect(phasesOf(log)).toEqual({
      phases: { 'inputs read': 0.7, Astro: 95.5, 'finishing step': 30.9 },
      finishing: { 'preview images': 2.4, 'search index': 4.9 },
      astroStages: [8.57, 0.43],
      pagefind: [84, 2954],
    });
  });
  it('gives empty figures for a log without them', () => {
    expect(phasesOf('Build failed')).toEqual({ phases: {}, finishing: {}, astroStages: [], pagefind: null });
  });
});

describe('withoutLanguageLinks', () => {
  const switcher = '<nav class="lang-switcher" aria-label="L"><a href="/ru/x/">Русский</a></nav>';
  const page = (links: string) =>
    `<head><link rel="canonical" href="/x/">${links}</head><body><header>${links ? switcher : ''}<h1>X</h1></header></body>`;
  it('takes out the alternates and the switcher, and nothing else', () => {
    const three = page('<link rel="alternate" hreflang="en" href="/x/"><link rel="alternate" hreflang="ru" href="/ru/x/">');
    expect(three).not.toBe(page(''));
    expect(withoutLanguageLinks(three)).toBe(page(''));
  });
  it('leaves a page that differs otherwise different', () => {
    const three = page('<link rel="alternate" hreflang="ru" href="/ru/x/">');
    expect(withoutLanguageLinks(three.replace('<h1>X</h1>', '<h1>Y</h1>'))).not.toBe(withoutLanguageLinks(three));
  });
});
