import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroRedirects, parseRedirects } from './redirects.ts';

describe('parseRedirects', () => {
  it('reads the real file', () => {
    const text = readFileSync(new URL('../../../content/redirects.yaml', import.meta.url), 'utf8');
    expect(astroRedirects(parseRedirects(text), '/')).toMatchObject({ '/articles/': '/' });
    expect(astroRedirects(parseRedirects(text), '/archive/')).toMatchObject({ '/articles/': '/archive/' });
  });
  it('names the file, entry and field of a bad path', () => {
    expect(() => parseRedirects('- { from: articles/old, to: /, reason: r }', 'r.yaml')).toThrow(
      'r.yaml, entry 1, field from: expected a root-relative path',
    );
  });
  it('refuses loops, duplicates and chains', () => {
    expect(() => parseRedirects('- { from: /a/, to: /a/, reason: r }')).toThrow('same path');
    expect(() => parseRedirects('- { from: /a/, to: /b/, reason: r }\n- { from: /a/, to: /c/, reason: r }')).toThrow('redirected twice');
    expect(() => parseRedirects('- { from: /a/, to: /b/, reason: r }\n- { from: /b/, to: /c/, reason: r }')).toThrow('itself redirected');
  });
});
