import { describe, expect, it } from 'vitest';
import { type ActorKind, kindNames } from '../actors/schema.ts';
import { translate } from '../i18n/translate.ts';
import { facetLabels, type LabelRegistry, labeller, UNSIGNED } from './facet-labels.ts';
import { facetEntries, labelOrder, valueLabel } from './facet-groups.ts';
import { derivedNoteParts } from './derived.ts';
import { actingValue, derivedNote } from './involvement-facets.ts';
import { readWords, speaker } from './words.ts';
import { searchWords } from './words-of.ts';

const registry: LabelRegistry = {
  actors: [
    {
      name: 'Kassym-Jomart Tokayev',
      kind: 'person',
      names: [
        { form: 'Қасым-Жомарт Тоқаев', language: 'kk', display: true },
        { form: 'Касым-Жомарт Токаев', language: 'ru', display: true },
      ],
    },
    { name: 'Sergey Lavrov', kind: 'person', names: [{ form: 'Сергей Лавров', language: 'ru', display: true }] },
    { name: 'Russia', kind: 'state', names: [{ form: 'Россия', language: 'ru', display: true }] },
    { name: 'Kazakhstan', kind: 'state', names: [{ form: 'Қазақстан', language: 'kk', display: true }] },
    { name: 'CSTO', kind: 'international-organisation', names: [{ form: 'ОДКБ', language: 'ru', display: true }] },
  ],
  places: [
    { name: 'Almaty', names: [{ form: 'Алматы', language: 'kk', display: true }] },
    { name: 'Astana', names: [{ form: 'Астана', language: 'ru', display: true }] },
  ],
};

const values = {
  actor: ['Kassym-Jomart Tokayev', 'Sergey Lavrov', 'Russia', 'CSTO', 'Unregistered'],
  state: ['Russia', 'Kazakhstan'],
  place: ['Almaty', 'Astana'],
  kind: ['Person', 'State', 'International organisation'],
  acting: ['People acting for Russia', 'International organisations acting for Kazakhstan'],
  author: [UNSIGNED, 'Paul Goble'],
  outlet: ['TASS'],
  year: ['2022'],
};

describe('facetLabels', () => {
  it('gives an English page no table: the values are the English labels', () => {
    expect(facetLabels('en', registry, values)).toEqual({});
  });

  it('labels a Russian page’s values by the registry and the dictionary, and leaves out what reads as the value', () => {
    expect(facetLabels('ru', registry, values)).toEqual({
      actor: { 'Kassym-Jomart Tokayev': 'Касым-Жомарт Токаев', 'Sergey Lavrov': 'Сергей Лавров', Russia: 'Россия', CSTO: 'ОДКБ' },
      state: { Russia: 'Россия' },
      place: { Astana: 'Астана' },
      kind: { Person: 'Человек', State: 'Государство', 'International organisation': 'Международная организация' },
      acting: {
        'People acting for Russia': 'Люди, действующие от имени государства Россия',
        // Kazakhstan has no Russian form in this registry: the English name stands in the Russian phrase.
        'International organisations acting for Kazakhstan': 'Международные организации, действующие от имени государства Kazakhstan',
      },
      author: { Unsigned: 'Без подписи' },
    });
  });

  it('marks a Kazakh page’s fallbacks with their language (kk, then ru; an English one needs no label)', () => {
    const kk = facetLabels('kk', registry, values);
    expect(kk['actor']).toEqual({
      'Kassym-Jomart Tokayev': 'Қасым-Жомарт Тоқаев',
      'Sergey Lavrov': ['Сергей Лавров', 'ru'],
      Russia: ['Россия', 'ru'],
      CSTO: ['ОДКБ', 'ru'],
    });
    expect(kk['place']).toEqual({ Almaty: 'Алматы', Astana: ['Астана', 'ru'] });
    expect(kk['acting']?.['International organisations acting for Kazakhstan']).toBe('Қазақстан атынан әрекет ететін халықаралық ұйымдар');
    expect(kk['outlet']).toBeUndefined();
    expect(kk['year']).toBeUndefined();
  });

  it.each(['Nobody acting for Russia', 'People acting for Atlantis', 'People acting for CSTO', 'Persons'])(
    'gives no label to a value it cannot read (%s)',
    (value) => {
      const label = labeller('ru', registry);
      expect(label('acting', value)).toBeUndefined();
      expect(label('kind', value)).toBeUndefined();
    },
  );

  it.each(Object.keys(kindNames).filter((k) => k !== 'state') as ActorKind[])(
    'has an English "acting for" pattern that reads as the index’s value (%s)',
    (kind) => {
      expect(translate('en', `facetValue.acting.${kind}` as never, { state: 'Russia' })).toBe(actingValue(kind, 'Russia'));
      expect(labeller('kk', registry)('acting', actingValue(kind, 'Russia'))?.text).toMatch(/^Россия атынан/);
    },
  );
});

