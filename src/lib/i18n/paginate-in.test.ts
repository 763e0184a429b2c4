import { describe, expect, it } from 'vitest';
import { paginateIn } from './paginate-in.ts';

/** A stand-in for Astro's paginate: one page per item, with the params and URL it was given. */
const paginate = (data: readonly string[], args?: { pageSize?: number; params?: Record<string, string | undefined> }) =>
  data.map((item, i) => ({
    params: { ...args?.params, page: i === 0 ? undefined : String(i + 1) },
    props: { item, size: args?.pageSize },
  }));

describe('paginateIn', () => {
  it.each([
    ['no options', undefined, { lang: 'ru' }],
    ['options without params', { pageSize: 100 }, { lang: 'ru' }],
    ['params of its own', { params: { id: 'x', list: 'articles' } }, { id: 'x', list: 'articles', lang: 'ru' }],
    ['a lang param of its own', { params: { lang: 'en' } }, { lang: 'ru' }],
  ] as const)('adds the language to a call with %s', (_, args, params) => {
    const pages = paginateIn(paginate, 'ru')(['a', 'b'], args);
    expect(pages.map((p) => p.params)).toEqual([
      { ...params, page: undefined },
      { ...params, page: '2' },
    ]);
  });
  it('keeps the other options', () => {
    expect(paginateIn(paginate, 'kk')(['a'], { pageSize: 7 })[0]?.props).toEqual({ item: 'a', size: 7 });
  });
});
