import { describe, expect, it } from 'vitest';
import { monthOf } from './chronology.ts';
import { countText, errorText, failureText, groupLabel, queryMessage, rangeIn, statusLine, unknownValueLines } from './said.ts';
import { FILTER_KEYS, type FilterKey } from './url.ts';
import { speaker } from './words.ts';
import { searchWords } from './words-of.ts';

const en = speaker(searchWords('en'));
const ru = speaker(searchWords('ru'));
const kk = speaker(searchWords('kk'));

describe('the status line', () => {
  it.each([
    [1, 'Tokayev', undefined, 'relevance', '1 result for “Tokayev”.'],
    [0, undefined, undefined, 'newest', '0 results for the chosen filters, newest first.'],
    [
      12,
      'Kazakhstan',
      { from: monthOf(2022, 3), to: monthOf(2022, 12) },
      'oldest',
      '12 results for “Kazakhstan”, dated March 2022 to December 2022 (actor and place pages have no date), oldest first.',
    ],
  ] as const)('%i results for %s', (count, query, range, sort, line) => {
    expect(statusLine(en, count, query, range, sort)).toBe(line);
  });

  it('says a word too short to search was left out, rather than counting the filters as its results', () => {
    const range = { from: monthOf(2022, 1), to: monthOf(2022, 1) };
    expect(statusLine(en, 9, undefined, range, 'relevance', 'K')).toBe(
      '9 results for the chosen filters (“K” is too short to search: type at least 2 letters), dated January 2022 to January 2022 ' +
        '(actor and place pages have no date).',
    );
  });
});

describe('chosen values no page has', () => {
  const filters = (chosen: Partial<Record<FilterKey, string[]>>) =>
    Object.fromEntries(FILTER_KEYS.map((k) => [k, chosen[k] ?? []])) as unknown as Record<FilterKey, string[]>;
  const known = new Set(['year:2022', 'actor:Vladimir Putin']);
  const exists = (key: FilterKey, value: string) => known.has(`${key}:${value}`);
  const label = (key: FilterKey) => ({ year: 'Year', actor: 'Actor' })[key as 'year'] ?? key;

  it('says each, in the order of the facets, and how to undo it', () => {
    expect(unknownValueLines(en, filters({ year: ['2022', '1899'], actor: ['Nobody', 'Vladimir Putin'] }), exists, label)).toEqual([
      'No page of the archive has the actor “Nobody”, so no result can have it: untick it under Actor to see the results without it.',
      'No page of the archive has the year “1899”, so no result can have it: untick it under Year to see the results without it.',
    ]);
  });

  it('says nothing when every value exists', () => {
    expect(unknownValueLines(en, filters({ year: ['2022'] }), exists, label)).toEqual([]);
  });
});

describe('the count of results', () => {
  it.each([
    [0, '0 results'],
    [1, '1 result'],
    [2, '2 results'],
  ])('%i', (n, text) => {
    expect(countText(en, n)).toBe(text);
  });
});

describe('why a search could not run', () => {
  it.each([
    ['an Error, by its message', new Error('pagefind.js: HTTP 404'), 'pagefind.js: HTTP 404'],
    ['anything else, as text', 'offline', 'offline'],
  ])('%s', (_, error, text) => {
    expect(errorText(error)).toBe(text);
    expect(failureText(en, error)).toBe(`The search could not run (${text}). Check the connection and reload the page to try again.`);
  });
});

describe('what was done to a query', () => {
  it.each([
    ['blank: nothing searched, nothing said', '   ', { q: '', message: undefined }],
    [
      'no letters or digits: nothing searched, and said',
      '?! --',
      { q: '', message: 'Nothing to search: the query has no letters or digits. Type a word, a name or a "quoted phrase".' },
    ],
    ['as typed: searched, nothing said', 'Tokayev', { q: 'Tokayev', message: undefined }],
    [
      'an unpaired quote: left out, and said',
      '"shoot to kill',
      { q: 'shoot to kill', message: 'Query tidied: an unpaired quotation mark was left out.' },
    ],
  ])('%s', (_, raw, said) => {
    expect(queryMessage(en, raw)).toEqual(said);
  });

  it('says a long query was shortened, and an unpaired quote left out, in one sentence', () => {
    const { q, message } = queryMessage(en, `"${'Kazakhstan '.repeat(30)}`);
    expect(q.length).toBeLessThanOrEqual(200);
    expect(message).toBe('Query tidied: it was shortened to its first 200 characters; an unpaired quotation mark was left out.');
  });
});

describe("a result's paragraph link", () => {
  it.each([
    ['p4', '¶ 4'],
    ['p12', '¶ 12'],
    ['standfirst', 'Standfirst'],
    ['dateline', 'Dateline'],
    ['title', 'Title'],
    [undefined, 'Page'],
    ['px', 'Page'],
  ])('%s says %s', (anchor, label) => {
    expect(groupLabel(en, { anchor })).toBe(label);
  });
});

describe('in the reader’s language', () => {
  it.each([
    [ru, 1, '1 результат'],
    [ru, 3, '3 результата'],
    [ru, 5, '5 результатов'],
    [ru, 21, '21 результат'],
    [kk, 1, '1 нәтиже'],
    [kk, 7, '7 нәтиже'],
  ])('counts by the language’s plural rules (%#)', (sp, n, text) => {
    expect(countText(sp, n)).toBe(text);
  });

  it('writes the status line with its range and order', () => {
    const range = { from: monthOf(2022, 1), to: monthOf(2022, 3) };
    expect(statusLine(ru, 5, 'Токаев', range, 'newest')).toBe(
      '5 результатов по запросу «Токаев», даты: январь 2022 – март 2022 (у страниц участников и мест даты нет), сначала новые.',
    );
    expect(statusLine(kk, 2, 'Қаңтар', range, 'relevance')).toBe(
      '«Қаңтар» сұрауы бойынша 2 нәтиже, күні: 2022 жылғы қаңтар – 2022 жылғы наурыз (қатысушылар мен орындар беттерінде күн жоқ).',
    );
  });

  it.each([
    [en, { from: monthOf(2022, 3), to: monthOf(2022, 12) }, 'March 2022 to December 2022'],
    [en, { from: monthOf(2022, 3) }, 'from March 2022'],
    [en, { to: monthOf(2022, 3) }, 'up to March 2022'],
    [ru, { to: monthOf(2022, 3) }, 'не позднее: март 2022'],
    [kk, { from: monthOf(2021, 12) }, 'ең ерте: 2021 жылғы желтоқсан'],
  ])('words a range (%#)', (sp, range, text) => {
    expect(rangeIn(sp, range)).toBe(text);
  });

  it('says what was done to a query, and why a search failed', () => {
    expect(queryMessage(ru, '"Токаев').message).toBe('Запрос исправлен: непарная кавычка опущена.');
    expect(failureText(kk, new Error('HTTP 404'))).toMatch(/^Іздеу орындалмады \(HTTP 404\)/);
    expect(groupLabel(ru, { anchor: 'standfirst' })).toBe('Подзаголовок');
  });
});
