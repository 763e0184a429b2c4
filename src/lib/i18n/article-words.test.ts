import { describe, expect, it } from 'vitest';
import { waybackLabel } from '../provenance/wayback.ts';
import { languageName, removedLabel, translationPath } from '../site/format.ts';
import { type ProvenanceFacts, provenanceAtAGlance } from '../site/provenance-line.ts';
import { PLAIN_PROVENANCE } from '../testing/fixtures.ts';
import { confidenceIn, glanceIn, languageNameIn, removedLabelIn, translationPathIn, waybackLabelIn } from './article-words.ts';

const base = PLAIN_PROVENANCE;
const retranslated: ProvenanceFacts = {
  original: 'ar',
  archived: 'en',
  translations: [
    { from: 'ar', to: 'ru', by: 'InoSMI', confidence: 'inferred' },
    { from: 'ru', to: 'en', by: null, confidence: 'inferred' },
  ],
  republishedBy: { name: null },
  signed: false,
  published: { from: '2022-06', to: '2022-07', approximate: true, confidence: 'inferred' },
};
const monthOnly: ProvenanceFacts = { ...base, original: 'ru', published: { date: '2022-01', confidence: 'unknown' } };

describe('English is the existing formatters’ output, byte for byte', () => {
  it.each([base, retranslated, monthOnly])('the glance of %#', (facts) => {
    expect(glanceIn('en', facts)).toEqual(provenanceAtAGlance(facts));
  });
  it('language names, the translation path, removals, the Wayback label, a confidence', () => {
    expect(languageNameIn('en', 'kk')).toBe(languageName('kk'));
    expect(translationPathIn('en', 'ar', retranslated.translations)).toBe(translationPath('ar', retranslated.translations));
    for (const r of [{ text: ' ' }, { text: ' ', context: 'a  b' }, { text: '|', context: 'a | b' }, { text: 'Read more' }])
      expect(removedLabelIn('en', r)).toBe(removedLabel(r));
    for (const when of [{ date: '2022-01-05' }, { date: '2022' }, { from: '2022-06', to: '2022-07' }])
      expect(waybackLabelIn('en', when)).toBe(waybackLabel(when));
    expect(confidenceIn('en', 'inferred')).toBe('inferred');
  });
});

describe('Russian and Kazakh', () => {
  it('name languages in the nominative, from CLDR', () => {
    expect(languageNameIn('ru', 'en')).toBe('английский');
    expect(translationPathIn('ru', 'ar', retranslated.translations)).toBe('арабский → русский → английский');
    expect(languageNameIn('kk', 'ru')).toMatch(/^орыс/);
  });
  it('write the glance from the dictionary, dates in the language', () => {
    expect(glanceIn('ru', base)).toEqual(['Оригинальный текст (английский) в первой публикации, с подписью и датой']);
    expect(glanceIn('ru', retranslated)).toEqual([
      'Перевод через посредника (арабский → русский → английский), переводчики: InoSMI и неустановленный переводчик, по косвенным данным',
      'Перепечатка (неустановленный сайт)',
      'Без подписи',
      'Дата приблизительная: июнь–июль 2022',
      'Дата установлена по косвенным данным',
    ]);
    expect(glanceIn('kk', monthOnly)).toEqual([
      'Аударма (түпнұсқаның тілі: орыс тілі), аудармашысы белгісіз',
      'Күні тек былай белгілі: 2022 жылғы қаңтар',
      'Күні анықталмаған',
    ]);
  });
  it('quote removals with «», label the Wayback look-up, and word a confidence', () => {
    expect(removedLabelIn('ru', { text: '|', context: 'a | b' })).toBe('«|» в «a | b»');
    expect(removedLabelIn('kk', { text: '' })).toBe('артық бос орын');
    expect(waybackLabelIn('ru', { date: '2022-01-05' })).toBe('найти архивные копии около 5 января 2022');
    expect(confidenceIn('kk', 'confirmed')).toBe('расталған');
    expect(confidenceIn('ru', 'unknown')).toBe('неизвестно');
  });
});