describe('the page’s labels, read by its script', () => {
  const words = (lang: 'en' | 'ru' | 'kk') =>
    speaker(readWords(JSON.stringify(searchWords(lang, [], facetLabels(lang, registry, values)))));

  it('shows a value by its label with the label’s language, and an unlabelled one as the index has it, in English', () => {
    const kk = words('kk');
    expect(valueLabel(kk, 'actor', 'Kassym-Jomart Tokayev')).toEqual({ text: 'Қасым-Жомарт Тоқаев', lang: 'kk' });
    expect(valueLabel(kk, 'actor', 'Sergey Lavrov')).toEqual({ text: 'Сергей Лавров', lang: 'ru' });
    expect(valueLabel(kk, 'outlet', 'TASS')).toEqual({ text: 'TASS', lang: 'en' });
    expect(valueLabel(kk, 'year', '2022')).toEqual({ text: '2022', lang: 'kk' });
    expect(valueLabel(kk, 'type', 'Event')).toEqual({ text: 'Оқиға', lang: 'kk' });
    expect(valueLabel(words('en'), 'actor', 'Russia')).toEqual({ text: 'Russia', lang: 'en' });
  });

  it('writes no table into the English words, which stay as they were', () => {
    expect(searchWords('en', [], facetLabels('en', registry, values))).toEqual(searchWords('en'));
    expect(Object.keys(searchWords('en'))).not.toContain('labels');
  });

  it('sorts values by their labels in the page’s language', () => {
    const ru = words('ru');
    const sorted = ['Russia', 'Sergey Lavrov', 'Kassym-Jomart Tokayev', 'CSTO'].sort(labelOrder(ru, 'actor'));
    // Касым, ОДКБ, Россия, Сергей; by the English values CSTO would come first.
    expect(sorted).toEqual(['Kassym-Jomart Tokayev', 'CSTO', 'Russia', 'Sergey Lavrov']);
    expect(['Russia', 'Sergey Lavrov', 'Kassym-Jomart Tokayev', 'CSTO'].sort(labelOrder(words('en'), 'actor'))).toEqual([
      'CSTO',
      'Kassym-Jomart Tokayev',
      'Russia',
      'Sergey Lavrov',
    ]);
  });

  it('lists a facet most counted first, and equal counts by their labels', () => {
    const counts = { actor: { Russia: 2, CSTO: 1, 'Sergey Lavrov': 1, 'Kassym-Jomart Tokayev': 1 } };
    const values = (lang: 'en' | 'ru') => facetEntries('actor', new Set(), counts, labelOrder(words(lang), 'actor')).map(([v]) => v);
    expect(values('ru')).toEqual(['Russia', 'Kassym-Jomart Tokayev', 'CSTO', 'Sergey Lavrov']);
    expect(values('en')).toEqual(['Russia', 'CSTO', 'Kassym-Jomart Tokayev', 'Sergey Lavrov']);
  });

  it('names a derived state and the actors it comes through by their labels', () => {
    const note = derivedNote(words('ru'), [{ state: 'Russia', via: ['Sergey Lavrov'] }], new Set(['Russia']));
    expect(note).toBe(
      'Связано с государством (Россия) через участников, а не по метке: Сергей Лавров действует от имени государства Россия.',
    );
  });

  it('keeps a fallback name of the note apart, with its language, for the page to mark', () => {
    const derived = [{ state: 'Russia', via: ['Sergey Lavrov', 'Kassym-Jomart Tokayev'] }];
    expect(derivedNoteParts(words('kk'), derived, new Set(['Russia']))).toEqual([
      'Белгі бойынша емес, қатысушылар арқылы мемлекетке қатысты (',
      { text: 'Россия', lang: 'ru' },
      '): ',
      { text: 'Сергей Лавров', lang: 'ru' },
      ' және ',
      { text: 'Қасым-Жомарт Тоқаев', lang: 'kk' },
      ' — ',
      { text: 'Россия', lang: 'ru' },
      ' атынан әрекет етеді',
      '.',
    ]);
  });

  it.each([
    ['a label neither text nor [text, language]', { actor: { Russia: 3 } }],
    ['a language that is not one of the site’s', { actor: { Russia: ['Russland', 'de'] } }],
    ['a facet that is not a table', { actor: 'Russia' }],
  ])('refuses a words block with %s', (_, labels) => {
    const block = JSON.stringify({ ...searchWords('ru'), labels });
    expect(() => readWords(block)).toThrow(/labels that are not a table/);
  });
});
