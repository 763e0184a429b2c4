/** Facet memberships for the search's table-driven tests. */
import type { Memberships } from '../search/facets.ts';

/** Pages 0–5: articles 0–3 (outlet, year, actors), events 4–5 (type, actors). */
export const memberships: Memberships = new Map([
  [
    'actor',
    new Map([
      ['Putin', [0, 1, 4]],
      ['Tokayev', [1, 2, 4, 5]],
    ]),
  ],
  [
    'outlet',
    new Map([
      ['TASS', [0, 1]],
      ['Vlast', [2, 3]],
    ]),
  ],
  ['type', new Map([['Event', [4, 5]]])],
  [
    'year',
    new Map([
      ['2021', [0, 2]],
      ['2022', [1, 3, 4, 5]],
    ]),
  ],
]);
