import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { speaker } from './words.ts';
import { searchWords } from './words-of.ts';

const en = speaker(searchWords('en'));
const ru = speaker(searchWords('ru'));
import { joinCitations, resultsCsv, rowsOnlyText, takeAway, takenPage, type TakenPage } from './takeaway.ts';

const ORIGIN = 'http://localhost:4321';
const article = takenPage(
  {
    url: '/articles/a-piece/',
    meta: { title: 'A piece, with "quotes"', date: 'March 2022', datekey: '2022-03', outlet: 'Vlast.kz' },
    filters: { author: ['Unsigned'], actor: ['Kassym-Jomart Tokayev', 'Vladimir Putin'], place: ['Almaty'], year: ['2022'] },
  },
  ORIGIN,
);
const event = takenPage(
  { url: '/events/e/', meta: { title: '=An event', kind: 'Event', date: 'December 2021 – January 2022', datekey: '2021-12/2022-01-05' } },
  ORIGIN,
);
const actor = takenPage({ url: '/actors/x/', meta: { title: 'X', kind: 'Actor' } }, ORIGIN);

describe('a result as a row', () => {
  it('reads its fragment: kind, absolute address, date bounds, authors but not "Unsigned"', () => {
    expect(article).toEqual({
      kind: 'Article',
      url: 'http://localhost:4321/articles/a-piece/',
      title: 'A piece, with "quotes"',
      dateText: 'March 2022',
      start: '2022-03-01',
      end: '2022-03-31',
      authors: [],
      outlet: 'Vlast.kz',
      actors: ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
      places: ['Almaty'],
    });
    expect([event.kind, event.start, event.end]).toEqual(['Event', '2021-12-01', '2022-01-05']);
    expect([actor.kind, actor.start, actor.dateText]).toEqual(['Actor', undefined, undefined]);
  });

  it('writes a CSV with a row per result, in order, that a CSV reader reads back', () => {
    const rows = parse(resultsCsv([event, article, actor]), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r['position'], r['kind'], r['title']])).toEqual([
      ['1', 'Event', "'=An event"],
      ['2', 'Article', 'A piece, with "quotes"'],
      ['3', 'Actor', 'X'],
    ]);
    expect(rows[1]?.['actors']).toBe('Kassym-Jomart Tokayev; Vladimir Putin');
    expect(rows[2]?.['start']).toBe('');
  });
});

const RIS = 'TY  - NEWS\nTI  - A\nER  - \n';
const BIB = '@article{a,\n  title = {A}\n}\n';

describe('citations of a set', () => {
  it.each([
    ['ris', [RIS, RIS.replace('TI  - A', 'TI  - B')], 'TY  - NEWS\nTI  - A\nER  - \n\nTY  - NEWS\nTI  - B\nER  - \n'],
    ['bib', [BIB, BIB], '@article{a,\n  title = {A}\n}\n\n@article{a,\n  title = {A}\n}\n'],
    [
      'json',
      ['[{"id":"a"}]', '[{"id":"b"},{"id":"c"}]'],
      '[\n  {\n    "id": "a"\n  },\n  {\n    "id": "b"\n  },\n  {\n    "id": "c"\n  }\n]\n',
    ],
  ] as const)('joins %s files', (format, texts, expected) => {
    expect(
      joinCitations(
        format,
        texts.map((text, i) => ({ url: `u${i}`, text })),
      ),
    ).toBe(expected);
  });

  it.each([
    ['ris', '<!doctype html><title>Not found</title>', /u0: expected a RIS record/],
    ['bib', 'TY  - NEWS\nER  - ', /u0: expected a BibTeX entry/],
    ['json', '{"id":"a"}', /u0: expected a CSL-JSON array/],
    ['json', 'not json', /u0 is not JSON/],
  ] as const)('refuses a %s file that is not one, naming it', (format, text, message) => {
    expect(() => joinCitations(format, [{ url: 'u0', text }])).toThrow(message);
  });

  it('reads each article’s citation file beside it, keeps their order, and counts what it leaves out', async () => {
    const second: TakenPage = { ...article, url: 'http://localhost:4321/articles/b/', title: 'B' };
    const asked: string[] = [];
    const fetchText = async (url: string) => {
      asked.push(url);
      // The first answers last: the file keeps the results' order all the same.
      await new Promise((r) => setTimeout(r, url.includes('a-piece') ? 20 : 0));
      return RIS.replace('TI  - A', `TI  - ${url}`);
    };
    const seen: number[] = [];
    const out = await takeAway([event, article, actor, second], 'ris', fetchText, (done) => seen.push(done));
    expect(asked.sort()).toEqual(['http://localhost:4321/articles/a-piece/cite.ris', 'http://localhost:4321/articles/b/cite.ris']);
    expect(out.text.indexOf('a-piece')).toBeLessThan(out.text.indexOf('/b/'));
    expect(out.count).toBe(2);
    expect(out.rowsOnly).toEqual({ Event: 1, Actor: 1 });
    expect(seen).toEqual([1, 2]);
    expect(rowsOnlyText(en, out.rowsOnly)).toBe('1 event and 1 actor are not works to cite: they are rows of the CSV only.');
  });

  it('writes the CSV from the results alone', async () => {
    const out = await takeAway([event, actor], 'csv', () => Promise.reject(new Error('nothing to fetch')));
    expect(out.count).toBe(2);
    expect(out.text.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
  });

  it.each([
    [{}, undefined],
    [{ Event: 1 }, '1 event is not a work to cite: it is a row of the CSV only.'],
    [{ Event: 2, Actor: 1, Place: 3 }, '2 events, 1 actor and 3 places are not works to cite: they are rows of the CSV only.'],
  ])('says what a citation format leaves out: %o', (rowsOnly, text) => {
    expect(rowsOnlyText(en, rowsOnly)).toBe(text);
  });
});

describe('what a citation format leaves out, in Russian', () => {
  it('counts each kind by its plural and joins them', () => {
    expect(rowsOnlyText(ru, { Event: 2, Actor: 5 })).toBe('2 события и 5 участников — не работы для цитирования: только строки CSV.');
  });
});
