import { describe, expect, it } from 'vitest';
import { addedNumbers, mixedScriptWords, numbersIn, probablyRussian, substituted, substitutedWords } from './translation-text.ts';

describe('numbersIn', () => {
  it.each([
    ['2,000 troops', ['2000']],
    ['2 000 военных', ['2000']],
    ['2\u00a0000 и 2\u202f000', ['2000']],
    ['2000', ['2000']],
    ['77.18% voting yes', ['77.18']],
    ['77,18 % голосов', ['77.18']],
    ['81.31% and 81,310 votes', ['81.31', '81310']],
    ['2022 жылғы 11 қаңтар', ['2022', '11']],
    ['between 13 and 19 January 2022', ['13', '19', '2022']],
    ['13, 19 and 2020, 2021', ['13', '19', '2020', '2021']],
    ['Article 32 of 2022.', ['32', '2022']],
    ['32-бабы', ['32']],
    ['1,5 million', ['1.5']],
    ['1.50 and 1.5', ['1.5']],
    ['no digits at all, seven-year term', []],
  ])('%j → %j', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });
});

describe('addedNumbers', () => {
  it.each([
    ['77.18% voting yes', '77,18 % голосов «за»', []],
    ['police report 26 "criminals" killed', 'полиция сообщает о 26 убитых', []],
    ['police report 26 "criminals" killed', 'полиция сообщает о 27 убитых', ['27']],
    ['for 30 days', 'на 30 дней в 2022 году', ['2022']],
    ['a 2,000-strong force', 'контингент в 2 000 человек', []],
    ['a single seven-year term', 'один семилетний срок', []],
    ['a single seven-year term', 'один срок в 7 лет', ['7']],
  ])('%j / %j → %j', (english, translation, expected) => {
    expect(addedNumbers(english, translation)).toEqual(expected);
  });
});

describe('mixedScriptWords', () => {
  it.each([
    ['Токаев просит ОДКБ о помощи', []],
    ['Vladimir Putin и Kazakhstan', []],
    // Latin "o" and "a" in Cyrillic words.
    ['Тoкaев', [{ word: 'Тoкaев', latin: ['o', 'a'] }]],
    // Latin "i" for the Kazakh "і".
    ['Қазақстандағы iс', [{ word: 'iс', latin: ['i'] }]],
    ['Pеspublika', [{ word: 'Pеspublika', latin: ['P', 's', 'p', 'u', 'b', 'l', 'i', 'k', 'a'] }]],
  ])('%j', (text, expected) => {
    expect(mixedScriptWords(text)).toEqual(expected);
  });
});

describe('Kazakh letters', () => {
  it.each([
    ['Тоқаев', 'Токаев'],
    ['Қасым-Жомарт', 'Касым-Жомарт'],
    ['ӘҒҚҢӨҰҮҺІ', 'АГКНОУУХИ'],
    ['Нұрсұлтан', 'Нурсултан'],
  ])('substituted(%j) = %j', (word, expected) => {
    expect(substituted(word)).toBe(expected);
  });

  it.each([
    ['Касым-Жомарт Токаев ұжымдық қауіпсіздік', ['Касым', 'Токаев']],
    ['Токаевтың өтініші', ['Токаевтың']],
    ['Тоқаевтың өтініші', []],
    // Short words only whole: "Нур" for "Нұр"; a hyphenated ending is a word of its own.
    ['Нур-Султан', ['Нур']],
    ['Нурлан', []],
    ['АКШ', ['АКШ']],
    ['АКШ-тан', ['АКШ']],
  ])('substitutedWords(%j)', (text, expected) => {
    const registered = ['Қасым', 'Жомарт', 'Тоқаев', 'Нұр', 'АҚШ'];
    expect(substitutedWords(text, registered).map((s) => s.written)).toEqual(expected);
  });

  it.each([
    ['Президент просит организацию о помощи', 5],
    ['Президент организациядан көмек сұрайды', undefined],
    ['Папа Франциск', undefined],
    ['Рим Папасы Франциск', undefined],
    ['Рим Папасы Франциск Астанада болды', 5],
    ['Pope Francis visits Kazakhstan again today', undefined],
  ])('probablyRussian(%j) = %j', (text, expected) => {
    expect(probablyRussian(text)).toBe(expected);
  });
});
