import { describe, expect, test } from 'vitest';
import { ENTITY_LIST_PAGE, ENTITY_PREVIEW, preview } from './paging.ts';

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
