import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localServerConfig } from './nginx-conf.ts';

const conf = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8');

describe('localServerConfig', () => {
  it('sets listen and root in deploy/nginx.conf, and moves the include of the generated rules with the root', () => {
    const out = localServerConfig(conf, '127.0.0.1:4352', '/tmp/site/dist');
    expect(out).toContain('    listen 127.0.0.1:4352;\n');
    expect(out).toContain('    root /tmp/site/dist;\n');
    expect(out).toContain('    include /tmp/site/dist/_nginx/rules.conf;\n');
    expect(out).not.toContain('/srv/kz-ru-archive');
    // Everything else is the operator's file as it is.
    const others = (text: string) => text.split('\n').filter((l) => !/^\s*(listen|root|include) /.test(l));
    expect(others(out)).toEqual(others(conf));
  });
  it('refuses a file without exactly one listen and one root line', () => {
    expect(() => localServerConfig('server {\n  root /a;\n}', '80', '/b', 'x.conf')).toThrow(
      'x.conf: expected exactly one "listen" line, found 0',
    );
    expect(() => localServerConfig('server {\n  listen 80;\n  listen 81;\n  root /a;\n}', '80', '/b')).toThrow('found 2');
    expect(() => localServerConfig('server {\n  listen 80;\n  # root /c;\n  root /a;\n}', '80', '/b')).not.toThrow();
  });
  it('refuses a root that nginx would read differently', () => {
    expect(() => localServerConfig(conf, '80', '/a b')).toThrow('spaces, quotes or braces');
  });
});
