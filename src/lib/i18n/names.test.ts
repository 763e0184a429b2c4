import { describe, expect, it } from 'vitest';
import { nameIn } from './names.ts';

const nazarbayev = {
  name: 'Nursultan Nazarbayev',
  names: [
    { form: 'Нұрсұлтан Назарбаев', language: 'kk', display: true },
    { form: 'Елбасы', language: 'kk', display: false },
    { form: 'Нурсултан Назарбаев', language: 'ru', display: true },
    { form: 'Nazarbaev', language: 'en', display: false },
  ],
};
const onlyRussian = { name: 'Sergey Lavrov', names: [{ form: 'Сергей Лавров', language: 'ru', display: true }] };
const unmarked = { name: 'Almaty', names: [{ form: 'Алма-Ата', language: 'ru', display: false }] };

describe('nameIn', () => {
  it.each([
    ['the English page: the canonical name', nazarbayev, 'en', { text: 'Nursultan Nazarbayev', lang: 'en' }],
    ['a Russian page: the Russian form marked display', nazarbayev, 'ru', { text: 'Нурсултан Назарбаев', lang: 'ru' }],
    ['a Kazakh page: the Kazakh form, not a title of the same language', nazarbayev, 'kk', { text: 'Нұрсұлтан Назарбаев', lang: 'kk' }],
    ['a Kazakh page without a Kazakh form: the Russian one', onlyRussian, 'kk', { text: 'Сергей Лавров', lang: 'ru' }],
    ['a registered form not marked display is never shown (a former name)', unmarked, 'ru', { text: 'Almaty', lang: 'en' }],
    ['no names at all', { name: 'CSTO' }, 'kk', { text: 'CSTO', lang: 'en' }],
  ] as const)('%s', (_, entry, lang, expected) => {
    expect(nameIn(entry, lang)).toEqual(expected);
  });
});
