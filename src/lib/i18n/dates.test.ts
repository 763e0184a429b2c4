import { describe, expect, test } from 'vitest';
import { type DateSpec, formatDateSpec } from '../dates/dates.ts';
import { articlesFrontmatter, readTree } from '../testing/content.ts';
import { dateHeading, formatDate } from './dates.ts';
import { LANGS } from './langs.ts';

// Each precision and shape of span the archive stores, in each language.
const SHAPES: Array<[string, DateSpec | undefined, string, string, string]> = [
  ['day', { date: '2022-01-07' }, '7 January 2022', '7 января 2022', '2022 жылғы 7 қаңтар'],
  ['month', { date: '2022-01' }, 'January 2022', 'январь 2022', '2022 жылғы қаңтар'],
  ['year', { date: '2022' }, '2022', '2022', '2022'],
  [
    'days of one month',
    { from: '2022-09-13', to: '2022-09-15' },
    '13–15 September 2022',
    '13–15 сентября 2022',
    '2022 жылғы 13–15 қыркүйек',
  ],
  [
    'days across months',
    { from: '2020-06-25', to: '2020-07-01' },
    '25 June – 1 July 2020',
    '25 июня – 1 июля 2020',
    '2020 жылғы 25 маусым – 1 шілде',
  ],
  [
    'days across years',
    { from: '2021-12-30', to: '2022-01-02' },
    '30 December 2021 – 2 January 2022',
    '30 декабря 2021 – 2 января 2022',
    '2021 жылғы 30 желтоқсан – 2022 жылғы 2 қаңтар',
  ],
  ['months of one year', { from: '2022-06', to: '2022-07' }, 'June–July 2022', 'июнь–июль 2022', '2022 жылғы маусым–шілде'],
  [
    'months across years',
    { from: '2021-12', to: '2022-01' },
    'December 2021 – January 2022',
    'декабрь 2021 – январь 2022',
    '2021 жылғы желтоқсан – 2022 жылғы қаңтар',
  ],
  ['years', { from: '2020', to: '2022' }, '2020 – 2022', '2020 – 2022', '2020 – 2022'],
  [
    'a day to a month',
    { from: '2022-01-05', to: '2022-02' },
    '5 January 2022 – February 2022',
    '5 января 2022 – февраль 2022',
    '2022 жылғы 5 қаңтар – 2022 жылғы ақпан',
  ],
  ['approximate year', { date: '2022', approximate: true }, '2022, approximate', 'около 2022', 'шамамен 2022'],
  [
    'approximate month',
    { date: '2022-01', approximate: true },
    'January 2022, approximate',
    'около января 2022',
    'шамамен 2022 жылғы қаңтар',
  ],
  [
    'approximate day',
    { date: '2022-01-07', approximate: true },
    '7 January 2022, approximate',
    'около 7 января 2022',
    'шамамен 2022 жылғы 7 қаңтар',
  ],
  [
    'approximate months',
    { from: '2022-06', to: '2022-07', approximate: true },
    'June–July 2022, approximate',
    'около июня–июля 2022',
    'шамамен 2022 жылғы маусым–шілде',
  ],
  ['undated', undefined, 'undated', 'без даты', 'күні көрсетілмеген'],
];

