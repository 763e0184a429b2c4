import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicies, parsePolicy, serializePolicy, unionPolicies } from './csp.ts';

const page = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head>`;

describe('metaPolicies', () => {
  it('reads the policy of the meta tag Astro writes, with entities decoded', () => {
    const policy = "default-src 'self'; script-src 'self' 'sha256-a'";
    expect(metaPolicies(page(policy))).toEqual([policy]);
    expect(metaPolicies(page('default-src &#39;self&#39;'))).toEqual(["default-src 'self'"]);
    expect(metaPolicies('<head><title>no policy</title></head>')).toEqual([]);
  });
});

describe('parsePolicy and serializePolicy', () => {
  it('round-trip, keeping the first of a repeated directive as browsers do', () => {
    const p = parsePolicy("default-src 'self';object-src 'none'; ; default-src *");
    expect([...p.keys()]).toEqual(['default-src', 'object-src']);
    expect(serializePolicy(p)).toBe("default-src 'self'; object-src 'none'");
  });
});

describe('unionPolicies', () => {
  it('gives each directive every source of every page, once', () => {
    const u = unionPolicies(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'; style-src 'self'"]);
    expect(serializePolicy(u)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });
  it('refuses pages whose policies have different directives, naming the page', () => {
    expect(() => unionPolicies(["script-src 'self'", "style-src 'self'"], ['a.html', 'b.html'])).toThrow(
      'b.html: its CSP has the directives "style-src"',
    );
  });
  it('refuses a build with no policy at all', () => {
    expect(() => unionPolicies([])).toThrow('No Content-Security-Policy');
  });
});

describe('headerPolicy', () => {
  it('adds frame-ancestors, which only a header can carry', () => {
    expect(headerPolicy(["default-src 'self'"])).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});
