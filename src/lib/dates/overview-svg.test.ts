import { describe, expect, test } from 'vitest';
import type { DateSpec } from './dates.ts';
import { assignLanes, layoutOverview, type OverviewEntry } from './overview-svg.ts';

const scope = { from: '2020', to: '2022' };
const e = (id: string, when: DateSpec, kind: 'event' | 'publication' = 'event'): OverviewEntry => ({ id, kind, title: id, when });
const layout = (entries: OverviewEntry[], maxMarks = 400) => layoutOverview(entries, { scope, width: 1096 + 16, maxMarks });
const mark = (entries: OverviewEntry[], id: string) => layout(entries).marks.find((m) => m.id === id);

describe('assignLanes', () => {
  test('overlapping intervals go to separate lanes, clear ones share', () => {
    expect(
      assignLanes([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 30 },
      ]),
    ).toEqual([0, 1, 0]);
  });
  test('intervals that only touch still get a gap', () => {
    expect(
      assignLanes([
        { start: 0, end: 10 },
        { start: 11, end: 20 },
      ]),
    ).toEqual([0, 1]);
    expect(
      assignLanes([
        { start: 0, end: 10 },
        { start: 12, end: 20 },
      ]),
    ).toEqual([0, 0]);
  });
  test('the result follows the input order, not the sorted order', () => {
    expect(
      assignLanes([
        { start: 50, end: 60 },
        { start: 0, end: 55 },
      ]),
    ).toEqual([1, 0]);
  });
});

describe('layoutOverview marks', () => {
  test("a mark carries its entry's link, and an entry without one gets none", () => {
    const linked = layout([{ ...e('a', { date: '2021-05-01' }), href: '/events/a/' }, e('b', { date: '2021-09' })]);
    expect(linked.marks.find((m) => m.id === 'a')?.href).toBe('/events/a/');
    expect(linked.marks.find((m) => m.id === 'b')).not.toHaveProperty('href');
  });
  // 1096 days in 2020–2022, so one day is one unit from x = 8.
  test('an exact day is a dot centred on its day', () => {
    expect(mark([e('a', { date: '2020-01-01' })], 'a')).toMatchObject({ shape: 'dot', x: 8.5, width: 0 });
    expect(mark([e('b', { date: '2022-12-31' })], 'b')).toMatchObject({ shape: 'dot', x: 1103.5 });
  });
  test('a month is a bar over all its days', () => {
    expect(mark([e('m', { date: '2020-02' })], 'm')).toMatchObject({ shape: 'bar', x: 39, width: 29 });
  });
  test('a day span is a bar from its first to its last day', () => {
    expect(mark([e('s', { from: '2020-01-02', to: '2020-01-04' })], 's')).toMatchObject({ shape: 'bar', x: 9, width: 3 });
  });
  test('an approximate day is a bar, not a dot', () => {
    expect(mark([e('x', { date: '2020-01-10', approximate: true })], 'x')?.shape).toBe('bar');
  });
  test('a year-only date spans the whole year', () => {
    expect(mark([e('y', { date: '2021' })], 'y')).toMatchObject({ x: 374, width: 365 });
  });
  test('a span reaching outside the scope is clipped to it', () => {
    expect(mark([e('c', { from: '2019-12', to: '2020-01' })], 'c')).toMatchObject({ x: 8, width: 31 });
  });
  test('entries outside the scope are counted, not drawn', () => {
    const l = layout([e('old', { date: '2019-03' }), e('in', { date: '2021-05-05' }), e('new', { date: '2023' })]);
    expect(l.marks.map((m) => m.id)).toEqual(['in']);
    expect(l.outside).toEqual({ before: 1, after: 1 });
  });
  test('marks on the same days stack in lanes', () => {
    const l = layout([e('a', { date: '2022-01-07' }), e('b', { date: '2022-01-07' }), e('c', { date: '2022-01' })]);
    expect(new Set(l.marks.map((m) => m.lane)).size).toBe(3);
    expect(new Set(l.marks.map((m) => m.y)).size).toBe(3);
  });
  test('events and publications get separate bands', () => {
    const l = layout([e('ev', { date: '2022-01-07' }), e('pub', { date: '2022-01-07' }, 'publication')]);
    expect(l.bands.map((b) => b.label)).toEqual(['Events', 'Articles']);
    const [ev, pub] = l.marks;
    expect(ev && pub && pub.y > ev.y).toBe(true);
    expect(ev?.lane).toBe(0);
    expect(pub?.lane).toBe(0);
  });
  test('year ticks at each 1 January', () => {
    expect(layout([]).ticks).toEqual([
      { x: 8, label: '2020' },
      { x: 374, label: '2021' },
      { x: 739, label: '2022' },
    ]);
  });
  test('labels carry the date as precisely as it is known', () => {
    expect(mark([e('m', { date: '2020-08' })], 'm')?.label).toBe('m (August 2020)');
  });
});

