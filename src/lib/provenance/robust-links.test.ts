import { describe, expect, it } from 'vitest';
import { robustLink } from './robust-links.ts';

describe('robustLink', () => {
  const original = 'https://windowoneurasia2.blogspot.com/2021/03/x.html';
  it.each([
    ['a checked snapshot of a known day', { url: 'https://web.archive.org/web/20210307000000/x', date: '2021-03-07' }, '2021-03-07'],
    ['a copy collected on a known day', { url: 'https://a.test/articles/x/source/', date: { date: '2021-03-07' } }, '2021-03-07'],
    ['a copy collected within a span: no date', { url: 'https://a.test/x/', date: { from: '2021-03-06', to: '2026-11-23' } }, undefined],
    ['a month only: no date', { url: 'https://a.test/x/', date: { date: '2021-03' } }, undefined],
    ['an approximate day: no date', { url: 'https://a.test/x/', date: { date: '2021-03-07', approximate: true } }, undefined],
  ])('%s', (_n, version, day) => {
    const attrs = robustLink(original, version);
    expect(attrs['data-originalurl']).toBe(original);
    expect(attrs['data-versionurl']).toBe(version.url);
    expect(attrs['data-versiondate']).toBe(day);
  });
});
