import { describe, expect, it } from 'vitest';
import { isReservedHost, parseHeaders, processSettings, settingsFrom } from './settings.ts';

const none = () => undefined;

describe('settingsFrom', () => {
  it.each([
    [
      { ARCHIVE_SITE: 'http://localhost:4321' },
      { base: '/', site: 'http://localhost:4321', contentRoot: '/repo/content', contentLabel: 'content' },
    ],
    [
      { ARCHIVE_BASE: '/archive/', ARCHIVE_SITE: 'https://archive.kz/', ARCHIVE_CONTENT: '/tmp/c1000' },
      { base: '/archive/', site: 'https://archive.kz', contentRoot: '/tmp/c1000', contentLabel: '/tmp/c1000' },
    ],
    [{ ARCHIVE_CONTENT: 'tests/fixtures/x' }, { contentRoot: '/repo/tests/fixtures/x', contentLabel: 'tests/fixtures/x' }],
  ])('reads %o', (env, expected) => {
    expect(settingsFrom(env, '/repo', none)).toMatchObject(expected);
  });

  it('takes the origin from archive.yaml when ARCHIVE_SITE is unset, and ARCHIVE_SITE over it', () => {
    const fromFile = (root: string) => (root === '/repo/content' ? 'https://archive.kz' : undefined);
    expect(settingsFrom({}, '/repo', fromFile).site).toBe('https://archive.kz');
    expect(settingsFrom({ ARCHIVE_SITE: 'http://localhost:4321' }, '/repo', fromFile).site).toBe('http://localhost:4321');
  });

  it('gives the base path and content tree without an origin, and stops naming both places when the origin is read', () => {
    const s = settingsFrom({}, '/repo', none);
    expect(s.base).toBe('/');
    expect(() => s.site).toThrow(/set ARCHIVE_SITE .* or `origin:` in content\/archive\.yaml/);
  });

  it.each(['https://kz-ru-archive.example.org', 'https://example.com', 'http://archive.test', 'ftp://archive.kz', 'archive.kz'])(
    'refuses %s as an origin',
    (origin) => {
      expect(() => settingsFrom({ ARCHIVE_SITE: origin }, '/repo', none).site).toThrow(/not (a real|an absolute) http\(s\) address/);
    },
  );
});

describe('isReservedHost', () => {
  it.each([
    ['example.org', true],
    ['kz-ru-archive.example.org', true],
    ['a.example', true],
    ['x.test', true],
    ['x.invalid', true],
    ['localhost', false],
    ['archive.kz', false],
    ['myexample.org', false],
  ])('%s → %s', (host, reserved) => expect(isReservedHost(host)).toBe(reserved));
});

describe('parseHeaders (ARCHIVE_HEADERS)', () => {
  it('reads one header a line', () => {
    expect(parseHeaders(undefined)).toEqual({});
    expect(parseHeaders('Strict-Transport-Security: max-age=63072000; includeSubDomains\n\nX-Robots-Tag: noarchive')).toEqual({
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Robots-Tag': 'noarchive',
    });
    expect(settingsFrom({ ARCHIVE_HEADERS: 'X-A: b' }, '/repo', none).headers).toEqual({ 'X-A': 'b' });
  });
  it.each([
    ['Strict-Transport-Security', /line 1: expected "Name: value"/],
    ['Bad Name: x', /line 1: expected "Name: value"/],
    ['X-A: caf\u00e9', /line 1: expected "Name: value" with printable ASCII/],
    ['X-A: a\u0000b', /line 1: expected/],
    ['Content-Security-Policy: default-src *', /Content-Security-Policy is set by the build itself/],
  ])('refuses %j', (text, message) => {
    expect(() => parseHeaders(text)).toThrow(message);
  });
});

describe('processSettings', () => {
  it('reads the process’s environment once: every caller of one process shares one object', () => {
    const first = processSettings();
    expect(processSettings()).toBe(first);
    expect(first.contentRoot).toBe(settingsFrom(process.env, process.cwd()).contentRoot);
    expect(first.base).toBe(process.env['ARCHIVE_BASE'] ?? '/');
  });
});
