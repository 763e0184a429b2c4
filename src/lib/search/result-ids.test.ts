import { describe, expect, it } from 'vitest';
import { isTaggedResult, resultId, resultKey, resultPage } from './result-ids.ts';

describe('result ids', () => {
  it.each([
    ['an article, page 0', '3f2a91c0', 0, false, '3f2a91c0/0', '0', false],
    ['an article, page 255', '3f2a91c0', 255, false, '3f2a91c0/ff', 'ff', false],
    ['an event page', '3f2a91c0', 14551, true, '3f2a91c0/t38d7', 't38d7', true],
  ] as const)('%s', (_, build, page, tagged, id, key, isTagged) => {
    expect(resultId(build, page, tagged)).toBe(id);
    expect(resultKey(id)).toBe(key);
    expect(isTaggedResult(id)).toBe(isTagged);
  });

  it('numbers pages uniquely within a build', () => {
    const ids = Array.from({ length: 600 }, (_, i) => resultId('ab', i, i % 3 === 0));
    expect(new Set(ids.map(resultKey)).size).toBe(600);
  });

  it.each([
    ['a build folder that is not hex', () => resultId('en_12', 1, false), /lowercase hex, found "en_12"/],
    ['a negative page', () => resultId('ab', -1, false), /page number ≥ 0, found -1/],
    ['a fractional page', () => resultId('ab', 1.5, false), /found 1.5/],
  ] as const)('refuses %s', (_, f, message) => {
    expect(f).toThrow(message);
  });
});

describe('resultPage', () => {
  it.each([
    ['3f2a91c0/0', 0],
    ['3f2a91c0/ff', 255],
    ['3f2a91c0/t38d7', 14551],
  ] as const)('%s is page %i', (id, page) => {
    expect(resultPage(id)).toBe(page);
  });

  it.each(['en_3f2a91c', '3f2a91c0/', '3f2a91c0/t', '3f2a91c0/x1'])('refuses %s', (id) => {
    expect(() => resultPage(id)).toThrow(/expected "<build>\/<number in hex>"/);
  });
});
