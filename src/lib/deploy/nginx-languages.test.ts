import { describe, expect, it } from 'vitest';
import { nginxRules } from './nginx-rules.ts';
import { cacheRules } from './rules.ts';

const csp = "default-src 'self'";
const block = (text: string, start: string) => text.slice(text.indexOf(start), text.indexOf('\n}', text.indexOf(start)) + 2);

describe('the 404 page of each language', () => {
  it.each([
    ['/', 'ru'],
    ['/', 'kk'],
    ['/archive/', 'ru'],
  ])('under base %s, a missing address under /%s/ gets that language’s page, with the headers', (base, lang) => {
    const nginx = nginxRules(csp, cacheRules(base, []), [], base, []);
    const location = block(nginx, `location ^~ ${base}${lang}/ {`);
    expect(location).toContain(`    error_page 404 ${base}${lang}/404.html;\n`);
    expect(location).toContain(`    error_page 403 =404 ${base}${lang}/404.html;\n`);
    expect(location).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(location).toContain('add_header Cache-Control "no-cache" always;');
  });
  it('has no location for English or for a prefix that is no language', () => {
    const nginx = nginxRules(csp, cacheRules('/', []), [], '/', []);
    expect(nginx).not.toContain('location ^~ /en/');
    expect(nginx).not.toContain('location ^~ /de/');
  });
});
