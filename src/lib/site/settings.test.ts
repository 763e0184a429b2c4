import { describe, expect, it } from 'vitest';
import { settingsFrom } from './settings.ts';

describe('settingsFrom', () => {
  it.each([
    [{}, { base: '/', site: 'https://kz-ru-archive.example.org', contentRoot: '/repo/content', contentLabel: 'content' }],
    [
      { ARCHIVE_BASE: '/archive/', ARCHIVE_SITE: 'https://example.net', ARCHIVE_CONTENT: '/tmp/c1000' },
      { base: '/archive/', site: 'https://example.net', contentRoot: '/tmp/c1000', contentLabel: '/tmp/c1000' },
    ],
    [{ ARCHIVE_CONTENT: 'tests/fixtures/x' }, { contentRoot: '/repo/tests/fixtures/x', contentLabel: 'tests/fixtures/x' }],
  ])('reads %o', (env, expected) => {
    expect(settingsFrom(env, '/repo')).toMatchObject(expected);
  });
});
