import { describe, expect, it } from 'vitest';
import {
  checkTranslations,
  englishOf,
  formatMissing,
  missingTranslations,
  translationProblems,
  translationRegistry,
} from './translations-checked.ts';

const name = (form: string, language: string) => ({ form, language });
const actors = [
  {
    id: 'kassym-jomart-tokayev',
    data: {
      name: 'Kassym-Jomart Tokayev',
      spellings: ['Tokayev'],
      names: [name('Қасым-Жомарт Тоқаев', 'kk'), name('Касым-Жомарт Токаев', 'ru')],
    },
  },
  { id: 'csto', data: { name: 'Collective Security Treaty Organization', spellings: ['CSTO'], names: [name('ОДКБ', 'ru')] } },
  { id: 'russia', data: { name: 'Russia', spellings: [], names: [name('Россия', 'ru')] } },
];
const places = [{ id: 'almaty', data: { name: 'Almaty', spellings: [], names: [name('Алматы', 'kk'), name('Алма-Ата', 'ru')] } }];
const registry = translationRegistry(actors, places);

const event = (ru: string | undefined, kk: string | undefined) => ({
  file: 'content/events/e.yaml',
  data: {
    title: 'Tokayev asks the CSTO for help',
    description: 'Tokayev asks the CSTO for help on 5 January 2022; 2,000 troops arrive.',
    translations: {
      ...(ru === undefined ? {} : { ru: { status: 'draft', description: ru } }),
      ...(kk === undefined ? {} : { kk: { status: 'draft', description: kk } }),
    },
  },
});

/** The problems of an event whose description is translated, as `field: found` lines. */
function found(ru: string | undefined, kk: string | undefined): string[] {
  return translationProblems('events', event(ru, kk), registry).map((p) => `${p.field}: ${p.found}`);
}

