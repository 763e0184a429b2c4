import { describe, expect, it } from 'vitest';
import { groupByYearAndMonth, planYearPages } from '../dates/timeline.ts';
import { publicationAt } from '../testing/fixtures.ts';
import { groupLabelIn, periodInText, periodLabelIn } from './timeline.ts';

const entry = publicationAt;
const entries = [
  entry('a', { date: '2022-01-07' }),
  entry('b', { date: '2022' }),
  entry('c', { from: '2022-06', to: '2022-07' }),
  entry('d', { date: '2021-12' }),
  entry('e', { from: '2021-12-30', to: '2022-01-02' }),
];
const groups = groupByYearAndMonth(entries).flatMap((y) => y.groups);

describe('timeline labels in each language', () => {
  it('are in English exactly the labels the timeline writes', () => {
    expect(groups.map((g) => groupLabelIn(g, 'en'))).toEqual(groups.map((g) => g.label));
    const pages = groupByYearAndMonth(entries).flatMap((y) => planYearPages(y, 1));
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.map((p) => periodLabelIn(p, 'en'))).toEqual(pages.map((p) => p.label));
  });
  it.each([
    ['ru', ['Декабрь 2021', 'Декабрь 2021 – январь 2022', '2022, месяц неизвестен', 'Январь 2022', 'Июнь–июль 2022']],
    [
      'kk',
      [
        '2021 жылғы желтоқсан',
        '2021 жылғы желтоқсан – 2022 жылғы қаңтар',
        '2022, айы белгісіз',
        '2022 жылғы қаңтар',
        '2022 жылғы маусым–шілде',
      ],
    ],
  ] as const)('head each group in %s', (lang, expected) => {
    expect(groups.map((g) => groupLabelIn(g, lang))).toEqual(expected);
  });
  it.each([
    ['en', 'January 2022', 'January 2022'],
    ['ru', 'Январь 2022', 'январь 2022'],
    ['kk', '2022 жылғы қаңтар', '2022 жылғы қаңтар'],
  ] as const)('name a month page in %s as a heading and within a sentence', (lang, heading, inText) => {
    expect([periodLabelIn({ year: 2022, month: 1 }, lang), periodInText({ year: 2022, month: 1 }, lang)]).toEqual([heading, inText]);
    expect(periodLabelIn({ year: 2022 }, lang)).toBe('2022');
  });
});
