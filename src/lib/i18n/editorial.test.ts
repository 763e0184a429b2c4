import { describe, expect, it } from 'vitest';
import type { Translations } from '../content/schema/translations.ts';
import { editorial } from './editorial.ts';

const both: Translations = {
  ru: { status: 'reviewed', title: 'Токаев просит ОДКБ о помощи' },
  kk: { status: 'draft', title: 'Тоқаев ҰҚШҰ-дан көмек сұрайды' },
};
const ruOnly: Translations = { ru: { status: 'draft', title: 'Токаев просит ОДКБ о помощи' } };
const kkWithoutField: Translations = { kk: { status: 'draft', description: 'Сипаттама' } };
const EN = 'Tokayev asks the CSTO for help';

describe('editorial', () => {
  it.each([
    ['en', both, { text: EN, lang: 'en', fallback: false }],
    ['ru', both, { text: 'Токаев просит ОДКБ о помощи', lang: 'ru', fallback: false, status: 'reviewed' }],
    ['kk', both, { text: 'Тоқаев ҰҚШҰ-дан көмек сұрайды', lang: 'kk', fallback: false, status: 'draft' }],
    ['kk', ruOnly, { text: 'Токаев просит ОДКБ о помощи', lang: 'ru', fallback: true, status: 'draft' }],
    ['ru', undefined, { text: EN, lang: 'en', fallback: true }],
    ['kk', undefined, { text: EN, lang: 'en', fallback: true }],
    ['kk', kkWithoutField, { text: EN, lang: 'en', fallback: true }],
    ['en', ruOnly, { text: EN, lang: 'en', fallback: false }],
  ] as const)('a %s page, translations %j', (lang, translations, expected) => {
    expect(editorial(EN, translations, 'title', lang)).toEqual(expected);
  });
});
