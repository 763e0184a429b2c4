import { describe, expect, it } from 'vitest';
import { eventTitles } from './event-titles.ts';

const events = new Map([
  ['a', { data: { translations: { ru: { status: 'draft' as const, title: 'А' }, kk: { status: 'reviewed' as const, title: 'Ә' } } } }],
  ['b', { data: {} }],
]);
const entries = [
  { kind: 'event', id: 'a', title: 'A' },
  { kind: 'publication', id: 'p', title: 'An archived title' },
  { kind: 'event', id: 'b', title: 'B' },
];

describe('eventTitles', () => {
  it.each([
    [
      'en',
      [
        { text: 'A', lang: 'en', fallback: false },
        { text: 'B', lang: 'en', fallback: false },
      ],
    ],
    [
      'ru',
      [
        { text: 'А', lang: 'ru', fallback: false, status: 'draft' },
        { text: 'B', lang: 'en', fallback: true },
      ],
    ],
    [
      'kk',
      [
        { text: 'Ә', lang: 'kk', fallback: false, status: 'reviewed' },
        { text: 'B', lang: 'en', fallback: true },
      ],
    ],
  ] as const)('gives each event’s title in %s, its fallback marked, and never a publication’s', (lang, expected) => {
    expect(eventTitles(entries, events, lang)).toEqual(expected);
  });
});
