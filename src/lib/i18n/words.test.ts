import { describe, expect, it } from 'vitest';
import type { DateSpec } from '../dates/dates.ts';
import { imprecision } from '../dates/timeline.ts';
import { byline } from '../site/format.ts';
import { translate } from './translate.ts';
import { bylineIn, imprecisionKey, joinNamesIn } from './words.ts';

describe('bylines', () => {
  const two = [{ name: 'Аида Бекова' }, { name: 'Ivan Petrov' }];
  it.each([
    [[], undefined],
    [[], 'Staff'],
    [[{ name: 'A' }], undefined],
    [two, undefined],
  ] as const)('English is the site formatter’s, byte for byte', (authors, signature) => {
    expect(bylineIn('en', authors, signature)).toBe(byline(authors, signature));
  });
  it('join names and say "unsigned" in Russian and Kazakh', () => {
    expect(joinNamesIn('ru', ['А', 'Б', 'В'])).toBe('А, Б и В');
    expect(joinNamesIn('kk', ['А', 'Б'])).toMatch(/^А(,| және) Б$/);
    expect(bylineIn('ru', two)).toBe('Аида Бекова и Ivan Petrov');
    expect(bylineIn('ru', [])).toBe('Без подписи');
    expect(bylineIn('kk', [], 'Staff')).toBe('Қол қойылмаған (соңында: «Staff»)');
  });
});

describe('imprecisionKey', () => {
  const specs: DateSpec[] = [
    { date: '2022-01-07' },
    { date: '2022-01' },
    { date: '2022' },
    { date: '2022-01-07', approximate: true },
    { from: '2022-01-05', to: '2022-01-07' },
  ];
  it.each(specs)('gives the words of the English badge for %j', (spec) => {
    const key = imprecisionKey(spec);
    expect(key === undefined ? undefined : translate('en', key)).toBe(imprecision(spec));
  });
});
