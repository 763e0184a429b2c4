import { describe, expect, it } from 'vitest';
import { hasCyrillic, transliterate } from './translit.ts';

describe('transliterate', () => {
  it.each([
    ['Казахстан', 'Kazakhstan'],
    ['Токаев', 'Tokayev'],
    ['Назарбаев', 'Nazarbayev'],
    ['Лукашенко', 'Lukashenko'],
    ['Шойгу', 'Shoygu'],
    ['Медведев', 'Medvedev'],
    ['Евразийский', 'Yevraziyskiy'],
    ['Россия', 'Rossiya'],
    ['щука', 'shchuka'],
    ['объект', 'obyekt'],
  ])('%s → %s (BGN/PCGN without diacritics)', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });
  it('folds Kazakh letters to plain Latin', () => {
    expect(transliterate('Тоқаев')).toBe('Tokayev');
    expect(transliterate('Қазақстан')).toBe('Kazakstan');
    expect(transliterate('Нұрсұлтан Әбішұлы')).toBe('Nursultan Abishuly');
  });
  it('keeps capitals, Latin letters, digits and punctuation', () => {
    expect(transliterate('ОДКБ')).toBe('ODKB');
    expect(transliterate('ЖЖ')).toBe('ZHZH');
    expect(transliterate('Алма-Ата, 1997 "Kyiv"')).toBe('Alma-Ata, 1997 "Kyiv"');
  });
});

describe('hasCyrillic', () => {
  it('tells Cyrillic from Latin and mixed text', () => {
    expect(hasCyrillic('Kazakhstan')).toBe(false);
    expect(hasCyrillic('Путин Putin')).toBe(true);
    expect(hasCyrillic('')).toBe(false);
  });
});