describe('translationProblems', () => {
  it("lets an actor's or place's own names into its own fields, and no other entity's", () => {
    const russia = (description: string) => ({
      id: 'russia',
      file: 'content/actors/russia.yaml',
      data: {
        name: 'Russia',
        description: 'The Russian Federation; named in passing.',
        translations: { ru: { status: 'draft', description } },
      },
    });
    expect(translationProblems('actors', russia('Россия; упоминается вскользь.'), registry)).toEqual([]);
    expect(translationProblems('actors', russia('Россия и ОДКБ; упоминается вскользь.'), registry).map((p) => p.found)).toEqual([
      '"ОДКБ" (actors/csto), which the English description does not name',
    ]);
    // Without the entry's id (another collection, or a caller that does not know it) its name is a name like any other.
    const { id: _, ...anonymous } = russia('Россия; упоминается вскользь.');
    expect(translationProblems('actors', anonymous, registry).map((p) => p.found)).toEqual([
      '"Россия" (actors/russia), which the English description does not name',
    ]);
  });
  it.each([
    ['a faithful Russian translation', 'Токаев просит ОДКБ о помощи 5 января 2022 года; прибывают 2 000 военных.', undefined, []],
    ['an inflected or English name form', 'Касым-Жомарта Токаева просят; CSTO, 5 января 2022, 2000 военных.', undefined, []],
    [
      'a number the English lacks',
      'Токаев просит ОДКБ о помощи 5 января 2022 года; прибывают 2 500 военных.',
      undefined,
      ['translations.ru.description: the number(s) "2 500", which the English description does not have'],
    ],
    [
      'a name the English lacks',
      'Токаев просит ОДКБ о помощи 5 января 2022 года в Алма-Ата; прибывают 2 000 военных.',
      undefined,
      ['translations.ru.description: "Алма-Ата" (places/almaty), which the English description does not name'],
    ],
    [
      'a Latin look-alike in a Russian word',
      'Тoкаев просит ОДКБ о помощи.',
      undefined,
      ['translations.ru.description: "Тoкаев", a Cyrillic word with the Latin letter(s) "o"'],
    ],
    ['a faithful Kazakh translation', undefined, 'Тоқаев 2022 жылғы 5 қаңтарда ОДКБ-дан көмек сұрайды; 2 000 әскер келеді.', []],
    [
      'a registered Kazakh name with Russian letters',
      undefined,
      'Токаев 2022 жылғы 5 қаңтарда көмек сұрайды.',
      ['translations.kk.description: "Токаев", the registered Kazakh "Тоқаев" (actors/kassym-jomart-tokayev) written with Russian letters'],
    ],
    [
      'a Kazakh field in Russian',
      undefined,
      'Президент просит о помощи 5 января 2022 года.',
      ['translations.kk.description: 6 Cyrillic words without any of the letters ә ғ қ ң ө ұ ү һ і, ' + 'which is probably Russian'],
    ],
    [
      'a Latin "i" for the Kazakh "і"',
      undefined,
      'Тоқаев көмек сұрайды, әскер келiп жатыр.',
      ['translations.kk.description: "келiп", a Cyrillic word with the Latin letter(s) "i"'],
    ],
  ])('%s', (_, ru, kk, expected) => {
    expect(found(ru, kk)).toEqual(expected);
  });

  it('says what was expected: the English numbers, the letters of Kazakh', () => {
    const [numbers] = translationProblems('events', event('Токаев: 2 500.', undefined), registry);
    expect(numbers?.expected).toBe(
      'only the numbers of the English description ("Tokayev asks the CSTO for help on 5 January 2022; 2,000 t...")' +
        ': a translation adds no fact',
    );
    const [letters] = translationProblems('events', event(undefined, 'Токаев'), registry);
    expect(letters?.expected).toBe('the Kazakh letters (ә ғ қ ң ө ұ ү һ і) of the registered Kazakh form');
  });

  it('quotes a long word at most 80 characters long, as every message quotes a text', () => {
    const [problem] = translationProblems('events', event(`Т${'оo'.repeat(200)}`, undefined), registry);
    expect(problem?.found).toMatch(/^"Т(оo)+о?\.\.\." \(401 characters\), a Cyrillic word with the Latin letter\(s\) "o"$/);
  });

  it('refuses a translation of a field the entry has no English for', () => {
    const data = { title: 'T', description: 'D.', translations: { ru: { status: 'draft', note: 'Примечание.' } } };
    expect(translationProblems('events', { file: 'f', data }, registry)).toEqual([
      {
        file: 'f',
        field: 'translations.ru.note',
        found: 'a translation of note, which the entry has no English for',
        expected: 'the English note first (the original every translation is checked against), or no translation',
      },
    ]);
  });

  it("checks a place's representative against the English under its coordinates", () => {
    const data = {
      description: 'A city.',
      coordinates: { representative: 'The centre of Almaty.' },
      translations: { ru: { status: 'draft', description: 'Город.', representative: 'Центр Алма-Ата, 1 точка.' } },
    };
    expect(englishOf('places', 'representative', data)).toBe('The centre of Almaty.');
    expect(translationProblems('places', { file: 'p', data }, registry).map((p) => p.found)).toEqual([
      'the number(s) "1", which the English representative does not have',
    ]);
  });

  it('leaves the names alone when the registry has clashing spellings (the registry checks report them)', () => {
    const clash = translationRegistry([...actors, { id: 'other', data: { name: 'Russia', spellings: [], names: [] } }], places);
    expect(clash.matcher).toBeUndefined();
    expect(translationProblems('events', event('Алма-Ата', undefined), clash)).toEqual([]);
  });
});

describe('missing translations', () => {
  it.each([
    ['no translations', undefined, ['ru:title', 'ru:description', 'kk:title', 'kk:description']],
    ['ru complete, kk without description', { ru: { title: 'Т', description: 'О.' }, kk: { title: 'Т' } }, ['kk:description']],
    ['both complete', { ru: { title: 'Т', description: 'О.' }, kk: { title: 'Т', description: 'С.' } }, []],
  ])('%s', (_, translations, expected) => {
    const data = { title: 'T', description: 'D.', ...(translations === undefined ? {} : { translations }) };
    expect(missingTranslations('events', { id: 'e', data }).map((m) => `${m.lang}:${m.field}`)).toEqual(expected);
  });

  it('lists them per language, then per entry', () => {
    const entries = {
      events: [{ id: 'a', file: 'a.yaml', data: { title: 'T', description: 'D.', note: 'N.', translations: { ru: { title: 'Т' } } } }],
      actors: [],
      places: [],
      outlets: [{ id: 'o', file: 'o.yaml', data: { description: 'An outlet.' } }],
    };
    expect(formatMissing(checkTranslations(entries).missing)).toEqual([
      'ru: 3 field(s) missing',
      '  events/a: description, note',
      '  outlets/o: description',
      'kk: 4 field(s) missing',
      '  events/a: title, description, note',
      '  outlets/o: description',
    ]);
  });
});
