import { describe, expect, it } from 'vitest';
import { waybackLabel, waybackTimestamp, waybackUrl } from './wayback.ts';

describe('waybackTimestamp', () => {
  const cases: Array<[string, Parameters<typeof waybackTimestamp>[0], string]> = [
    ['a day', { date: '2021-03-06' }, '20210306'],
    ['a month only: no invented day', { date: '2022-06' }, '202206'],
    ['a year only', { date: '2022' }, '2022'],
    ['a span: its start', { from: '2022-06', to: '2022-07', approximate: true }, '202206'],
    ['a span of days: the first day', { from: '2022-09-13', to: '2022-09-15' }, '20220913'],
    ['no date', undefined, ''],
  ];
  it.each(cases)('%s', (_name, spec, expected) => expect(waybackTimestamp(spec)).toBe(expected));
});

describe('waybackUrl', () => {
  it('puts the timestamp before the address, kept as it is', () => {
    expect(waybackUrl('https://example.org/a?b=1&c=2', { date: '2021-03-06' })).toBe(
      'https://web.archive.org/web/20210306/https://example.org/a?b=1&c=2',
    );
  });
  it('lists every capture when there is no date', () => {
    expect(waybackUrl('https://example.org/')).toBe('https://web.archive.org/web/https://example.org/');
  });
});

describe('waybackLabel', () => {
  const cases: Array<[string, Parameters<typeof waybackLabel>[0], string]> = [
    ['a day', { date: '2022-12-28' }, 'find archived copies near 28 December 2022'],
    ['a month', { date: '2022-06' }, 'find archived copies near June 2022'],
    ['a span: its start, as the link', { from: '2022-06', to: '2022-07', approximate: true }, 'find archived copies near June 2022'],
    ['no date', undefined, 'find archived copies'],
  ];
  it.each(cases)('is a look-up, never "archived copy": %s', (_n, spec, expected) => {
    expect(waybackLabel(spec)).toBe(expected);
    expect(waybackLabel(spec)).not.toMatch(/archived copy\b/);
  });
});
