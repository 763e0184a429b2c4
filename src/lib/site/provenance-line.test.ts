import { describe, expect, it } from 'vitest';
import { PLAIN_PROVENANCE } from '../testing/fixtures.ts';
import { provenanceAtAGlance, type ProvenanceFacts } from './provenance-line.ts';

const base = PLAIN_PROVENANCE;

describe('provenanceAtAGlance', () => {
  it.each<[string, Partial<ProvenanceFacts>, string[]]>([
    ['an original, signed, dated text', {}, ['Original English text as first published, signed and dated']],
    [
      'two translations (Arabic → Russian → English, 004)',
      {
        original: 'ar',
        translations: [
          { from: 'ar', to: 'ru', by: 'InoSMI', confidence: 'inferred' },
          { from: 'ru', to: 'en', by: 'vpk.name', confidence: 'inferred' },
        ],
        republishedBy: { name: 'vpk.name' },
        published: { from: '2022-06', to: '2022-07', approximate: true, confidence: 'inferred' },
      },
      [
        'Re-translated from Arabic via Russian into English by InoSMI and vpk.name, inferred',
        'Republished copy (vpk.name)',
        'Date approximate: June–July 2022',
        'Date inferred',
      ],
    ],
    [
      'an unidentified first translator (Italian → Spanish → English, 002)',
      {
        original: 'it',
        translations: [
          { from: 'it', to: 'es', by: null, confidence: 'inferred' },
          { from: 'es', to: 'en', by: 'TLN', confidence: 'inferred' },
        ],
      },
      ['Re-translated from Italian via Spanish into English by an unidentified translator and TLN, inferred'],
    ],
    [
      'one confirmed translation',
      { original: 'ru', translations: [{ from: 'ru', to: 'en', by: 'X', confidence: 'confirmed' }] },
      ['Translated from Russian into English by X'],
    ],
    [
      'an unsigned piece from an unidentified republisher',
      { signed: false, republishedBy: { name: null } },
      ['Republished copy (an unidentified site)', 'Unsigned'],
    ],
    ['a month', { published: { date: '2022-06', confidence: 'confirmed' } }, ['Date known only as June 2022']],
  ])('%s', (_what, facts, expected) => {
    expect(provenanceAtAGlance({ ...base, ...facts })).toEqual(expected);
  });
});
