import { describe, expect, test } from 'vitest';
import { ARCHIVE_PAGE_SIZES, ENTITY_LIST_PAGE, ENTITY_PREVIEW, pageSizes, preview } from './paging.ts';

describe('preview', () => {
  test('a short list is shown whole, with no list pages', () => {
    expect(preview([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], more: false });
    expect(preview([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: false });
  });
  test('a long list is cut and says there is more', () => {
    expect(preview([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: true });
  });
  test('the full lists hold more than a preview, so they are worth a page', () => {
    expect(ENTITY_LIST_PAGE).toBeGreaterThan(ENTITY_PREVIEW);
  });
});

describe('pageSizes', () => {
  test.each([undefined, '', ' '])('%j gives the archive’s sizes', (value) => expect(pageSizes(value)).toBe(ARCHIVE_PAGE_SIZES));
  test('a number gives that many articles a page and an entry’s preview, and twice it a page of the full lists', () => {
    expect(pageSizes('2')).toEqual({ articlesPerPage: 2, entityPreview: 2, entityListPage: 4 });
  });
  test.each(['0', '-1', '1.5', 'two', '2x'])('%j stops the build, naming the variable and what it takes', (value) => {
    expect(() => pageSizes(value)).toThrow(`ARCHIVE_LIST_SIZE="${value}": expected a whole number from 1`);
  });
});
