import { describe, expect, it } from 'vitest';
import { translatedBlocks, translatedMeta } from './translated.ts';

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
    { form: 'Nazarbaev', script: 'Latn', language: 'en', display: false },
    { form: 'Елбасы', script: 'Cyrl', language: 'ru', display: false },
    { form: 'Нурсултан Назарбаев', script: 'Cyrl', language: 'ru', display: true },
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
  it('give an actor the name its pages show in the language (the form marked for display), the Kazakh falling back to it', () => {
    expect(translatedMeta(actor)).toEqual({ title_ru: 'Нурсултан Назарбаев' });
    expect(translatedMeta({ ...actor, names: actor.names.slice(0, 2) })).toEqual({});
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