describe('text alternative', () => {
  const l = layout([
    e('a', { date: '2022-01-05' }),
    e('b', { date: '2022-01-06' }),
    e('c', { from: '2020-06-25', to: '2020-07-01' }),
    e('p', { date: '2021-03-06' }, 'publication'),
    e('old', { date: '2019-03' }),
  ]);
  test('has a title naming the period', () => {
    expect(l.title).toBe('Overview of the timeline, January 2020 to December 2022');
  });
  test('counts, imprecision, years, busiest month, what is left out', () => {
    expect(l.description).toContain('3 events and 1 article publication');
    expect(l.description).toContain('1 date known only to the month or as a span is drawn as bars');
    expect(l.description).toContain('By year: 2020, 1; 2021, 1; 2022, 2.');
    expect(l.description).toContain('The busiest month is January 2022, with 2 entries.');
    expect(l.description).toContain('Not drawn: 1 earlier and 0 later entry.');
  });
});

describe('counts mode', () => {
  const many = Array.from({ length: 30 }, (_, i) => e(`d${i}`, { date: `2022-01-${String(i + 1).padStart(2, '0')}` }));
  const l = layout([...many, e('m', { date: '2022-02' }), e('m2', { date: '2022-02' })], 10);
  test('switches to counts above maxMarks, drawing no marks', () => {
    expect(l.mode).toBe('counts');
    expect(l.marks).toEqual([]);
  });
  test('one bin per month, heights scaled to the busiest, imprecise stacked apart', () => {
    expect(l.bins.map((b) => [b.month, b.count])).toEqual([
      ['2022-01', 30],
      ['2022-02', 2],
    ]);
    expect(l.bins[0]).toMatchObject({ exactHeight: 60, impreciseHeight: 0 });
    expect(l.bins[1]).toMatchObject({ exactHeight: 0, impreciseHeight: 4 });
    expect(l.bins[1]?.label).toBe('February 2022: 2 entries, 2 of them with an imprecise date');
  });
});

describe('in Russian and Kazakh', () => {
  const entries = [
    e('a', { date: '2022-01-05' }),
    e('b', { date: '2022-01-06' }),
    e('c', { from: '2020-06-25', to: '2020-07-01' }),
    e('p', { date: '2021-03-06' }, 'publication'),
    e('old', { date: '2019-03' }),
  ];
  const inLang = (lang: 'ru' | 'kk', maxMarks?: number) =>
    layoutOverview(entries, { scope, lang, ...(maxMarks === undefined ? {} : { maxMarks }) });
  test.each([
    ['ru', ['События', 'Статьи'], 'Обзор хронологии, январь 2020 – декабрь 2022', 'a (5 января 2022)'],
    ['kk', ['Оқиғалар', 'Мақалалар'], 'Хронологияға шолу, 2020 жылғы қаңтар – 2022 жылғы желтоқсан', 'a (2022 жылғы 5 қаңтар)'],
  ] as const)('%s: the legend of the bands, the title and each mark’s date', (lang, bands, title, label) => {
    const l = inLang(lang);
    expect(l.bands.map((b) => b.label)).toEqual(bands);
    expect(l.title).toBe(title);
    expect(l.marks.find((m) => m.id === 'a')?.label).toBe(label);
  });
  test('the text alternative with each language’s plural forms and dates', () => {
    expect(inLang('ru').description).toContain('3 события и 1 публикация статьи (январь 2020 – декабрь 2022)');
    expect(inLang('ru').description).toContain('Больше всего записей — январь 2022: 2 записи.');
    expect(inLang('ru').description).toContain('По годам: 2020 — 1; 2021 — 1; 2022 — 2.');
    expect(inLang('kk').description).toContain('3 оқиға және 1 мақала жариялануы (2020 жылғы қаңтар – 2022 жылғы желтоқсан)');
    expect(inLang('kk').description).toContain('Жазбасы ең көп ай — 2022 жылғы қаңтар: 2 жазба.');
  });
  test('the bars of the counts mode', () => {
    expect(inLang('ru', 1).bins.map((b) => b.label)).toContain('январь 2022: 2 записи, из них с неточной датой — 0');
  });
});
