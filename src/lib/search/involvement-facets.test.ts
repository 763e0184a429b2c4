import { describe, expect, it } from 'vitest';
import { speaker } from './words.ts';
import { searchWords } from './words-of.ts';

const en = speaker(searchWords('en'));
const ru = speaker(searchWords('ru'));
import { involvementOf } from '../involvement/involvement.ts';
import {
  actingValue,
  derivedNote,
  derivedText,
  involvementFacets,
  type NamedActor,
  readDerived,
  stateOfActing,
} from './involvement-facets.ts';

const acts = (state: string, from?: string, to?: string) => ({ state, relation: 'acts-for' as const, role: 'r', from, to });
const ACTORS: NamedActor[] = [
  { id: 'russia', data: { name: 'Russia', kind: 'state', affiliations: [] } },
  { id: 'kazakhstan', data: { name: 'Kazakhstan', kind: 'state', affiliations: [] } },
  { id: 'medvedev', data: { name: 'Dmitry Medvedev', kind: 'person', affiliations: [acts('russia', '2020-01-16')] } },
  { id: 'tokayev', data: { name: 'Kassym-Jomart Tokayev', kind: 'person', affiliations: [acts('kazakhstan')] } },
  { id: 'tass', data: { name: 'TASS', kind: 'outlet', affiliations: [{ state: 'russia', relation: 'serves' }] } },
  { id: 'csto', data: { name: 'CSTO', kind: 'international-organisation', affiliations: [] } },
];

describe('involvement facets', () => {
  it.each([
    [
      'a person acting for a state: derived, and "People acting for" it',
      { actors: ['medvedev'], when: { date: '2022-08' } },
      { kind: ['Person'], state: ['Russia'], acting: ['People acting for Russia'] },
      [{ state: 'Russia', via: ['Dmitry Medvedev'] }],
    ],
    [
      'a state tagged and derived: explicit, so not said to be derived',
      { actors: ['russia', 'medvedev'], when: { date: '2022-08' } },
      { kind: ['State', 'Person'], state: ['Russia'], acting: ['People acting for Russia'] },
      [],
    ],
    [
      'an affiliation that had not begun: nothing derived',
      { actors: ['medvedev'], when: { date: '2019' } },
      { kind: ['Person'], state: [], acting: [] },
      [],
    ],
    [
      'an outlet that serves a state involves none, nor does an organisation',
      { actors: ['tass', 'csto'], when: { date: '2022' } },
      { kind: ['Outlet', 'International organisation'], state: [], acting: [] },
      [],
    ],
    [
      'an overridden derivation involves nothing',
      { actors: ['tokayev'], when: { date: '2022-01-05' }, involvement: [{ state: 'kazakhstan', why: 'as CSTO chair' }] },
      { kind: ['Person'], state: [], acting: [] },
      [],
    ],
    [
      'two states, two people',
      { actors: ['tokayev', 'medvedev', 'kazakhstan'], when: { date: '2022-01' } },
      { kind: ['Person', 'State'], state: ['Kazakhstan', 'Russia'], acting: ['People acting for Kazakhstan', 'People acting for Russia'] },
      [{ state: 'Russia', via: ['Dmitry Medvedev'] }],
    ],
  ] as const)('%s', (_, entry, filters, derived) => {
    const data = involvementFacets(ACTORS, involvementOf(entry, new Map(ACTORS.map((a) => [a.id, a.data]))));
    expect(data.filters).toEqual(filters);
    expect(readDerived(data.meta.derived)).toEqual(derived);
  });

  it('names the acting facet by the kind in the plural', () => {
    expect(actingValue('think-tank', 'Russia')).toBe('Think tanks acting for Russia');
  });

  it.each([
    ['nothing', undefined, []],
    ['not JSON', '{', []],
    ['not a list', '{"a":1}', []],
    ['a list with a bad item', '[["Russia",["A"]],[1,2]]', [{ state: 'Russia', via: ['A'] }]],
  ])('reads %s in the derived field without failing', (_, text, expected) => {
    expect(readDerived(text)).toEqual(expected);
  });

  it('reads back what it writes, names with commas and quotes included', () => {
    const derived = [{ state: 'Côte d’Ivoire', via: ['A, "B"'] }];
    expect(readDerived(derivedText(derived))).toEqual(derived);
  });
});

describe('saying which results are there by a derived state', () => {
  const derived = [
    { state: 'Russia', via: ['Dmitry Medvedev', 'Sergei Shoigu'] },
    { state: 'Kazakhstan', via: ['Kassym-Jomart Tokayev'] },
  ];
  it.each([
    ['no state chosen', [], undefined],
    ['a state not derived here', ['Belarus'], undefined],
    ['one derived state', ['Kazakhstan'], 'Involves Kazakhstan by derivation, not by a tag: Kassym-Jomart Tokayev acts for Kazakhstan.'],
    [
      'two',
      ['Kazakhstan', 'Russia'],
      'Involves Russia and Kazakhstan by derivation, not by a tag: Dmitry Medvedev and Sergei Shoigu act for Russia; ' +
        'Kassym-Jomart Tokayev acts for Kazakhstan.',
    ],
  ])('%s', (_, chosen, note) => {
    expect(derivedNote(en, derived, new Set(chosen))).toBe(note);
  });

  it('says it in the page’s language, the verb agreeing with the actors', () => {
    expect(derivedNote(ru, derived, new Set(['Russia']))).toBe(
      'Связано с государством (Russia) через участников, а не по метке: ' +
        'Dmitry Medvedev и Sergei Shoigu действуют от имени государства Russia.',
    );
  });

  it.each([
    ['People acting for Russia', 'Russia'],
    ['Think tanks acting for United States', 'United States'],
    ['Russia', undefined],
  ])('reads the state of "%s"', (value, state) => {
    expect(stateOfActing(value)).toBe(state);
  });
});