describe('formatDate', () => {
  test.each(SHAPES)('%s', (_shape, spec, en, ru, kk) => {
    expect(formatDate(spec, 'en')).toBe(en);
    expect(formatDate(spec, 'ru')).toBe(ru);
    expect(formatDate(spec, 'kk')).toBe(kk);
  });

  test.each([
    ['2022-01', 'январь', 'января'],
    ['2022-02', 'февраль', 'февраля'],
    ['2022-03', 'март', 'марта'],
    ['2022-04', 'апрель', 'апреля'],
    ['2022-05', 'май', 'мая'],
    ['2022-06', 'июнь', 'июня'],
    ['2022-07', 'июль', 'июля'],
    ['2022-08', 'август', 'августа'],
    ['2022-09', 'сентябрь', 'сентября'],
    ['2022-10', 'октябрь', 'октября'],
    ['2022-11', 'ноябрь', 'ноября'],
    ['2022-12', 'декабрь', 'декабря'],
  ])('Russian writes the month %s alone as "%s", a day of it with "%s"', (month, nominative, genitive) => {
    expect(formatDate({ date: month }, 'ru')).toBe(`${nominative} 2022`);
    expect(formatDate({ date: `${month}-17` }, 'ru')).toBe(`17 ${genitive} 2022`);
    expect(formatDate({ date: month, approximate: true }, 'ru')).toBe(`около ${genitive} 2022`);
  });

  test.each([
    ['2022-01', 'қаңтар'],
    ['2022-02', 'ақпан'],
    ['2022-03', 'наурыз'],
    ['2022-04', 'сәуір'],
    ['2022-05', 'мамыр'],
    ['2022-06', 'маусым'],
    ['2022-07', 'шілде'],
    ['2022-08', 'тамыз'],
    ['2022-09', 'қыркүйек'],
    ['2022-10', 'қазан'],
    ['2022-11', 'қараша'],
    ['2022-12', 'желтоқсан'],
  ])('Kazakh writes %s as "2022 жылғы %s"', (month, name) => {
    expect(formatDate({ date: month }, 'kk')).toBe(`2022 жылғы ${name}`);
    expect(formatDate({ date: `${month}-17` }, 'kk')).toBe(`2022 жылғы 17 ${name}`);
  });
});

// The archive's own dates: every event in content/events and every article's publication date.
const tree = readTree();
const REAL: Record<string, [string, string, string]> = {
  '2019-03-astana-renamed-nur-sultan': ['March 2019', 'март 2019', '2019 жылғы наурыз'],
  '2020-06-25-russian-constitutional-vote': ['25 June – 1 July 2020', '25 июня – 1 июля 2020', '2020 жылғы 25 маусым – 1 шілде'],
  '2020-08-09-belarus-presidential-election': ['9 August 2020', '9 августа 2020', '2020 жылғы 9 тамыз'],
  '2020-08-26-kaznacheyev-remarks-on-belarus': ['26 August 2020', '26 августа 2020', '2020 жылғы 26 тамыз'],
  '2020-08-putin-police-reserve-for-belarus': ['August 2020', 'август 2020', '2020 жылғы тамыз'],
  '2021-03-04-bezpalko-russia-has-no-allies': ['4 March 2021', '4 марта 2021', '2021 жылғы 4 наурыз'],
  '2021-12-17-russia-publishes-draft-security-treaties': ['17 December 2021', '17 декабря 2021', '2021 жылғы 17 желтоқсан'],
  '2021-12-21-shoigu-claim-and-putin-defence-board': ['21 December 2021', '21 декабря 2021', '2021 жылғы 21 желтоқсан'],
  '2022-01-02-kazakhstan-fuel-price-protests-begin': ['2 January 2022', '2 января 2022', '2022 жылғы 2 қаңтар'],
  '2022-01-05-tokayev-asks-csto': ['5 January 2022', '5 января 2022', '2022 жылғы 5 қаңтар'],
  '2022-01-06-csto-deploys-to-kazakhstan': ['6 January 2022', '6 января 2022', '2022 жылғы 6 қаңтар'],
  '2022-01-07-lukyanov-csto-milestone': ['7 January 2022', '7 января 2022', '2022 жылғы 7 қаңтар'],
  '2022-01-07-orda-reports-nazarbayev-family-left': ['7 January 2022', '7 января 2022', '2022 жылғы 7 қаңтар'],
  '2022-01-07-tokayev-shoot-to-kill-order': ['7 January 2022', '7 января 2022', '2022 жылғы 7 қаңтар'],
  '2022-01-10-geneva-security-talks': ['10 January 2022', '10 января 2022', '2022 жылғы 10 қаңтар'],
  '2022-01-11-csto-mission-complete-withdrawal': ['11–19 January 2022', '11–19 января 2022', '2022 жылғы 11–19 қаңтар'],
  '2022-02-24-russia-invades-ukraine': ['24 February 2022', '24 февраля 2022', '2022 жылғы 24 ақпан'],
  '2022-03-27-delyagin-on-azerbaijan': ['27 March 2022', '27 марта 2022', '2022 жылғы 27 наурыз'],
  '2022-06-05-kazakhstan-constitutional-referendum': ['5 June 2022', '5 июня 2022', '2022 жылғы 5 маусым'],
  '2022-06-17-tokayev-at-spief': ['17 June 2022', '17 июня 2022', '2022 жылғы 17 маусым'],
  '2022-06-tokayev-will-observe-sanctions': ['June 2022', 'июнь 2022', '2022 жылғы маусым'],
  '2022-07-05-cpc-terminal-suspended': ['5–11 July 2022', '5–11 июля 2022', '2022 жылғы 5–11 шілде'],
  '2022-08-01-medvedev-vk-post-on-kazakhstan': ['1–2 August 2022', '1–2 августа 2022', '2022 жылғы 1–2 тамыз'],
  '2022-09-13-pope-francis-visits-kazakhstan': ['13–15 September 2022', '13–15 сентября 2022', '2022 жылғы 13–15 қыркүйек'],
  '2022-09-17-capital-renamed-astana-again': ['17 September 2022', '17 сентября 2022', '2022 жылғы 17 қыркүйек'],
  '2022-11-20-tokayev-re-elected': ['20 November 2022', '20 ноября 2022', '2022 жылғы 20 қараша'],
  '2022-12-sanchez-interviewed-by-azattyq': ['December 2022', 'декабрь 2022', '2022 жылғы желтоқсан'],
};

