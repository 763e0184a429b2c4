import { describe, expect, it } from 'vitest';
import { pageAddress } from './paragraph.ts';

describe('pageAddress', () => {
  it.each([
    ['https://a.example/articles/x/?highlight=to&highlight=kill#p2', 'p4', 'https://a.example/articles/x/#p4'],
    ['https://a.example/articles/x/?highlight=Trenin#p4', undefined, 'https://a.example/articles/x/'],
    ['https://a.example/archive/events/y/', undefined, 'https://a.example/archive/events/y/'],
    ['https://a.example/articles/x/#p1', 'standfirst', 'https://a.example/articles/x/#standfirst'],
  ])('%s, %s → %s', (href, id, expected) => expect(pageAddress(href, id)).toBe(expected));
});
