import { describe, expect, it } from 'vitest';
import { registeredNameIn, translatedBlocks, translatedMeta } from './translated.ts';

const event = {
  title: 'Tokayev asks the CSTO for help',
  description: 'President Tokayev asks the CSTO for help.',
  translations: {
    ru: { status: 'draft' as const, title: 'Токаев просит ОДКБ о помощи', description: 'Президент Токаев просит ОДКБ о помощи.' },
    kk: { status: 'draft' as const, title: 'Тоқаев ҰҚШҰ-дан көмек сұрайды' },
  },
  titleFrom: 'translation' as const,
};
const actor = {
  title: 'Nursultan Nazarbayev',
  description: 'President of Kazakhstan 1991–2019.',
  translations: { ru: { status: 'draft' as const, description: 'Президент Казахстана в 1991–2019 годах.' } },
  names: [
    { form: 'Nazarbaev', script: 'Latn', language: 'en' },
    { form: 'Нурсултан Назарбаев', script: 'Cyrl', language: 'ru' },
  ],
  titleFrom: 'name' as const,
};

describe('the result fields in Russian and Kazakh', () => {
  it('give an event its translated titles and its dates', () => {
    expect(translatedMeta(event, (lang) => `date in ${lang}`)).toEqual({
      title_ru: 'Токаев просит ОДКБ о помощи',
      title_kk: 'Тоқаев ҰҚШҰ-дан көмек сұрайды',
      date_ru: 'date in ru',
      date_kk: 'date in kk',
    });
  });
  it('leave out a title the language does not have (the page falls back to another language’s)', () => {
    expect(translatedMeta({ ...event, translations: { ru: event.translations.ru } })).toEqual({ title_ru: 'Токаев просит ОДКБ о помощи' });
  });
  it('give an actor its registered name in the language', () => {
    expect(translatedMeta(actor)).toEqual({ title_ru: 'Нурсултан Назарбаев' });
    expect(registeredNameIn(actor.names, 'kk')).toEqual({ text: 'Нурсултан Назарбаев', lang: 'ru' });
    expect(registeredNameIn(actor.names, 'en')).toBeUndefined();
  });
});

describe('the hidden blocks of a page’s own text', () => {
  it('hold the title and description in each language that has them, the Kazakh without the Russian it falls back to', () => {
    expect(translatedBlocks(event)).toEqual([
      { id: 'names-tr-ru', text: 'Токаев просит ОДКБ о помощи Президент Токаев просит ОДКБ о помощи.' },
      { id: 'names-tr-kk', text: 'Тоқаев ҰҚШҰ-дан көмек сұрайды Токаев УКШУ-дан комек сурайды' },
    ]);
  });
  it('hold an actor’s name and description in Russian', () => {
    expect(translatedBlocks(actor)).toEqual([{ id: 'names-tr-ru', text: 'Нурсултан Назарбаев Президент Казахстана в 1991–2019 годах.' }]);
  });
  it('are none for a page with no translation', () => {
    expect(translatedBlocks({ title: 'A', description: 'B', titleFrom: 'translation' })).toEqual([]);
  });
});
