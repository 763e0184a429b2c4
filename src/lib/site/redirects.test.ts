import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroRedirects, parseRedirects } from './redirects.ts';

describe('parseRedirects', () => {
  it('reads the real file', () => {
    const text = readFileSync(new URL('../../../content/redirects.yaml', import.meta.url), 'utf8');
    expect(astroRedirects(parseRedirects(text), '/')).toMatchObject({ '/articles/': '/' });
    expect(astroRedirects(parseRedirects(text), '/archive/')).toMatchObject({ '/articles/': '/archive/' });
  });
  it('names the file, line, column and field of a bad path', () => {
    expect(() => parseRedirects('- { from: articles/old, to: /, reason: r }', 'r.yaml')).toThrow(
      'r.yaml:1:11 [0].from: found "articles/old"; expected a root-relative path ending in "/"',
    );
    expect(() => parseRedirects('- { from: /a/, to: /b/, reason: r, why: w }', 'r.yaml')).toThrow(
      'r.yaml:1:36 [0].why: found an unknown field',
    );
    expect(() =>
      parseRedirects(
        'a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [' + '*b, '.repeat(60) + '*b]',
        'r.yaml',
      ),
    ).toThrow('r.yaml:1:1 YAML: found aliases (*name) that expand past 100 copies');
  });
  it('refuses loops, duplicates and chains', () => {
    expect(() => parseRedirects('- { from: /a/, to: /a/, reason: r }')).toThrow('same path');
    expect(() => parseRedirects('- { from: /a/, to: /b/, reason: r }\n- { from: /a/, to: /c/, reason: r }')).toThrow('redirected twice');
    expect(() => parseRedirects('- { from: /a/, to: /b/, reason: r }\n- { from: /b/, to: /c/, reason: r }')).toThrow('itself redirected');
  });
});
