import { describe, expect, it } from 'vitest';
import { addressesIn, ruledOutEntry, ruledOutHostsSchema, ruledOutProblems } from './ruled-out.ts';

const hosts = [
  { host: 'wikimili.com', reason: 'a mirror of English Wikipedia' },
  { host: 'wikia.com', reason: 'fan wikis' },
];

describe('ruledOutEntry', () => {
  it.each([
    ['https://wikimili.com/en/Kassym-Jomart_Tokayev', 'wikimili.com'],
    ['http://WIKIMILI.com/en/X', 'wikimili.com'],
    ['http://wikiland.wikia.com/wiki/Russia', 'wikia.com'],
    ['https://wikimili.com./en/X', 'wikimili.com'],
    ['https://en.wikipedia.org/wiki/Nursultan_Nazarbayev', undefined],
    // A host that only ends with a ruled-out name is another host.
    ['https://notwikimili.com/x', undefined],
    ['not an address', undefined],
  ])('%s → %s', (address, host) => {
    expect(ruledOutEntry(address, hosts)?.host).toBe(host);
  });
});

describe('addressesIn', () => {
  it('finds every http(s) address with its path, in names, coordinates and any other field', () => {
    const data = {
      name: 'Astana',
      coordinates: { lat: 51, lon: 71, source: 'https://a.example/x' },
      names: [{ form: 'Астана', source: 'http://b.example/y' }],
      note: 'see https://c.example inside a sentence',
    };
    expect(addressesIn(data)).toEqual([
      { path: ['coordinates', 'source'], address: 'https://a.example/x' },
      { path: ['names', 0, 'source'], address: 'http://b.example/y' },
    ]);
  });
});

describe('ruledOutProblems', () => {
  it('names the file, the field, the host and its reason, and what is expected', () => {
    const data = {
      names: [
        { form: 'Россия', source: 'https://ok.example' },
        { form: 'Rossiya', source: 'http://x.wikia.com/w' },
      ],
    };
    expect(ruledOutProblems('content/actors/russia.yaml', data, hosts, 'content/ruled-out-hosts.yaml')).toEqual([
      {
        file: 'content/actors/russia.yaml',
        field: 'names[1].source',
        found: 'http://x.wikia.com/w, on wikia.com, which content/ruled-out-hosts.yaml rules out (fan wikis)',
        expected: 'the address of a credible page that attests it (an official site, a Wikipedia in that language, an encyclopedia)',
      },
    ]);
  });
  it('finds nothing when no host is ruled out', () => {
    expect(ruledOutProblems('f', { source: 'https://wikimili.com/x' }, [], 'list')).toEqual([]);
  });
});

describe('ruledOutHostsSchema', () => {
  it.each([
    [[{ host: 'https://wikimili.com/', reason: 'r' }], [0, 'host']],
    [[{ host: 'Wikimili.com', reason: 'r' }], [0, 'host']],
    [[{ host: 'wikimili.com', reason: ' ' }], [0, 'reason']],
    [[{ host: 'wikimili.com' }], [0, 'reason']],
  ])('refuses %o at %o', (list, path) => {
    expect(ruledOutHostsSchema.safeParse(list).error?.issues[0]?.path).toEqual(path);
  });
  it('accepts hosts with their reasons', () => {
    expect(ruledOutHostsSchema.parse(hosts)).toEqual(hosts);
  });
});