describe("the archive's dates", () => {
  test('every event is in the table, and the table has no event the archive lacks', () => {
    expect(tree.events.map((e) => e.id).sort()).toEqual(Object.keys(REAL).sort());
  });
  test.each(tree.events.map((e) => [e.id, e.data.when] as const))('%s', (id, when) => {
    const [en, ru, kk] = REAL[id] ?? [];
    expect([formatDate(when, 'en'), formatDate(when, 'ru'), formatDate(when, 'kk')]).toEqual([en, ru, kk]);
  });
  test("every article's publication date: English as today, no Latin letter in Russian or Kazakh", () => {
    for (const article of articlesFrontmatter(tree).values()) {
      expect(formatDate(article.published, 'en')).toBe(formatDateSpec(article.published));
      for (const lang of LANGS.filter((l) => l !== 'en')) expect(formatDate(article.published, lang)).not.toMatch(/[A-Za-z]/);
    }
  });
  test('the approximate span an article has', () => {
    const spans = [...articlesFrontmatter(tree).values()].map((a) => a.published).filter((p) => p.approximate === true);
    expect(spans.map((p) => [p.from, p.to])).toEqual([['2022-06', '2022-07']]);
    expect(spans.map((p) => [formatDate(p, 'ru'), formatDate(p, 'kk')])).toEqual([
      ['около июня–июля 2022', 'шамамен 2022 жылғы маусым–шілде'],
    ]);
  });
});

describe('dates as headings', () => {
  // What a timeline heading and a list of months show: the running text's form, its first letter a capital.
  const HEADINGS: Array<[string, DateSpec | undefined, string, string, string]> = [
    ['a month', { date: '2022-01' }, 'January 2022', 'Январь 2022', '2022 жылғы қаңтар'],
    ['months of one year', { from: '2022-06', to: '2022-07' }, 'June–July 2022', 'Июнь–июль 2022', '2022 жылғы маусым–шілде'],
    [
      'months across years',
      { from: '2021-12', to: '2022-01' },
      'December 2021 – January 2022',
      'Декабрь 2021 – январь 2022',
      '2021 жылғы желтоқсан – 2022 жылғы қаңтар',
    ],
    ['an approximate year', { date: '2022', approximate: true }, '2022, approximate', 'Около 2022', 'Шамамен 2022'],
    ['a day', { date: '2022-01-07' }, '7 January 2022', '7 января 2022', '2022 жылғы 7 қаңтар'],
    ['no date', undefined, 'Undated', 'Без даты', 'Күні көрсетілмеген'],
  ];
  test.each(HEADINGS)('%s', (_, spec, en, ru, kk) => {
    expect([dateHeading(spec, 'en'), dateHeading(spec, 'ru'), dateHeading(spec, 'kk')]).toEqual([en, ru, kk]);
  });
});
